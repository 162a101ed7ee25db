/**
 * The fixed choices in the content's front-matter: each stored value with the words people see.
 * One map serves the zod schemas (src/content.config.ts), the pages and the browser editor, so this
 * module imports nothing from Astro (the editor runs in the browser).
 */

/** Where each page sits in the site menu. */
export const NAV_GROUPS = {
  learn: 'Learn about KAP',
  decide: 'Is it right for me?',
  practice: 'The practice',
} as const;

/** FAQ topics, in the order /faq shows them, with their headings. */
export const FAQ_TOPICS = {
  'about-kap': 'About KAP',
  'getting-started': 'Getting started',
  sessions: 'Sessions',
  safety: 'Safety and medicines',
  costs: 'Costs and insurance',
  privacy: 'Privacy',
} as const;

/** Condition names as a reader would say them, in the order the research library lists them. */
export const CONDITION_LABELS = {
  depression: 'Depression',
  'suicidal-thoughts': 'Suicidal thoughts',
  ptsd: 'PTSD (post-traumatic stress)',
  anxiety: 'Anxiety',
  ocd: 'OCD (obsessive-compulsive disorder)',
  'substance-use': 'Alcohol and drug use',
  'chronic-pain': 'Chronic pain',
} as const;

/** How the ketamine was given in a study, in plain words. */
export const ROUTE_LABELS = {
  IV: 'Drip into a vein (IV)',
  oral: 'Swallowed (oral)',
  sublingual: 'Dissolved in the mouth (sublingual)',
  intramuscular: 'Injection into a muscle',
  intranasal: 'Nasal spray',
  mixed: 'More than one way',
  'not applicable': 'Not applicable',
} as const;

/** Whether a study found a benefit. */
export const RESULT_LABELS = {
  benefit: 'Found a benefit',
  'no-benefit': 'Found no benefit',
  mixed: 'Mixed results',
} as const;

/** The stored values of a choice map, in its order (for `z.enum`). */
export function valuesOf<const Labels extends Record<string, string>>(labels: Labels) {
  return Object.keys(labels) as [keyof Labels & string, ...(keyof Labels & string)[]];
}

/** Who checked a clinical page: one of the reviewers named in content/settings.json, or nobody yet. */
export const REVIEWED_BY = {
  pending: 'Nobody yet (the page says a clinical review is pending)',
  clinical: 'The clinical reviewer named in the settings',
  medical: 'The medical reviewer named in the settings (for pages about the medicine)',
} as const;
