import type { Settings } from './settings-schema';
import { isPlaceholder } from './settings-schema';
import type { PageReview, Person } from './review';
import { doiUrl, namedAuthors, pubmedUrl } from './research';

/** Settings values that are still placeholders are left out of structured data. */
const real = (value: string) => (isPlaceholder(value) ? undefined : value);

/** schema.org MedicalBusiness for the practice, built from the owner settings. */
export function practiceJsonLd(settings: Settings, site: URL) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalBusiness',
    name: settings.practiceName,
    url: site.href,
    telephone: real(settings.phone),
    email: real(settings.email),
    address: real(settings.address),
    areaServed: settings.licences.map((l) => ({ '@type': 'State', name: l.state })),
    founder: {
      '@type': 'Person',
      name: settings.therapist.name,
      jobTitle: 'Psychotherapist',
      hasCredential: settings.licences
        .filter((l) => !isPlaceholder(l.type))
        .map((l) => ({
          '@type': 'EducationalOccupationalCredential',
          credentialCategory: 'license',
          name: l.type,
          identifier: real(l.number),
          recognizedBy: { '@type': 'State', name: l.state },
        })),
    },
  };
}

/** The fields of a research entry that a citation needs. */
export interface CitedStudy {
  id: string;
  data: { title: string; authors: string[]; journal: string; year: number; doi?: string; pmid?: string };
}

/** schema.org ScholarlyArticle for a study in the research library, identified by DOI and/or PMID. */
export function scholarlyArticleJsonLd(study: CitedStudy, site: URL) {
  const { title, authors, journal, year, doi, pmid } = study.data;
  const identifier = [
    doi && { '@type': 'PropertyValue', propertyID: 'DOI', value: doi },
    pmid && { '@type': 'PropertyValue', propertyID: 'PMID', value: pmid },
  ].filter(Boolean);
  return {
    '@type': 'ScholarlyArticle',
    headline: title,
    author: namedAuthors(authors).map((name) => ({ '@type': 'Person', name })),
    datePublished: String(year),
    isPartOf: { '@type': 'Periodical', name: journal },
    identifier,
    // The canonical home of the paper: its DOI, or its PubMed record when it has no DOI.
    sameAs: doi ? doiUrl(doi) : pubmedUrl(pmid!),
    url: new URL(`/research/${study.id}`, site).href,
  };
}

export interface MedicalPageInput {
  title: string;
  description: string;
  url: URL;
  review: PageReview;
  studies: CitedStudy[];
  site: URL;
}

const person = ({ name, credentials }: Person) => ({
  '@type': 'Person',
  name,
  honorificSuffix: isPlaceholder(credentials) ? undefined : credentials,
});

/**
 * schema.org MedicalWebPage for a clinical page. `lastReviewed` and `reviewedBy` appear only when a real
 * reviewer checked it: until then the page claims no review, and names its author instead.
 */
export function medicalWebPageJsonLd(page: MedicalPageInput) {
  const { review } = page;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: page.title,
    description: page.description,
    url: page.url.href,
    inLanguage: 'en-US',
    ...(review.status === 'reviewed'
      ? { lastReviewed: review.lastReviewed.toISOString().slice(0, 10), reviewedBy: person(review.reviewer) }
      : { author: person(review.author) }),
    medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    citation: page.studies.map((study) => scholarlyArticleJsonLd(study, page.site)),
  };
}
