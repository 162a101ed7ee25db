import type { ContactValues } from './schema';

/** Fields posted as several boxes with one name. */
const LISTS = ['messageOk', 'concerns', 'tried'] as const;
/** Single boxes: ticked means present. */
const BOXES = ['adult', 'consentNotEmergency', 'consentContact', 'consentPrivacy', 'consentEmail'] as const;
/** Everything else is one text value ('' when absent, as for an unanswered radio group). */
const TEXTS = [
  'name',
  'email',
  'phone',
  'contactMethod',
  'location',
  'currentCare',
  'redFlags',
  'medicines',
  'selfHarm',
  'message',
  'website',
  'submissionId',
] as const;

const text = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

/**
 * The values of a plain (no-JavaScript) form post, in the same shape the island sends as JSON, so one
 * schema validates both. Values are passed on as typed; the schema decides what is acceptable.
 */
export function valuesFromFormData(form: FormData): ContactValues {
  const values: Record<string, unknown> = {};
  for (const name of TEXTS) values[name] = text(form.get(name));
  for (const name of LISTS) values[name] = form.getAll(name).map(text);
  for (const name of BOXES) values[name] = form.has(name);
  return values as ContactValues;
}
