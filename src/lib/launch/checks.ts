import { isPlaceholder, parseSettings, PLACEHOLDER_PREFIX } from '../settings-schema.ts';
import { pageReview, type ReviewFrontMatter } from '../review.ts';

/**
 * The launch check: everything that stands between this site and going live, as data. Pure: the
 * caller reads the files (read-project.ts) and prints (report.ts), so tests run it on fixtures.
 */

/** What the owner must do, in the order the report lists it. */
export const GROUPS = {
  settings: 'Fill in your practice details',
  review: 'Have these clinical pages checked (pages about the medicine by the medical reviewer)',
  renew: 'Renew these reviews',
  hosting: 'Set these on your host (environment variables)',
} as const;
export type Group = keyof typeof GROUPS;

export interface Finding {
  group: Group;
  /** The file to change, relative to the project (or "environment" for hosting settings). */
  file: string;
  /** The field in that file, e.g. "licences[0].number", or the variable's name. */
  field: string;
  /** What to write or do, in plain words. */
  todo: string;
  /** True when an https build stops on it (unless ALLOW_PLACEHOLDERS=1). */
  blocksBuild: boolean;
}

export interface PageFile {
  /** e.g. "content/pages/safety.mdx" */
  file: string;
  frontMatter: Record<string, unknown>;
}

export interface LaunchInput {
  /** content/settings.json as parsed JSON (not yet validated). */
  settings: unknown;
  pages: PageFile[];
  /** Given: the hosting settings are checked too (SITE_URL, RESEND_API_KEY, CONTACT_TO, CONTACT_FROM). */
  env?: Record<string, string | undefined>;
  today: Date;
}

export const SETTINGS_FILE = 'content/settings.json';
/** A review due within this many days is reported. */
export const REVIEW_NOTICE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Every "PLACEHOLDER: …" string in a JSON value, with its path ("licences[0].number") and note. */
export function placeholders(value: unknown, path = ''): { field: string; note: string }[] {
  if (typeof value === 'string') {
    return isPlaceholder(value) ? [{ field: path, note: value.slice(PLACEHOLDER_PREFIX.length).trim() }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholders(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => placeholders(item, path ? `${path}.${key}` : key));
  }
  return [];
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Front-matter dates come as Date (Astro) or "YYYY-MM-DD" strings (YAML core schema). */
function asDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function reviewFindings(input: LaunchInput, settings: ReturnType<typeof parseSettings>): Finding[] {
  const findings: Finding[] = [];
  for (const { file, frontMatter } of input.pages) {
    if (frontMatter.clinical !== true) continue;
    const reviewedBy = frontMatter.reviewedBy;
    const page: ReviewFrontMatter = {
      reviewedBy: reviewedBy === 'clinical' || reviewedBy === 'medical' ? reviewedBy : 'pending',
      lastReviewed: asDate(frontMatter.lastReviewed),
      nextReview: asDate(frontMatter.nextReview),
    };
    const review = pageReview(page, settings);
    if (review.status === 'pending') {
      findings.push({
        group: 'review',
        file,
        field: 'reviewedBy',
        todo: `No real reviewer: ${review.reason}. After a review, set reviewedBy, lastReviewed and nextReview.`,
        blocksBuild: false,
      });
      continue;
    }
    const daysLeft = Math.floor((review.nextReview.getTime() - input.today.getTime()) / DAY_MS);
    if (daysLeft <= REVIEW_NOTICE_DAYS) {
      const when = daysLeft < 0 ? `was due on ${isoDay(review.nextReview)}` : `is due on ${isoDay(review.nextReview)}`;
      findings.push({
        group: 'renew',
        file,
        field: 'nextReview',
        todo: `The review ${when}. Ask ${review.reviewer.name} to check the page again, then update lastReviewed and nextReview.`,
        blocksBuild: false,
      });
    }
  }
  return findings;
}

function hostingFindings(env: Record<string, string | undefined>): Finding[] {
  const missing = (field: string, todo: string): Finding => ({
    group: 'hosting',
    file: 'environment',
    field,
    todo,
    blocksBuild: false,
  });
  const findings: Finding[] = [];
  if (!env.SITE_URL?.startsWith('https://')) {
    findings.push(
      missing('SITE_URL', "Set it to the site's public https:// address, e.g. https://your-practice.example."),
    );
  }
  if (!env.RESEND_API_KEY) {
    findings.push(
      missing(
        'RESEND_API_KEY',
        'Set your Resend API key; without it the form saves messages to the server disk instead of emailing you.',
      ),
    );
  }
  if (!env.CONTACT_TO) findings.push(missing('CONTACT_TO', 'Set the inbox that receives the form messages.'));
  if (!env.CONTACT_FROM)
    findings.push(missing('CONTACT_FROM', 'Set the sender address, on a domain you verified in Resend.'));
  return findings;
}

/** Everything left to do before going live; an empty list means ready. */
export function launchCheck(input: LaunchInput): Finding[] {
  // A settings file that does not validate stops here: the build would stop on it too, with the same message.
  const settings = parseSettings(input.settings);
  const findings: Finding[] = placeholders(input.settings).map(({ field, note }) => ({
    group: 'settings',
    file: SETTINGS_FILE,
    field,
    todo: `Replace the placeholder: ${note}.`,
    blocksBuild: true,
  }));
  const { url } = settings.booking;
  if (url && !isPlaceholder(url) && !url.startsWith('https://')) {
    findings.push({
      group: 'settings',
      file: SETTINGS_FILE,
      field: 'booking.url',
      todo: 'The booking link must start with https:// so the person’s details travel encrypted.',
      blocksBuild: true,
    });
  }
  findings.push(...reviewFindings(input, settings));
  if (input.env) findings.push(...hostingFindings(input.env));
  return findings;
}
