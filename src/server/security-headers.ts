/**
 * HTTP security headers sent with every response, whatever the host. The Content-Security-Policy
 * is not here: Astro computes it per page (hashed scripts and styles) from `security.csp`.
 */
export function securityHeaders(siteUrl: string): Record<string, string> {
  const headers: Record<string, string> = {
    // "same-origin" keeps page addresses (which can hint at a health condition) from other sites,
    // while same-origin form posts still carry a real Origin header for the origin check.
    'Referrer-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  if (siteUrl.startsWith('https://')) {
    headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  }
  return headers;
}
