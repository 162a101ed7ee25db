import { isPlaceholder } from './settings-schema.ts';

/**
 * Who checked a clinical page, resolved from its front matter and the reviewers in content/settings.json.
 * A page counts as reviewed only when it names a reviewer whose name and credentials are real (not empty,
 * not a placeholder) and a date: then, and only then, the page and its JSON-LD say it was reviewed.
 */
export interface Person {
  name: string;
  /** May still be a "PLACEHOLDER: …" for the author; never for a reviewer. */
  credentials: string;
}

export type ReviewerKey = 'clinical' | 'medical';

export interface ReviewSettings {
  therapist: { name: string; credentials: string };
  reviewers: Record<ReviewerKey, { name: string; credentials: string }>;
}

export interface ReviewFrontMatter {
  reviewedBy: 'pending' | ReviewerKey;
  lastReviewed?: Date;
  nextReview?: Date;
}

export type PageReview =
  | { status: 'reviewed'; reviewer: Person; lastReviewed: Date; nextReview: Date }
  /** `reason` says what is missing, in words for the owner (the launch check prints it). */
  | { status: 'pending'; author: Person; reason: string };

const filled = (value: string) => value.trim() !== '' && !isPlaceholder(value);

/** A reviewer the site may name: both a name and credentials are written. */
export function realReviewer(settings: ReviewSettings, key: ReviewerKey): Person | undefined {
  const { name, credentials } = settings.reviewers[key];
  return filled(name) && filled(credentials) ? { name, credentials } : undefined;
}

export function pageReview(page: ReviewFrontMatter, settings: ReviewSettings): PageReview {
  const author = { name: settings.therapist.name, credentials: settings.therapist.credentials };
  if (page.reviewedBy === 'pending') return { status: 'pending', author, reason: 'no reviewer has checked it yet' };
  const reviewer = realReviewer(settings, page.reviewedBy);
  if (!reviewer) {
    return {
      status: 'pending',
      author,
      reason: `it names the ${page.reviewedBy} reviewer, but content/settings.json has no real name and credentials for them`,
    };
  }
  // The content schema requires both dates once a reviewer is named.
  if (!page.lastReviewed || !page.nextReview) return { status: 'pending', author, reason: 'it has no review dates' };
  return { status: 'reviewed', reviewer, lastReviewed: page.lastReviewed, nextReview: page.nextReview };
}
