/**
 * The contact form's rules, shared by the island (through zodResolver) and the server (safeParse), so
 * the two can never disagree. Browser-safe: no Node imports. Messages follow the GOV.UK wording rules:
 * say what to do, plainly, with no "please", "sorry" or "invalid".
 */
import { z } from 'zod/mini';
import {
  CONCERNS,
  CONTACT_METHODS,
  CURRENT_CARE,
  LIMITS,
  LOCATIONS,
  MESSAGE_OK,
  TRIED,
  YES_NO,
  YES_NO_UNSURE,
  valuesOf,
  type Choice,
} from './fields';

// zod otherwise probes `new Function` to speed up parsing, which the site's CSP (no eval) reports.
// zod/mini, not classic zod: the same rules in about 17 KB less JavaScript for the island.
z.config({ jitless: true });

/**
 * What has no place in a one-line answer, because it could break or reorder lines in the email: control
 * characters (C0, DEL, C1), line and paragraph separators, and invisible format characters such as bidi
 * overrides. Zero-width joiner and non-joiner stay allowed: names in Persian, Hindi and other scripts need them.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|(?![\u200c\u200d])\p{Cf}/u;

/** At least seven digits, written with the usual separators. */
const PHONE = /^\+?[\d\s().-]*$/;
const countDigits = (v: string) => v.replace(/\D/g, '').length;

/** Typed text: trimmed, then checked. `empty` is the message when nothing was typed (omit if optional). */
const text = (max: number, tooLong: string, empty?: string) =>
  z
    .string({ error: empty ?? tooLong })
    .check(z.trim(), ...(empty ? [z.minLength(1, empty)] : []), z.maxLength(max, tooLong));

// A radio group's value is '' until one is chosen (react-hook-form reports null once a group with
// nothing chosen has been visited); required groups then refuse ''.
const optional = (list: readonly Choice[], message: string) =>
  z.pipe(
    z.nullable(z.enum(['', ...valuesOf(list)], { error: message })),
    z.transform((v: string | null): string => v ?? ''),
  );

const required = (list: readonly Choice[], message: string) =>
  optional(list, message).check(z.refine((v) => v !== '', message));

// Each box counts once, however often a client sends it.
const ticks = <V extends string>(list: readonly Choice<V>[], message: string) =>
  z.pipe(
    z.array(z.enum(valuesOf(list), { error: message }), { error: message }),
    z.transform((chosen: V[]) => [...new Set(chosen)]),
  );

// A box to tick: the form holds true or false; only true passes.
const consent = (message: string) => z.boolean({ error: message }).check(z.refine((v) => v, message));

const PHONE_FORMAT = 'Enter a phone number, like (555) 010-0100, or leave it empty';

export const contactSchema = z
  .object({
    /** What the person would like to be called; no legal name or date of birth. */
    name: text(LIMITS.name, `Name must be ${LIMITS.name} characters or less`, 'Enter your name').check(
      z.refine((v) => !NOT_ONE_LINE.test(v), 'Enter your name on one line, as plain text'),
    ),
    /** Becomes the reply-to address of the email to the practice. */
    email: text(
      LIMITS.email,
      `Email address must be ${LIMITS.email} characters or less`,
      'Enter your email address',
    ).check(z.regex(z.regexes.email, 'Enter an email address in the correct format, like name@example.com')),
    phone: text(LIMITS.phone, `Phone number must be ${LIMITS.phone} characters or less`).check(
      z.refine((v) => v === '' || (PHONE.test(v) && countDigits(v) >= 7), PHONE_FORMAT),
    ),
    contactMethod: required(CONTACT_METHODS, 'Select the best way to reach you'),
    messageOk: ticks(MESSAGE_OK, 'Select whether a voicemail or email is fine'),
    location: required(LOCATIONS, 'Select where the sessions would take place'),
    adult: consent('Confirm that you are 18 or older'),
    concerns: ticks(CONCERNS, 'Select what brings you here, or leave it empty'),
    tried: ticks(TRIED, 'Select what you have tried, or leave it empty'),
    currentCare: optional(CURRENT_CARE, 'Select whether you see a therapist now, or leave it empty'),
    redFlags: optional(YES_NO_UNSURE, 'Select yes, no or not sure for the conditions listed'),
    medicines: optional(YES_NO_UNSURE, 'Select yes, no or not sure for the medicines listed'),
    selfHarm: required(YES_NO, 'Select yes or no for thoughts of ending your life or harming yourself'),
    message: text(LIMITS.message, `Your message must be ${LIMITS.message.toLocaleString('en-US')} characters or less`),
    consentNotEmergency: consent('Confirm that you understand this form is not for emergencies'),
    consentContact: consent('Confirm that I may contact you in the way you chose'),
    consentPrivacy: consent('Confirm that you have read the privacy notice'),
    consentEmail: consent('Confirm that you understand email is not fully secure'),
    /** Honeypot: people never see it; the server treats a filled one as a bot. */
    website: z.optional(z.string()),
    /** Made once per form; the server sends one email per id however often it arrives. */
    submissionId: z.uuid({ error: 'The form is missing its reference: reload the page and send it again' }),
  })
  .check(
    z.refine((v) => v.contactMethod === 'email' || v.phone !== '', {
      path: ['phone'],
      error: 'Enter a phone number, or choose email as the best way to reach you',
      // Checked even when other answers have problems, so every message shows at once; not when the
      // whole input is the wrong shape (an issue without a field) or the two answers already failed.
      when: ({ issues }) =>
        issues.every((i) => i.path?.[0] !== undefined && i.path[0] !== 'phone' && i.path[0] !== 'contactMethod'),
    }),
  );

/** The form's values as typed (what the island holds and what the server re-renders). */
export type ContactValues = z.input<typeof contactSchema>;
/** A valid submission, trimmed. */
export type ContactSubmission = z.output<typeof contactSchema>;
export type ContactField = keyof ContactValues;
/** One message per field, the first problem found. */
export type FieldErrors = Partial<Record<ContactField, string>>;

/** The fields in the order the form shows them, which is the order of the error summary. */
export const FIELD_ORDER = Object.keys(contactSchema.shape) as ContactField[];

/** The first message for each field, keyed by field name. */
export function firstErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && field in contactSchema.shape) errors[field as ContactField] ??= issue.message;
  }
  return errors;
}

/** A blank form, carrying the id that makes its submission happen once. */
export function emptyValues(submissionId: string): ContactValues {
  return {
    name: '',
    email: '',
    phone: '',
    contactMethod: '',
    messageOk: [],
    location: '',
    adult: false,
    concerns: [],
    tried: [],
    currentCare: '',
    redFlags: '',
    medicines: '',
    selfHarm: '',
    message: '',
    consentNotEmergency: false,
    consentContact: false,
    consentPrivacy: false,
    consentEmail: false,
    website: '',
    submissionId,
  };
}
