import { describe, expect, test } from 'vitest';
import { contentFiles } from '../support/content-files';
import { markdownBlocks, readability, splitFrontMatter, syllablesIn } from '../support/readability';

/** Plain-language target: at or below US grade 8 (NIH's advice for patient material). */
const MAX_GRADE = 8;

interface Measured {
  path: string;
  what: string;
  blocks: string[];
}

const measured: Measured[] = [
  ...['pages', 'faq'].flatMap((folder) =>
    contentFiles(folder).map((f) => ({ path: f.path, what: 'text', blocks: markdownBlocks(splitFrontMatter(f.source).body) })),
  ),
  // A study's summary opens its page; its one-line finding is what the study cards and the research index show.
  ...contentFiles('research').flatMap((f) =>
    (['summary', 'finding'] as const).map((what) => ({
      path: f.path,
      what,
      blocks: [String(splitFrontMatter(f.source).data[what] ?? '')],
    })),
  ),
];

describe('the readability measure', () => {
  test('drops front-matter, link addresses and Markdown marks', () => {
    const { body } = splitFrontMatter('---\ntitle: "Long title words"\n---\n\n## Heading\n\nRead [the **safety** page](/safety).\n');
    expect(markdownBlocks(body)).toEqual(['Heading', 'Read the safety page.']);
  });

  test('reads an abbreviation letter by letter and a year by its digits', () => {
    expect(syllablesIn('PTSD')).toBe(4);
    expect(syllablesIn('2019')).toBe(4);
    expect(syllablesIn('ketamine')).toBe(3);
  });

  test('rates short plain sentences low and long technical ones high', () => {
    expect(readability(['I stay with you. You are never alone. We talk after.']).grade).toBeLessThan(3);
    const dense =
      'Pharmacodynamic interactions between ketamine and concomitant psychotropic medications, particularly benzodiazepines, ' +
      'substantially attenuate antidepressant efficacy in randomized controlled investigations.';
    expect(readability([dense]).grade).toBeGreaterThan(16);
  });
});

describe(`every page, answer, study summary and study finding reads at grade ${MAX_GRADE} or below`, () => {
  test('there is content to measure', () => {
    expect(measured.length).toBeGreaterThan(30);
  });

  test.each(measured.map((m) => [`${m.path} (${m.what})`, m] as const))('%s', (_, m) => {
    const { grade } = readability(m.blocks);
    expect(grade, `${m.path}: ${m.what} reads at grade ${grade}; aim for ${MAX_GRADE} or below (shorter sentences, plainer words)`).toBeLessThanOrEqual(MAX_GRADE);
  });
});
