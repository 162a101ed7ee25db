import type { CollectionEntry } from 'astro:content';
import { CONDITION_LABELS } from './content-choices';

export type Study = CollectionEntry<'research'>;
export type StudyData = Study['data'];
export type Condition = keyof typeof CONDITION_LABELS;
export { CONDITION_LABELS, RESULT_LABELS, ROUTE_LABELS } from './content-choices';

/**
 * Ends an author list in content/research when not every author is listed (we only publish names
 * we could check), so the citation still says "et al." even with three names or fewer.
 */
export const MORE_AUTHORS = 'et al.';

/** How many authors a citation names before "et al.", as in Vancouver style. */
const CITED_AUTHORS = 3;

/** The people who wrote the study, without the "et al." marker. */
export function namedAuthors(authors: readonly string[]): string[] {
  return authors.filter((a) => a !== MORE_AUTHORS);
}

/**
 * Authors as a citation shows them: the first three, then "et al." when there are more.
 * @param authors names as "Surname Initials"; may end with {@link MORE_AUTHORS}
 * @returns e.g. "Dore J, Turnipseed B, Dwyer S, et al."
 */
export function formatAuthors(authors: readonly string[]): string {
  const names = namedAuthors(authors);
  const truncated = names.length > CITED_AUTHORS || names.length < authors.length;
  const shown = names.slice(0, CITED_AUTHORS).join(', ');
  return truncated ? `${shown}, et al.` : shown;
}

/** A title ends with one full stop, whatever the source wrote. */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/**
 * The study as a one-line citation: authors. Title. Journal. Year.
 * @returns e.g. "Berman RM, Cappiello A, Anand A, et al. Antidepressant effects of ketamine in depressed
 *   patients. Biological Psychiatry. 2000."
 */
export function formatCitation(study: Pick<StudyData, 'authors' | 'title' | 'journal' | 'year'>): string {
  return [
    sentence(formatAuthors(study.authors)),
    sentence(study.title),
    sentence(study.journal),
    `${study.year}.`,
  ].join(' ');
}

export const doiUrl = (doi: string) => `https://doi.org/${doi}`;
export const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;

export interface ConditionGroup<T> {
  condition: Condition;
  label: string;
  studies: T[];
}

/**
 * Files studies under each condition they looked at (a study may sit in several groups).
 * Groups follow {@link CONDITION_LABELS} order and skip conditions with no study;
 * within a group the newest study comes first.
 */
export function groupByCondition<T extends { data: Pick<StudyData, 'conditions' | 'year' | 'title'> }>(
  studies: readonly T[],
): ConditionGroup<T>[] {
  const newestFirst = [...studies].sort(
    (a, b) => b.data.year - a.data.year || a.data.title.localeCompare(b.data.title),
  );
  return (Object.keys(CONDITION_LABELS) as Condition[])
    .map((condition) => ({
      condition,
      label: CONDITION_LABELS[condition],
      studies: newestFirst.filter((s) => s.data.conditions.includes(condition)),
    }))
    .filter((group) => group.studies.length > 0);
}
