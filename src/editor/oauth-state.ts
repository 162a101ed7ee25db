import { randomBytes } from 'node:crypto';

/**
 * Sign-in with GitHub, made safe against forged callbacks. Keystatic sends a `state` to GitHub only when the
 * sign-in started from a deep editor link, and its callback never checks it: anyone could send a person to
 * /api/keystatic/github/oauth/callback?code=<the attacker's code> and sign them in as someone else. Here every
 * sign-in gets a random state, remembered in a short-lived cookie (`ks-<state>`, the name Keystatic already
 * uses), and a callback without a known state or without a code is refused before Keystatic sees it.
 * Written against @keystatic/core 0.6.9 (pinned in package.json): its callback reads `ks-<state>` as the
 * editor page to return to and ignores values that are not editor paths, like ours.
 */
const STATE = /^[0-9a-f]{20,64}$/;
const COOKIE_MAX_AGE = 10 * 60;

const cookieName = (state: string) => `ks-${state}`;

/** A plain 400 for a callback that did not come from a sign-in started here; null when it may go on. */
export function refuseForgedCallback(url: URL, hasCookie: (name: string) => boolean): Response | null {
  const params = url.searchParams;
  const state = params.get('state') ?? '';
  if (!STATE.test(state) || !hasCookie(cookieName(state))) {
    return plain(400, 'This sign-in link is not valid or has expired. Open /keystatic and sign in again.');
  }
  if (!params.get('code') && !params.get('error')) {
    return plain(400, 'GitHub did not send a sign-in code. Open /keystatic and sign in again.');
  }
  return null;
}

/** Keystatic's redirect to GitHub, with a state (and its cookie) added when Keystatic left it out. */
export function withLoginState(response: Response, secure: boolean): Response {
  const location = response.headers.get('location');
  if (!location) return response;
  const target = new URL(location);
  if (target.searchParams.has('state')) return response;
  const state = randomBytes(16).toString('hex');
  target.searchParams.set('state', state);
  const headers = new Headers(response.headers);
  headers.set('location', target.toString());
  headers.append('set-cookie', serialize(cookieName(state), '1', COOKIE_MAX_AGE, secure));
  return new Response(null, { status: response.status, headers });
}

/** The state cookie is single-use: expired with the callback's answer. */
export function forgetState(response: Response, url: URL, secure: boolean): Response {
  const headers = new Headers(response.headers);
  headers.append('set-cookie', serialize(cookieName(url.searchParams.get('state') ?? ''), '', 0, secure));
  return new Response(response.body, { status: response.status, headers });
}

function serialize(name: string, value: string, maxAge: number, secure: boolean) {
  return `${name}=${value}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

export function plain(status: number, message: string) {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
