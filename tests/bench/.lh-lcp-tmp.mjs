import lighthouse from 'lighthouse';
import { openBrowser } from './lighthouse.mjs';
const chrome = await openBrowser();
try {
  for (const path of process.argv.slice(2)) {
    const { lhr } = await lighthouse(`http://127.0.0.1:4342${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], formFactor: 'mobile', screenEmulation: { mobile: true } });
    const el = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    const reqs = lhr.audits['network-requests'].details.items.map((r) => `${r.url.replace('http://127.0.0.1:4342','')} ${r.transferSize}`);
    console.log(path, 'perf', lhr.categories.performance.score, 'LCP', Math.round(lhr.audits['largest-contentful-paint'].numericValue), 'FCP', Math.round(lhr.audits['first-contentful-paint'].numericValue), 'TBT', Math.round(lhr.audits['total-blocking-time'].numericValue), 'el', el?.snippet?.slice(0, 100));
    console.log('  ', reqs.join('\n   '));
  }
} finally { await chrome.kill(); }
