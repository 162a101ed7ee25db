import type { Settings } from './settings-schema';
import { isPlaceholder } from './settings-schema';

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
