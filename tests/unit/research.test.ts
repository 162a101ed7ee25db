import { describe, expect, test } from 'vitest';
import {
  CONDITION_LABELS,
  MORE_AUTHORS,
  doiUrl,
  formatAuthors,
  formatCitation,
  groupByCondition,
  namedAuthors,
  pubmedUrl,
  type StudyData,
} from '../../src/lib/research';
import { scholarlyArticleJsonLd } from '../../src/lib/structured-data';

const SITE = new URL('https://kap.example');
const studyJsonLd = (data: StudyData) => scholarlyArticleJsonLd({ id: 'a-trial', data }, SITE);

/** A complete study record; each test overrides only what it is about. */
function study(overrides: Partial<StudyData> = {}): StudyData {
  return {
    title: 'A trial of something',
    authors: ['Lee A', 'Kim B'],
    journal: 'Journal of Tests',
    year: 2020,
    doi: '10.1234/abc.5',
    pmid: '12345678',
    design: 'Randomized controlled trial',
    participants: 40,
    route: 'IV',
    conditions: ['depression'],
    result: 'benefit',
    finding: 'Something happened to some people.',
    limitations: 'It was small.',
    summary: 'A short plain summary.',
    ...overrides,
  };
}

/** The shape groupByCondition needs: an id and the collection data. */
const entry = (id: string, data: Partial<StudyData>) => ({ id, data: study(data) });

describe('formatAuthors', () => {
  test('lists up to three authors in full', () => {
    expect(formatAuthors(['Lee A', 'Kim B', 'Roe C'])).toBe('Lee A, Kim B, Roe C');
  });

  test('names the first three and adds "et al." when there are more', () => {
    expect(formatAuthors(['Lee A', 'Kim B', 'Roe C', 'Doe D'])).toBe('Lee A, Kim B, Roe C, et al.');
  });

  test('adds "et al." when the list says not every author is named', () => {
    expect(formatAuthors(['Lee A', MORE_AUTHORS])).toBe('Lee A, et al.');
  });

  test('never shows the marker as a name', () => {
    expect(namedAuthors(['Lee A', 'Kim B', MORE_AUTHORS])).toEqual(['Lee A', 'Kim B']);
  });
});

describe('formatCitation', () => {
  test('reads authors. title. journal. year.', () => {
    const s = study({ authors: ['Lee A', 'Kim B', 'Roe C', 'Doe D'] });
    expect(formatCitation(s)).toBe('Lee A, Kim B, Roe C, et al. A trial of something. Journal of Tests. 2020.');
  });

  test('does not double the full stop after a title that already ends a sentence', () => {
    expect(formatCitation(study({ title: 'Does it work?' }))).toBe(
      'Lee A, Kim B. Does it work? Journal of Tests. 2020.',
    );
  });
});

describe('identifier links', () => {
  test('a DOI links to doi.org', () => {
    expect(doiUrl('10.1176/appi.ajp.2020.20050596')).toBe('https://doi.org/10.1176/appi.ajp.2020.20050596');
  });

  test('a PMID links to its PubMed record', () => {
    expect(pubmedUrl('30246667')).toBe('https://pubmed.ncbi.nlm.nih.gov/30246667/');
  });
});

describe('groupByCondition', () => {
  const studies = [
    entry('old-ptsd', { year: 2014, conditions: ['ptsd'] }),
    entry('new-both', { year: 2022, conditions: ['depression', 'anxiety'] }),
    entry('mid-dep', { year: 2019, conditions: ['depression'] }),
  ];

  test('lists a study under each of its conditions', () => {
    const ids = Object.fromEntries(groupByCondition(studies).map((g) => [g.condition, g.studies.map((s) => s.id)]));
    expect(ids.depression).toContain('new-both');
    expect(ids.anxiety).toEqual(['new-both']);
  });

  test('leaves out conditions that no study covers', () => {
    const conditions = groupByCondition(studies).map((g) => g.condition);
    expect(conditions).not.toContain('ocd');
  });

  test('orders groups by the label order and studies newest first', () => {
    const groups = groupByCondition(studies);
    expect(groups.map((g) => g.condition)).toEqual(['depression', 'ptsd', 'anxiety']);
    expect(groups[0].studies.map((s) => s.id)).toEqual(['new-both', 'mid-dep']);
  });

  test('gives each group its label', () => {
    expect(groupByCondition(studies)[1].label).toBe(CONDITION_LABELS.ptsd);
  });
});

describe('scholarlyArticleJsonLd', () => {
  test('describes the study as a ScholarlyArticle in its journal', () => {
    const ld = studyJsonLd(study());
    expect(ld).toMatchObject({
      '@type': 'ScholarlyArticle',
      url: 'https://kap.example/research/a-trial',
      headline: 'A trial of something',
      datePublished: '2020',
      isPartOf: { '@type': 'Periodical', name: 'Journal of Tests' },
    });
  });

  test('lists the named authors as people, without the "et al." marker', () => {
    const ld = studyJsonLd(study({ authors: ['Lee A', MORE_AUTHORS] }));
    expect(ld.author).toEqual([{ '@type': 'Person', name: 'Lee A' }]);
  });

  test('carries both identifiers and points sameAs at the DOI', () => {
    const ld = studyJsonLd(study());
    expect(ld.identifier).toEqual([
      { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1234/abc.5' },
      { '@type': 'PropertyValue', propertyID: 'PMID', value: '12345678' },
    ]);
    expect(ld.sameAs).toBe('https://doi.org/10.1234/abc.5');
  });

  test('falls back to the PubMed record when a study has no DOI', () => {
    const ld = studyJsonLd(study({ doi: undefined }));
    expect(ld.identifier).toHaveLength(1);
    expect(ld.sameAs).toBe('https://pubmed.ncbi.nlm.nih.gov/12345678/');
  });
});
