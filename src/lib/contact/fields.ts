import settingsFile from '../../../content/settings.json' with { type: 'json' };
import { stateValue, statesServed } from '../states';

/**
 * The answer choices of the contact form, with the words shown for each. The form, the schema and the
 * email to the practice all read them from here, so a choice is worded once.
 */

export interface Choice<V extends string = string> {
  value: V;
  label: string;
}

const choices = <const V extends string>(list: readonly Choice<V>[]) => list;

/** Limits on typed answers; a message is short on purpose (no detailed history by email). */
export const LIMITS = { name: 100, email: 254, phone: 30, message: 1000 } as const;

export const CONTACT_METHODS = choices([
  { value: 'email', label: 'Email' },
  { value: 'phone', label: 'Phone call' },
  { value: 'text', label: 'Text message' },
]);

export const MESSAGE_OK = choices([
  { value: 'voicemail', label: 'You may leave a voicemail that says who is calling' },
  { value: 'email', label: 'You may email me about appointments and next steps' },
]);

/**
 * The states the practice serves: the states of the licences in the settings (validated by the build,
 * src/lib/settings.ts).
 */
export const STATES_SERVED = statesServed(settingsFile.licences);

/** Each state served, then "Somewhere else". */
export const LOCATIONS = choices([
  ...STATES_SERVED.map((state) => ({ value: stateValue(state), label: state })),
  { value: 'elsewhere', label: 'Somewhere else' },
]);

export const CONCERNS = choices([
  { value: 'depression', label: 'Depression' },
  { value: 'anxiety', label: 'Anxiety' },
  { value: 'trauma', label: 'Trauma or PTSD' },
  { value: 'ocd', label: 'OCD' },
  { value: 'other', label: 'Something else' },
  { value: 'discuss', label: 'I would rather talk about it' },
]);

export const TRIED = choices([
  { value: 'therapy', label: 'Talk therapy' },
  { value: 'antidepressants', label: 'Antidepressant medicines' },
  { value: 'tms-ect', label: 'TMS or ECT' },
  { value: 'spravato', label: 'Spravato (esketamine nasal spray)' },
  { value: 'ketamine', label: 'Ketamine before' },
]);

export const CURRENT_CARE = choices([
  { value: 'other-therapist', label: 'Yes, I see another therapist' },
  { value: 'existing-client', label: 'Yes, I am already a client of this practice' },
  { value: 'none', label: 'No' },
]);

export const YES_NO_UNSURE = choices([
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not-sure', label: 'Not sure' },
]);

export const YES_NO = choices([
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
]);

/** The conditions asked about in one combined question (kap-research.md §2.2). */
export const RED_FLAGS = [
  'schizophrenia, psychosis, or seeing or hearing things others do not, now or in the past, or a parent, brother or sister with psychosis',
  'bipolar disorder, or a time of mania',
  'high blood pressure that is not under control, heart disease, a stroke, an aneurysm or a bleed in the brain',
  'being pregnant, breastfeeding or planning a pregnancy',
  'a problem with alcohol or drugs, including any misuse of ketamine',
] as const;

/** The medicines that change how ketamine works or how safe it is (kap-research.md §2.3). */
export const MEDICINES =
  'benzodiazepines (such as Xanax, Ativan or Klonopin), lamotrigine (Lamictal), an MAOI, stimulants (such as Adderall) or opioid medicines';

/** The four consents, each its own unticked box. */
export const CONSENTS = {
  consentNotEmergency: 'I understand this form is not for emergencies and is not read around the clock',
  consentContact: 'You may contact me in the way I chose above',
  consentPrivacy: 'I have read the privacy notice',
  consentEmail: 'I understand that email is not fully secure',
} as const;

/** The word shown for a stored choice value, e.g. in the email to the practice. */
export function labelOf(list: readonly Choice[], value: string): string {
  return list.find((c) => c.value === value)?.label ?? value;
}

/** Tuple of a choice list's values, as zod's enum wants it. */
export function valuesOf<V extends string>(list: readonly Choice<V>[]): [V, ...V[]] {
  return list.map((c) => c.value) as [V, ...V[]];
}
