import type { Page } from '@playwright/test';

/**
 * The kinds of request a page's own markup causes. Anything else is the browser's own (Playwright reports
 * it as "other"): Debian's Chromium fetched an icon given by address while the page loaded, and the npm one
 * did not. The icon is now written into the page, so a content page should cause no request of another kind.
 */
export const PAGE_RESOURCE_TYPES = ['document', 'stylesheet', 'script', 'font', 'image', 'fetch', 'xhr'] as const;

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
