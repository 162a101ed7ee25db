import type { APIRoute } from 'astro';
import { makeHandler } from '@keystatic/astro/api';
import config from '../keystatic.config';
import { forgetState, plain, refuseForgedCallback, withLoginState } from '../oauth-state';

// The editor's API (/api/keystatic/...): Keystatic's own handler, with sign-in hardened (src/editor/oauth-state.ts).
// In GitHub mode it only signs people in; saves go from the browser to GitHub with the person's own token, so
// only GitHub users with write access to the repository can save, and nothing is written to this server's disk.
export const prerender = false;

const keystatic = makeHandler({ config });
const github = config.storage.kind === 'github';

export const ALL: APIRoute = async (context) => {
  const { url, cookies } = context;
  const route = url.pathname.replace(/^\/api\/keystatic\/?/, '').replace(/\/$/, '');
  // Like Keystatic's own cookies: Secure in any build (behind a proxy the server may itself see plain http).
  const secure = url.protocol === 'https:' || import.meta.env.PROD;
  if (github && route === 'github/oauth/callback') {
    const refused = refuseForgedCallback(url, (name) => cookies.has(name));
    if (refused) return refused;
  }
  let response: Response;
  try {
    response = await keystatic(context);
  } catch (error) {
    // Keystatic throws when a secret is missing on this server, or when GitHub cannot be reached. Neither is the
    // visitor's fault; say which without echoing anything secret (names only, never values).
    const message = error instanceof Error ? error.message : String(error);
    console.error(`editor API ${route}: ${message.split('\n')[0]}`);
    return /Missing required config/.test(message)
      ? plain(503, 'The editor is not set up on this server yet (see "Editing the live site" in the README).')
      : plain(502, 'GitHub could not be reached. Please try again in a minute.');
  }
  if (github && route === 'github/login') return withLoginState(response, secure);
  if (github && route === 'github/oauth/callback') return forgetState(response, url, secure);
  return response;
};
