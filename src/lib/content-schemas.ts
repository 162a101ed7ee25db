import { z } from 'zod';
import {
  CONDITION_LABELS,
  FAQ_TOPICS,
  NAV_GROUPS,
  RESULT_LABELS,
  REVIEWED_BY,
  ROUTE_LABELS,
  valuesOf,
} from './content-choices';

/**
 * The front-matter rules of each content folder, in one place: the site's content collections
 * (src/content.config.ts) and the owner's `npm run check:content` (src/lib/content-check.ts) both use
 * them. The browser editor's fields (src/editor/fields/) mirror them; tests/unit/editor-schema.test.ts
 * fails when the two disagree. Every choice that states a fact has no default: the owner must pick it.
 */

/** A calendar date written YYYY-MM-DD; anything else fails with a message saying so. */
const isoDate = z.coerce.date({ error: 'Write the date as YYYY-MM-DD, for example 2026-11-23' });

/**
 * Explainer pages: content/pages/<slug>.mdx is served at /<slug>.
 * @param study how a study file name is checked: Astro's `reference('research')` in the build, a plain
 *   string where the check looks the file up itself
 */
export function pageSchema<Study extends z.ZodType>(study: Study) {
  return z
    .strictObject({
      /** The page's heading and browser-tab title. */
      title: z.string().min(3),
      /** One or two sentences for search results and link previews (max 160 characters). */
      description: z.string().min(20).max(160),
      /** The menu entry. */
      nav: z.strictObject({
        label: z.string().min(2).max(40),
        group: z.enum(valuesOf(NAV_GROUPS)),
        order: z.number().int(),
      }),
      /** Clinical pages say who checked them and when, or that a clinical review is pending. */
      clinical: z.boolean().default(false),
      /** Which reviewer in content/settings.json checked the page, or "pending" until one has. */
      reviewedBy: z.enum(valuesOf(REVIEWED_BY)).default('pending'),
      /** The date that reviewer last checked every fact on the page (YYYY-MM-DD). */
      lastReviewed: isoDate.optional(),
      /** When the page is due to be checked again (YYYY-MM-DD). */
      nextReview: isoDate.optional(),
      /** Studies this page relies on (file names in content/research, without .mdx). */
      studies: z.array(study).default([]),
    })
    .superRefine((page, ctx) => {
      if (!page.clinical || page.reviewedBy === 'pending') return;
      for (const key of ['lastReviewed', 'nextReview'] as const) {
        if (page[key] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `A page reviewed by the ${page.reviewedBy} reviewer needs ${key}`,
          });
        }
      }
      if (page.lastReviewed && page.nextReview && page.nextReview <= page.lastReviewed) {
        ctx.addIssue({ code: 'custom', path: ['nextReview'], message: 'nextReview must come after lastReviewed' });
      }
    });
}

/** One study per file: content/research/<slug>.mdx is served at /research/<slug>. */
export const researchSchema = z
  .strictObject({
    title: z.string().min(5),
    /** "Surname Initials" in paper order; end with "et al." when not every author is listed. */
    authors: z.array(z.string().min(2)).min(1),
    journal: z.string().min(2),
    year: z.number().int().min(1950).max(2100),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'A DOI looks like 10.1234/abcd')
      .optional(),
    pmid: z
      .string()
      .regex(/^\d{5,9}$/, 'A PMID is 5 to 9 digits')
      .optional(),
    /** Study design in plain words, e.g. "Randomised controlled trial". */
    design: z.string().min(3),
    participants: z.number().int().positive(),
    route: z.enum(valuesOf(ROUTE_LABELS)),
    conditions: z.array(z.enum(valuesOf(CONDITION_LABELS))).min(1, 'Choose at least one condition'),
    /** Did the study find a benefit? Used to group and to show trials that found none. */
    result: z.enum(valuesOf(RESULT_LABELS)),
    /** The finding in plain words, one or two sentences. */
    finding: z.string().min(20),
    limitations: z.string().min(10),
    /** Plain-language summary shown first on the study page. */
    summary: z.string().min(20),
  })
  .refine((s) => s.doi || s.pmid, { message: 'Give a doi or a pmid (or both)', path: ['doi'] });

/** One question per file, grouped by topic on /faq. */
export const faqSchema = z.strictObject({
  /** The question as a reader would ask it; shown as the clickable line. */
  question: z.string().min(5).endsWith('?', 'A question ends with "?"'),
  /** The group it is listed under on /faq. */
  topic: z.enum(valuesOf(FAQ_TOPICS)),
  /** Its place within the group: lower numbers come first. */
  order: z.number().int(),
  /** Show the site's one list of crisis lines under the answer (the same list as the footer). */
  crisisLines: z.boolean().default(false),
});

/**
 * What the text below the front-matter is, per folder. The site shows every one of them, so none may be
 * empty (the schemas above see only the front-matter; the loader and the content check test the text).
 */
export const BODY_NAMES = { pages: 'page text', research: 'text about the study', faq: 'answer' } as const;

export type ContentFolder = keyof typeof BODY_NAMES;

/** Why a file's text is refused, or undefined when it has some. */
export function emptyBodyProblem(folder: ContentFolder, body: string | undefined): string | undefined {
  return body?.trim()
    ? undefined
    : `There is no ${BODY_NAMES[folder]}: write it below the front-matter (in the editor: the large text box)`;
}
