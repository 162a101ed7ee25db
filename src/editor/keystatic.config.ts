import { collection, config, singleton } from '@keystatic/core';
import { faqFields } from './fields/faq';
import { pageFields } from './fields/pages';
import { researchFields } from './fields/research';
import { settingsFields } from './fields/settings';
import { editorStorage } from './storage';

/**
 * The browser editor (`npm run edit`, then /keystatic). It reads and writes the same files the site
 * builds from; tests/unit/editor-schema.test.ts fails if its fields and the site's schemas disagree.
 * `previewUrl` opens the page on the local dev server.
 */
export default config({
  storage: editorStorage(import.meta.env),
  ui: { brand: { name: 'Practice website' } },
  collections: {
    pages: collection({
      label: 'Pages',
      path: 'content/pages/*',
      slugField: 'title',
      format: { contentField: 'body' },
      entryLayout: 'content',
      previewUrl: '/{slug}',
      columns: ['title'],
      schema: pageFields,
    }),
    research: collection({
      label: 'Research studies',
      path: 'content/research/*',
      slugField: 'title',
      format: { contentField: 'body' },
      entryLayout: 'content',
      previewUrl: '/research/{slug}',
      columns: ['title', 'year', 'result'],
      schema: researchFields,
    }),
    faq: collection({
      label: 'Questions (FAQ)',
      path: 'content/faq/*',
      slugField: 'question',
      format: { contentField: 'body' },
      entryLayout: 'content',
      previewUrl: '/faq#{slug}',
      columns: ['question', 'topic', 'order'],
      schema: faqFields,
    }),
  },
  singletons: {
    settings: singleton({
      label: 'Practice settings',
      path: 'content/settings',
      format: { data: 'json' },
      // The contact page shows the phone, email, address and hours; the footer on it shows the rest.
      previewUrl: '/contact',
      schema: settingsFields,
    }),
  },
});
