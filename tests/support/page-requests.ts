import type { Page } from '@playwright/test';

/**
 * The kinds of request a page's own markup causes. A browser's own requests are left out: Debian's
 * Chromium fetches /favicon.svg while a page loads and the npm one does not, and Playwright reports that
 * request as "other", so counting these kinds gives the same budget on both.
 */
export const PAGE_RESOURCE_TYPES = ['document', 'stylesheet', 'script', 'font', 'image', 'fetch', 'xhr'] as const;

/** The favicon is the only request of another kind a page may cause. */
export const BROWSER_OWN_PATHS = ['/favicon.svg'];

export interface RecordedRequest {
  type: string;
  path: string;
}

/** Records a page's requests: `counted` holds the page's own, `other` the rest (the browser's own). */
export function recordRequestsByType(page: Page) {
  const counted: RecordedRequest[] = [];
  const other: RecordedRequest[] = [];
  const kinds: readonly string[] = PAGE_RESOURCE_TYPES;
  page.on('request', (r) => {
    const request = { type: r.resourceType(), path: new URL(r.url()).pathname };
    (kinds.includes(request.type) ? counted : other).push(request);
  });
  return { counted, other };
}

export const describeRequests = (requests: RecordedRequest[]) => requests.map((r) => `${r.type} ${r.path}`).join('\n');
