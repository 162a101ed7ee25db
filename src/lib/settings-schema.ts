import { z } from 'zod';
import { isPlaceholder } from './placeholder.ts';

/**
 * Owner settings: the one file the practice owner edits for practice details (content/settings.json).
 * A value the owner has not given yet starts with "PLACEHOLDER:"; the site shows it marked as such.
 */
export { isPlaceholder, PLACEHOLDER_PREFIX } from './placeholder.ts';

const text = z.string().trim().min(1, 'This setting is empty: write a value or a "PLACEHOLDER: …" note');

/** A real value that must match `real`, or a marked placeholder. */
const orPlaceholder = (real: z.ZodType<string>, hint: string) =>
  z.string().refine((v) => isPlaceholder(v) || real.safeParse(v).success, { message: hint });

// ── Going live (issue 12): optional settings ──
/** Text the owner may leave empty ("none"), or mark as a placeholder. */
const optionalText = z.string().trim().default('');
/** An optional value that, when written, must match `real` (or be a placeholder). */
const optional = (real: z.ZodType<string>, hint: string) =>
  z
    .string()
    .trim()
    .default('')
    .refine((v) => v === '' || isPlaceholder(v) || real.safeParse(v).success, { message: hint });
/** A reviewer's name and credentials; a name with no credentials is not a reviewer the site can name. */
const reviewer = z
  .strictObject({ name: optionalText, credentials: optionalText })
  .refine((r) => !r.name || r.credentials, {
    message: 'Write the reviewer\'s credentials, e.g. "MD"',
    path: ['credentials'],
  });
export const MAX_OFFICE_PHOTOS = 4;
/** Where photo files live, relative to the project. */
export const PHOTOS_FOLDER = 'content/photos';
const PHOTO_FILE = /^[\w.-]+\.(jpe?g|png|webp|avif)$/i;
/** A photo file in content/photos/ and its alt text (required: the build stops naming the file without it). */
const photo = z.strictObject({ file: optionalText, alt: optionalText }).superRefine((p, ctx) => {
  if (!p.file) return;
  if (!PHOTO_FILE.test(p.file)) {
    ctx.addIssue({
      code: 'custom',
      path: ['file'],
      message: `Write only the file name in ${PHOTOS_FOLDER}/, ending .jpg, .png, .webp or .avif`,
    });
  } else if (!p.alt) {
    ctx.addIssue({
      code: 'custom',
      path: ['alt'],
      message: `${PHOTOS_FOLDER}/${p.file} needs alt text: a short description for people who cannot see it`,
    });
  }
});

const US_PHONE = /^\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}$/;

export const settingsSchema = z.strictObject({
  /** The name shown in the header, page titles and the practice's search listing. */
  practiceName: text,
  therapist: z.strictObject({
    /** The therapist's name as clients know it. */
    name: text,
    /** Licence type and letters after the name, e.g. "LMFT". */
    credentials: text,
    /** The KAP training or certification the therapist completed. */
    kapTraining: text,
  }),
  /**
   * One entry per state the therapist is licensed in. These states are the states the practice serves:
   * the home page title and the contact form's "where would the sessions take place?" list them.
   */
  licences: z
    .array(
      z.strictObject({
        state: text.refine(
          (v) => !isPlaceholder(v),
          'Write the name of the state, e.g. California: the site lists the states you serve',
        ),
        type: text,
        number: text,
      }),
    )
    .min(1, 'List at least one licence'),
  /** The practice phone, shown on the contact page and in the email-failure message. */
  phone: orPlaceholder(z.string().regex(US_PHONE), 'Write a US phone number such as (555) 010-0100'),
  /** The practice email address shown to clients. */
  email: orPlaceholder(z.email(), 'Write an email address such as hello@example.com'),
  /** Office address, one line. */
  address: text,
  /** When messages are read, in plain words. */
  hours: text,
  /** How soon the therapist replies, written to follow "I reply …", e.g. "within two business days". */
  responseTime: text,
  prescriber: z.strictObject({
    name: text,
    url: z.url({ protocol: /^https$/, message: 'Write the full https:// address' }),
    /** One phrase describing the prescriber, following "<name> is …". */
    description: text,
  }),
  fees: z.strictObject({
    consultation: text,
    preparation: text,
    dosingSession: text,
    /** Whether you give superbills (receipts a client can send to an insurer for out-of-network refunds). */
    superbills: text,
  }),
  /** How long enquiries from people who do not become clients are kept. */
  recordsRetention: text,
  privacy: z.strictObject({
    /** The date the privacy notice takes effect (California's CalOPPA asks for one). */
    effectiveDate: text,
    /**
     * Whether the practice is a HIPAA covered entity: it is if you, or a biller, send insurance claims
     * electronically.
     */
    hipaaStatus: text,
  }),

  // ---- The dosing day, the medicine, and what the site's services keep (content, second edition) ----
  /** How a dosing day runs in this practice; shown on /dosing-session and /for-your-doctor. */
  dosingDay: z.strictObject({
    /**
     * The form of ketamine the prescriber sends for this practice's clients, e.g. "a lozenge that dissolves
     * in the mouth".
     */
    medicineForm: text,
    /** Whether a nasal spray is ever part of care here, and which (Spravato or a compounded spray). */
    nasalSpray: text,
    /** A whole dosing visit, arrival to leaving, e.g. "about 2 to 3 hours". */
    visitLength: text,
    /** Who checks blood pressure (and other signs), and when. */
    bloodPressure: text,
    /** What happens if someone feels unwell during a session: the practice's emergency plan. */
    emergencyPlan: text,
    /** How to reach the prescriber with a medical question after hours. */
    afterHours: text,
  }),
  /** What the site's hosting and email services keep, for the privacy notice. */
  servicesKeep: z.strictObject({
    /** What the web host's server logs record about each visit, and for how long. */
    hostLogs: text,
    /** How long the email service keeps a copy of each message it delivers. */
    emailCopies: text,
  }),
  // ---- end of the second-edition block ----

  // ── Going live (issue 12): booking link, clinical reviewers, photos ──────────────────────────────
  /** A link to the practice's own scheduling page. Empty: no booking link anywhere on the site. */
  booking: z
    .strictObject({
      /** The full https:// address of the scheduling page (SimplePractice, Jane, Calendly…). */
      url: optional(
        z.url({ protocol: /^https?$/, message: 'Write the full https:// address of your scheduling page' }),
        'Write the full https:// address of your scheduling page',
      ),
      /** The link's words, e.g. "Book a free 15-minute call". */
      label: optionalText,
    })
    .refine((b) => !b.url || b.label, { message: 'Write the words of the booking link', path: ['label'] })
    .default({ url: '', label: '' }),
  /** Who checks the clinical pages. A page names one of these (its `reviewedBy`) with the date they checked it. */
  reviewers: z
    .strictObject({
      /** A clinician who checks the pages about therapy. */
      clinical: reviewer,
      /** A physician (or similar prescriber) who checks the pages about the medicine. */
      medical: reviewer,
    })
    .default({ clinical: { name: '', credentials: '' }, medical: { name: '', credentials: '' } }),
  /** Photos stored in content/photos/, shown on the home and about pages. None set: none shown. */
  photos: z
    .strictObject({
      portrait: photo.default({ file: '', alt: '' }),
      office: z.array(photo).max(MAX_OFFICE_PHOTOS, `Choose at most ${MAX_OFFICE_PHOTOS} office photos`).default([]),
    })
    .default({ portrait: { file: '', alt: '' }, office: [] }),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Validates raw settings; the error names the file and every field that is wrong. */
export function parseSettings(raw: unknown, file = 'content/settings.json'): Settings {
  const result = settingsSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(top level)'}: ${i.message}`);
  throw new Error(`Settings file ${file} has ${lines.length === 1 ? 'a problem' : 'problems'}:\n${lines.join('\n')}`);
}
