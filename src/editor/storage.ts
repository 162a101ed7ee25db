import type { Config } from '@keystatic/core';

/**
 * Where the editor saves. Locally (the default) it writes the files in content/ and committing is up to
 * you. With PUBLIC_KEYSTATIC_STORAGE=github and PUBLIC_KEYSTATIC_GITHUB_REPO=owner/name (in .env) it
 * commits each save to that GitHub repository instead, and the host rebuilds the live site from it.
 * PUBLIC_ variables because the same config runs in the browser, where only those exist.
 */
export function editorStorage(env: Record<string, string | undefined>): Config['storage'] {
  if (env.PUBLIC_KEYSTATIC_STORAGE !== 'github') return { kind: 'local' };
  const repo = env.PUBLIC_KEYSTATIC_GITHUB_REPO ?? '';
  const [owner, name] = repo.split('/');
  if (!owner || !name) {
    throw new Error(`PUBLIC_KEYSTATIC_GITHUB_REPO must be "owner/name" for GitHub mode; got "${repo}"`);
  }
  return { kind: 'github', repo: { owner, name } };
}
