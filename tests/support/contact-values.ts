import { emptyValues, type ContactValues } from '../../src/lib/contact/schema';
import { LOCATIONS } from '../../src/lib/contact/fields';

/** A complete, valid submission; tests change one thing at a time. */
export function validValues(overrides: Partial<ContactValues> = {}): ContactValues {
  return {
    ...emptyValues(crypto.randomUUID()),
    name: 'Sam Rivera',
    email: 'sam@example.com',
    contactMethod: 'email',
    messageOk: ['email'],
    location: LOCATIONS[0].value, // the first state served (from the settings)
    adult: true,
    concerns: ['depression'],
    selfHarm: 'no',
    message: 'I would like to know whether KAP could fit me.',
    consentNotEmergency: true,
    consentContact: true,
    consentPrivacy: true,
    consentEmail: true,
    ...overrides,
  };
}
