import type { Settings } from './settings-schema';
import { isPlaceholder } from './settings-schema';
import { doiUrl, namedAuthors, pubmedUrl, type StudyData } from './research';

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

/** schema.org ScholarlyArticle for one study in the research library. */
export function studyJsonLd(study: StudyData) {
  const identifier = [
    study.doi && { '@type': 'PropertyValue', propertyID: 'DOI', value: study.doi },
    study.pmid && { '@type': 'PropertyValue', propertyID: 'PMID', value: study.pmid },
  ].filter(Boolean);
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: study.title,
    author: namedAuthors(study.authors).map((name) => ({ '@type': 'Person', name })),
    datePublished: String(study.year),
    isPartOf: { '@type': 'Periodical', name: study.journal },
    identifier,
    // The canonical home of the paper: its DOI, or its PubMed record when it has no DOI.
    sameAs: study.doi ? doiUrl(study.doi) : pubmedUrl(study.pmid!),
  };
}
