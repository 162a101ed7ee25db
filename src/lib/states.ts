import { isPlaceholder } from './placeholder';

/**
 * The states the practice serves are the states of the therapist's licences (content/settings.json,
 * "licences"): one list, so the home page title, the form's "where would the sessions take place?"
 * choices and the licence lines cannot disagree. Browser-safe: the form imports it.
 */

/** Each licence's state once, in the order listed; a state still written as a placeholder is left out. */
export function statesServed(licences: readonly { state: string }[]): string[] {
  return [...new Set(licences.map((l) => l.state.trim()).filter((s) => s && !isPlaceholder(s)))];
}

/** The form's stored value for a state, e.g. "New Mexico" → "new-mexico". */
export function stateValue(state: string): string {
  return state
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "California", "California and Nevada", "California, Nevada and Oregon". */
export function inWords(states: readonly string[]): string {
  if (states.length <= 1) return states.join('');
  return `${states.slice(0, -1).join(', ')} and ${states.at(-1)}`;
}
