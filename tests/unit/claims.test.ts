import { describe, expect, test } from 'vitest';
import { callsKetamineApproved, findOverclaims } from '../support/claims';
import { contentFiles } from '../support/content-files';

// Everything that is published, or read by the site, from content/. The owner's guide (README.md)
// is left out: it names the banned words in order to explain the rule.
const files = ['pages', 'faq', 'research'].flatMap((folder) => contentFiles(folder)).concat(contentFiles('', ['.json']));

/**
 * A study's published title is quoted, not claimed (one of them calls at-home ketamine "safe and effective"),
 * so the `title:` line of a research file is blanked; the line numbers of the rest stay the same.
 */
function claimedText(path: string, source: string): string {
  if (!path.startsWith('content/research/')) return source;
  return source.replace(/^title:.*$/m, '');
}

describe('the overclaim rule', () => {
  test.each([
    'Ketamine is FDA-approved for depression.',
    'In 2019 ketamine was approved for treatment-resistant depression.',
    'The FDA approved ketamine for PTSD.',
  ])('flags ketamine called approved: %s', (sentence) => {
    expect(callsKetamineApproved(sentence)).toBe(true);
  });

  test.each([
    'Esketamine (Spravato) is FDA-approved for depression.',
    'The FDA has not approved ketamine for depression.',
    'The FDA has approved ketamine to put people under for surgery.',
    'Is ketamine approved by the FDA for depression?',
    'What the FDA approved for depression is esketamine, a nasal spray.',
  ])('allows an accurate sentence: %s', (sentence) => {
    expect(callsKetamineApproved(sentence)).toBe(false);
  });

  test('finds banned words with their line numbers', () => {
    const found = findOverclaims('Calm text.\nKAP can cure depression.\nResults guaranteed. A miracle, safe and effective.');
    expect(found.map((f) => f.line)).toEqual([2, 3, 3, 3]);
  });

  test.each([
    ['After three weeks, 6 of 22 people were free of depression.', 'remission'],
    ['No one else learns that you visited.', 'server logs'],
    ['Who reads my answers? Only me.', 'copies'],
    ['Your answers come in one email, and only I read them.', 'copies'],
  ])('flags an overstatement: %s', (sentence, reason) => {
    const [found] = findOverclaims(sentence);
    expect(found?.reason).toContain(reason);
  });

  test.each([
    'Six of 22 people were in remission.',
    'Only mention it if you want to.',
    'The company that hosts the site keeps server logs.',
    'I am the one who reads your message.',
  ])('allows an accurate sentence about remission or privacy: %s', (sentence) => {
    expect(findOverclaims(sentence)).toEqual([]);
  });

  test('does not mistake longer words for banned ones', () => {
    expect(findOverclaims('Your data is kept secure, and I procure nothing.')).toEqual([]);
  });
});

describe('content makes no overstated claims', () => {
  test('there is content to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  test('a study title may quote a claim, but the rest of a study file may not', () => {
    const study = '---\ntitle: "At-home ketamine is a safe and effective treatment"\nsummary: "A cure."\n---\n';
    expect(findOverclaims(claimedText('content/research/x.mdx', study)).map((o) => o.line)).toEqual([3]);
    expect(findOverclaims(claimedText('content/pages/x.mdx', study)).map((o) => o.line)).toEqual([2, 3]);
  });

  test.each(files.map((f) => [f.path, f.source]))('%s', (path, source) => {
    const report = findOverclaims(claimedText(path, source)).map((o) => `${path}:${o.line}: ${o.reason}\n    ${o.text}`);
    expect(report, report.join('\n')).toEqual([]);
  });
});
