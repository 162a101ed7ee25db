import { fields } from '@keystatic/core';
import { choices } from './choices';
import { NAV_GROUPS, REVIEWED_BY } from '../../lib/content-choices';
import { bodyField } from './body';

/** The editor's form for content/pages/*.mdx; mirrors the `pages` schema in src/content.config.ts. */
export const pageFields = {
  title: fields.slug({
    name: { label: 'Title', description: "The page's heading and browser-tab title.", validation: { length: { min: 3 } } },
    slug: { label: 'Address', description: 'The page is served at /address. Changing it breaks links to the page.' },
  }),
  description: fields.text({
    label: 'Description',
    description: 'One or two sentences for search results and link previews (20 to 160 characters).',
    multiline: true,
    validation: { length: { min: 20, max: 160 } },
  }),
  nav: fields.object(
    {
      label: fields.text({ label: 'Menu label', validation: { length: { min: 2, max: 40 } } }),
      group: fields.select({
        label: 'Menu group',
        options: choices(NAV_GROUPS),
        defaultValue: 'learn',
      }),
      order: fields.integer({
        label: 'Order in the group',
        description: 'Lower numbers come first.',
        validation: { isRequired: true },
      }),
    },
    { label: 'Menu entry' },
  ),
  clinical: fields.checkbox({
    label: 'Clinical page',
    description: 'Clinical pages say who checked them and when, or that a clinical review is pending.',
  }),
  reviewedBy: fields.select({
    label: 'Reviewed by',
    description: 'Choose a reviewer only once they have checked the page; then set the two dates below.',
    options: choices(REVIEWED_BY),
    defaultValue: 'pending',
  }),
  lastReviewed: fields.date({ label: 'Last reviewed', description: 'The date the reviewer checked the page.' }),
  nextReview: fields.date({ label: 'Next review due' }),
  studies: fields.array(fields.relationship({ label: 'Study', collection: 'research' }), {
    label: 'Studies this page relies on',
    itemLabel: (props) => props.value ?? 'Choose a study',
  }),
  body: bodyField('Page text'),
};
