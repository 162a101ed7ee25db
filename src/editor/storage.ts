import type { Config } from '@keystatic/core';
import { githubRepo } from './github-settings';

/**
 * Where the editor saves. Locally (the default, `npm run edit`) it writes the files in content/ and committing
 * is up to you. With PUBLIC_KEYSTATIC_GITHUB_REPO=owner/name it commits each save to that GitHub repository
 * instead, and the host rebuilds the live site from it. A build only includes the editor when that variable is
 * set (src/integrations/editor-routes.ts), so a built site never saves to its own disk.
 * PUBLIC_ because the same config runs in the browser, where only those variables exist.
 */
export function editorStorage(env: Record<string, string | undefined>): Config['storage'] {
  if (!env.PUBLIC_KEYSTATIC_GITHUB_REPO?.trim()) return { kind: 'local' };
  return { kind: 'github', repo: githubRepo(env.PUBLIC_KEYSTATIC_GITHUB_REPO) };
}
