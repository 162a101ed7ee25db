import { describe, expect, test } from 'vitest';
import { medicalWebPageJsonLd, type CitedStudy } from '../../src/lib/structured-data';
import type { PageReview } from '../../src/lib/review';

const site = new URL('https://example.com');
const study: CitedStudy = {
  id: 'feder-2021',
  data: {
    title: 'A trial',
    authors: ['Feder A', 'Costi S'],
    journal: 'Am J Psychiatry',
    year: 2021,
    doi: '10.1176/x',
    pmid: '33397139',
  },
};
const page = {
  title: 'Safety',
  description: 'Side effects and risks.',
  url: new URL('/safety', site),
  review: {
    status: 'reviewed',
    reviewer: { name: 'Dr Jane Roe', credentials: 'MD' },
    lastReviewed: new Date('2026-11-23'),
    nextReview: new Date('2027-11-23'),
  } as PageReview,
  studies: [study],
  site,
};

describe('MedicalWebPage JSON-LD', () => {
  test('describes the page for patients with its review date', () => {
    const ld = medicalWebPageJsonLd(page);
    expect(ld).toMatchObject({
      '@type': 'MedicalWebPage',
      name: 'Safety',
      url: 'https://example.com/safety',
      lastReviewed: '2026-11-23',
      medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    });
  });

  test('names a real reviewer as a Person with credentials', () => {
    expect(JSON.parse(JSON.stringify(medicalWebPageJsonLd(page))).reviewedBy).toEqual({
      '@type': 'Person',
      name: 'Dr Jane Roe',
      honorificSuffix: 'MD',
    });
  });

  test('claims no review while it is pending, and names the author instead', () => {
    const pending: PageReview = {
      status: 'pending',
      author: { name: 'Ann Author', credentials: 'PLACEHOLDER: letters' },
      reason: 'x',
    };
    const ld = JSON.parse(JSON.stringify(medicalWebPageJsonLd({ ...page, review: pending })));
    expect(ld).not.toHaveProperty('reviewedBy');
    expect(ld).not.toHaveProperty('lastReviewed');
    // A credential that is still a placeholder is left out, not published.
    expect(ld.author).toEqual({ '@type': 'Person', name: 'Ann Author' });
  });

  test('cites each study as a ScholarlyArticle with its DOI and PMID', () => {
    const [article] = medicalWebPageJsonLd(page).citation;
    expect(article).toMatchObject({
      '@type': 'ScholarlyArticle',
      headline: 'A trial',
      datePublished: '2021',
      sameAs: 'https://doi.org/10.1176/x',
      url: 'https://example.com/research/feder-2021',
    });
    expect(article.identifier).toEqual([
      { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1176/x' },
      { '@type': 'PropertyValue', propertyID: 'PMID', value: '33397139' },
    ]);
  });

  test('links a study with only a PMID to PubMed', () => {
    const pmidOnly = { ...study, data: { ...study.data, doi: undefined } };
    const [article] = medicalWebPageJsonLd({ ...page, studies: [pmidOnly] }).citation;
    expect(article.sameAs).toBe('https://pubmed.ncbi.nlm.nih.gov/33397139/');
  });
});
