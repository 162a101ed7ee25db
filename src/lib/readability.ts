// Flesch-Kincaid grade of the text a reader actually sees in a content file.
//
// Library choice: wooorm's `flesch-kincaid` (the 1975 formula, nothing else) and `syllable` (an English
// syllable counter with an exceptions list), both small, typed, ESM and kept by the unified collective.
// `text-readability` (a port of Python's textstat) bundles a dozen formulas and its own tokeniser whose
// sentence rules we cannot see or adjust; here the counting rules are ours, in a few lines, and tested.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';
import YAML from 'yaml';

/**
 * Plain-language target for pages, answers and study summaries: at or below US grade 8 (NIH's advice for
 * patient material).
 */
export const MAX_GRADE = 8;

/** The YAML front-matter (as data) and the Markdown body of an MDX file. */
export function splitFrontMatter(source: string): { data: Record<string, unknown>; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: {}, body: source, bodyLine: 1 };
  return {
    data: YAML.parse(match[1]) ?? {},
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/** Blocks a reader takes in one at a time; each ends a sentence even without a full stop (a heading, a list item). */
const BLOCKS = new Set(['heading', 'paragraph', 'tableCell']);

/** The visible text of a Markdown body, one string per block, with links reduced to their words. */
export function markdownBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  const visit = (node: Nodes) => {
    if (BLOCKS.has(node.type)) {
      const text = toString(node).trim();
      if (text) blocks.push(text);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(fromMarkdown(markdown));
  return blocks;
}

export function sentencesOf(blocks: string[]): string[] {
  return blocks.flatMap((block) =>
    block
      .split(/(?<=[.!?:;])\s+(?=["“(]?[A-Z0-9])/)
      .map((s) => s.trim())
      .filter((s) => /[A-Za-z0-9]/.test(s)),
  );
}

/** Words as a reader says them: "PTSD" is four syllables (one per letter), "2019" roughly one per digit. */
export function syllablesIn(word: string): number {
  if (/^\d[\d,.]*$/.test(word)) return Math.max(1, word.replace(/\D/g, '').length);
  if (/^[A-Z]{2,}s?$/.test(word)) return word.replace(/s$/, '').length;
  return Math.max(1, syllable(word));
}

export function wordsOf(sentence: string): string[] {
  return sentence.match(/[A-Za-z0-9][A-Za-z0-9'’.,-]*[A-Za-z0-9]|[A-Za-z0-9]/g) ?? [];
}

export interface Readability {
  grade: number;
  sentences: number;
  words: number;
  syllables: number;
}

/** Flesch-Kincaid grade level of blocks of plain text. */
export function readability(blocks: string[]): Readability {
  const sentences = sentencesOf(blocks);
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((sum, w) => sum + syllablesIn(w), 0);
  if (words.length === 0) return { grade: 0, sentences: 0, words: 0, syllables: 0 };
  const grade = fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, sentences: sentences.length, words: words.length, syllables };
}
