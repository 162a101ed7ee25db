import { fields } from '@keystatic/core';
import { choices } from './choices';
import { FAQ_TOPICS } from '../../lib/content-choices';
import { bodyField } from './body';

/** The editor's form for content/faq/*.mdx; mirrors the `faq` schema in src/content.config.ts. */
export const faqFields = {
  question: fields.slug({
    name: {
      label: 'Question',
      description: 'As a reader would ask it, ending with "?". It is the clickable line on the questions page.',
      validation: { length: { min: 5 }, pattern: { regex: /\?$/, message: 'A question ends with "?"' } },
    },
    slug: { label: 'File name', description: 'Also the link to the answer: /faq#file-name' },
  }),
  topic: fields.select({
    label: 'Topic',
    description: 'The group it is listed under on the questions page.',
    options: choices(FAQ_TOPICS),
    defaultValue: 'about-kap',
  }),
  order: fields.integer({
    label: 'Order',
    description: 'Its place within the topic: lower numbers come first.',
    validation: { isRequired: true },
  }),
  crisisLines: fields.checkbox({
    label: 'Show the crisis lines',
    description: "Shows the site's list of crisis phone and text lines under the answer, the same list as the footer. Do not type the numbers in the answer.",
  }),
  body: bodyField('Answer'),
};
