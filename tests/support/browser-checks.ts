import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 level AA, and the levels under it. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's WCAG 2.2 AA violations on the page as it is now, one line each: rule and elements ([] when clean).
 * @param only CSS selectors to check instead of the whole page
 */
export async function axeViolations(page: Page, only: string[] = []): Promise<string[]> {
  const builder = only.reduce((axe, selector) => axe.include(selector), new AxeBuilder({ page }));
  const results = await builder.withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

/** Starts recording what the browser refuses under the Content Security Policy; read the array after loading. */
export function recordCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && violations.push(m.text()));
  return violations;
}
