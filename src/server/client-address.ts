import ipaddr from 'ipaddr.js';

/**
 * Whom the rate limit counts a submission against.
 *
 * With `trustedHops` 0 (no proxy in front) the connection's address counts and `X-Forwarded-For` is ignored:
 * anyone can write it. Behind N proxies that each append the address they received from, the Nth value from
 * the right is the one the outermost trusted proxy saw; everything to its left was written by the client.
 *
 * @param connectionAddress the address the request arrived from (Astro's `clientAddress`)
 * @param forwardedFor the `X-Forwarded-For` header, every copy joined with commas
 * @param trustedHops how many proxies stand in front of the server (`TRUST_PROXY_HOPS`)
 */
export function clientAddress(connectionAddress: string, forwardedFor: string | null, trustedHops: number): string {
  const appended = (forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .reverse();
  const chain = [connectionAddress, ...appended];
  return chain[Math.min(trustedHops, chain.length - 1)];
}

/**
 * One key per client: an IPv4 address as it is, and an IPv6 address by its /64 network, since one household
 * or phone is given a whole /64 and can pick any address in it.
 */
export function rateLimitKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const ip = ipaddr.process(address); // IPv4-mapped IPv6 (::ffff:1.2.3.4) becomes plain IPv4
  if (ip.kind() === 'ipv4') return ip.toString();
  const parts = (ip as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(':')}::/64`;
}
