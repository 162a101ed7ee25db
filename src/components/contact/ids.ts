import {
  CONTACT_METHODS,
  CURRENT_CARE,
  LOCATIONS,
  MESSAGE_OK,
  CONCERNS,
  TRIED,
  YES_NO,
  YES_NO_UNSURE,
  type Choice,
} from '../../lib/contact/fields';
import type { ContactField } from '../../lib/contact/schema';

/** The choices of each question answered with radios or boxes. */
export const GROUPS: Partial<Record<ContactField, readonly Choice[]>> = {
  contactMethod: CONTACT_METHODS,
  messageOk: MESSAGE_OK,
  location: LOCATIONS,
  concerns: CONCERNS,
  tried: TRIED,
  currentCare: CURRENT_CARE,
  redFlags: YES_NO_UNSURE,
  medicines: YES_NO_UNSURE,
  selfHarm: YES_NO,
};

export const inputId = (field: ContactField, value?: string) =>
  value ? `contact-${field}-${value}` : `contact-${field}`;
export const hintId = (field: ContactField) => `contact-${field}-hint`;
export const errorId = (field: ContactField) => `contact-${field}-error`;

/** Where an error summary link goes: the field, or the first choice of a question (GOV.UK). */
export function anchorOf(field: ContactField): string | undefined {
  if (field === 'submissionId' || field === 'website') return undefined;
  const choices = GROUPS[field];
  return inputId(field, choices?.[0].value);
}

/** The ids an input's aria-describedby lists: its hint and its error, when present. */
export function describedBy(field: ContactField, hasHint: boolean, error?: string): string | undefined {
  const ids = [hasHint && hintId(field), error && errorId(field)].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
