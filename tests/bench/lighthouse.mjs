// Lighthouse on the local Chromium: scores and the metrics the targets are stated in.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, resolveChromium } from '../support/chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Opens one Chromium for a whole run; Lighthouse drives it over its debugging port. */
export async function openBrowser() {
  return chromeLauncher.launch({
    chromePath: await resolveChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
}

/** One Lighthouse run of one URL; formFactor is "mobile" (throttled, Moto G class) or "desktop". */
export async function audit(chrome, url, formFactor) {
  const config =
    formFactor === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
  const { lhr } = await lighthouse(
    url,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      formFactor,
      screenEmulation: formFactor === 'desktop' ? undefined : { mobile: true },
    },
    config,
  );
  const audits = lhr.audits;
  const resources = audits['resource-summary']?.details?.items ?? [];
  const total = resources.find((r) => r.resourceType === 'total') ?? {};
  const scripts = resources.find((r) => r.resourceType === 'script') ?? {};
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
    seo: Math.round(lhr.categories.seo.score * 100),
    lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(audits['total-blocking-time'].numericValue),
    cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    bytes: total.transferSize ?? 0,
    requests: total.requestCount ?? 0,
    scriptBytes: scripts.transferSize ?? 0,
  };
}

/** The median of each numeric field over several runs. */
export function median(runs) {
  const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, mid(runs.map((r) => r[k]))]));
}
