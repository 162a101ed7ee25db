/**
 * The settings that turn on the editor for the live site (Keystatic's GitHub mode). A build with all of them
 * serves /keystatic and /api/keystatic; a build with none has no editor at all; a build with only some stops,
 * naming the missing ones, so a typo in the host's dashboard cannot silently ship a site without its editor.
 * The first three are secrets, read on the server only; the two PUBLIC_ ones also reach the browser.
 */
export const GITHUB_SETTINGS = [
  'KEYSTATIC_GITHUB_CLIENT_ID',
  'KEYSTATIC_GITHUB_CLIENT_SECRET',
  'KEYSTATIC_SECRET',
  'PUBLIC_KEYSTATIC_GITHUB_REPO',
  'PUBLIC_KEYSTATIC_GITHUB_APP_SLUG',
] as const;

type Env = Record<string, string | undefined>;

/** True when every GitHub-mode setting is present and valid, false when none is; throws otherwise. */
export function githubModeConfigured(env: Env): boolean {
  const present = GITHUB_SETTINGS.filter((name) => env[name]?.trim());
  if (present.length === 0) return false;
  const missing = GITHUB_SETTINGS.filter((name) => !present.includes(name));
  if (missing.length > 0) {
    throw new Error(
      `The live-site editor needs all of ${GITHUB_SETTINGS.join(', ')}. Missing: ${missing.join(', ')}. ` +
        'Set them in the host (or .env), or remove them all to build without the editor.',
    );
  }
  githubRepo(env.PUBLIC_KEYSTATIC_GITHUB_REPO);
  // Keystatic derives its cookie key from it and refuses shorter ones at the first sign-in, not at build time.
  if (env.KEYSTATIC_SECRET!.trim().length < 32) {
    throw new Error('KEYSTATIC_SECRET must be at least 32 characters long (for example `openssl rand -hex 32`).');
  }
  return true;
}

/** "owner/name" split, or an error naming the variable. */
export function githubRepo(repo = '') {
  const [owner, name, ...rest] = repo.trim().split('/');
  if (!owner || !name || rest.length > 0) {
    throw new Error(`PUBLIC_KEYSTATIC_GITHUB_REPO must be "owner/name" (the GitHub repository); got "${repo}"`);
  }
  return { owner, name };
}
