import { describe, expect, test } from 'vitest';
import type { ZodType } from 'zod';
import { createReader } from '@keystatic/core/reader';
import { collections } from '../../src/content.config';
import { settingsSchema } from '../../src/lib/settings-schema';
import editorConfig from '../../src/editor/keystatic.config';
import { keystaticShape, zodShape } from '../support/schema-shape';
import { projectRoot } from '../support/project-copy.mjs';
import { contentFiles } from '../support/content-files';

// The editor's fields are written by hand (its form needs labels and help text the schemas do not carry),
// so these tests are what keeps them and the site's schemas in step: add a field to one, and a test
// here fails naming the key until the other has it too.

const editorCollections = editorConfig.collections!;
const editorSettings = editorConfig.singletons!.settings;
/** A collection's zod schema (Astro types it loosely, as a schema or a function returning one). */
const siteSchema = (name: keyof typeof collections) => collections[name].schema as unknown as ZodType;

describe('the editor and the site agree on the fields of', () => {
  test.each(['pages', 'research', 'faq'] as const)('the %s collection', (name) => {
    expect(keystaticShape(editorCollections[name].schema as never)).toEqual(zodShape(siteSchema(name) as never));
  });

  test('the settings', () => {
    expect(keystaticShape(editorSettings.schema as never)).toEqual(zodShape(settingsSchema as never));
  });

  test('the editor writes every collection where the site reads it', () => {
    for (const name of ['pages', 'research', 'faq'] as const) {
      expect(editorCollections[name].path).toBe(`content/${name}/*`);
    }
    expect(editorSettings.path).toBe('content/settings');
    expect(editorSettings.format).toEqual({ data: 'json' });
  });
});

/** Front matter as the editor would write it back: it leaves out empty text and unset dates or numbers. */
function asWritten(entry: Record<string, unknown>): Record<string, unknown> {
  const kept = Object.entries(entry).filter(([, value]) => value !== '' && value !== null);
  const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  return Object.fromEntries(
    kept.map(([key, value]) => [key, isObject(value) ? asWritten(value as Record<string, unknown>) : value]),
  );
}

describe('the editor opens the current content', () => {
  const reader = createReader(projectRoot, editorConfig);

  test('the settings read by the editor are exactly the settings file, and pass the site schema', async () => {
    const { readFile } = await import('node:fs/promises');
    const onDisk = JSON.parse(await readFile(`${projectRoot}/content/settings.json`, 'utf8'));
    const inEditor = await reader.singletons.settings.readOrThrow();
    expect(inEditor).toEqual(onDisk);
    expect(settingsSchema.safeParse(inEditor).success).toBe(true);
  });

  test.each(['pages', 'research', 'faq'] as const)(
    'every %s entry, as the editor reads it, passes the site schema',
    async (name) => {
      for (const { slug, entry } of await reader.collections[name].all()) {
        const { body: _body, ...frontMatter } = entry as Record<string, unknown>;
        const result = siteSchema(name).safeParse(asWritten(frontMatter));
        expect(result.error?.issues, `content/${name}/${slug}.mdx`).toBeUndefined();
      }
    },
  );
});

// The editor's MDX field opens plain Markdown only (src/editor/fields/body.ts declares no components).
// A file that breaks these rules still builds, so only this test notices that the owner cannot open it.
describe('every MDX body is plain Markdown the editor can open', () => {
  const bodies = ['pages', 'research', 'faq'].flatMap((folder) =>
    contentFiles(folder).map((file) => ({ ...file, body: file.source.replace(/^---\n[\s\S]*?\n---\n/, '') })),
  );

  test.each([
    ['no import or export lines', /^(import|export)\s/m],
    ['no {expressions} or {/* comments */}', /[{}]/],
    ['no component or HTML tags', /<\/?[A-Za-z][A-Za-z0-9]*[\s/>]/],
  ])('%s', (_rule, pattern) => {
    expect(bodies.filter((b) => pattern.test(b.body)).map((b) => b.path)).toEqual([]);
  });
});

// A new entry must not claim a fact by default: a study saved without a result was saved as "Found a benefit".
describe('a choice that states a fact starts empty and must be made', () => {
  type FormField = { defaultValue(): unknown; validate(value: unknown): unknown; parse(value: unknown): unknown };
  const field = (collection: 'research' | 'faq', key: string) =>
    (editorCollections[collection].schema as unknown as Record<string, FormField>)[key];

  test.each([
    ['research', 'result', 'no-benefit'],
    ['research', 'route', 'oral'],
    ['research', 'conditions', ['ptsd']],
    ['research', 'design', 'Randomised controlled trial'],
    ['faq', 'topic', 'safety'],
  ] as const)('%s: %s', (collection, key, chosen) => {
    const f = field(collection, key);
    const empty = f.defaultValue();
    expect([null, '', '[]']).toContain(Array.isArray(empty) ? JSON.stringify(empty) : empty);
    expect(() => f.validate(empty), 'saving with nothing chosen is refused').toThrow();
    expect(f.validate(f.parse(chosen))).toEqual(chosen);
  });

  test('the message under an empty choice says what to choose', () => {
    expect(() => field('research', 'result').validate(null)).toThrow('Choose what the study found');
    expect(() => field('faq', 'topic').validate(null)).toThrow('Choose the topic');
  });
});

describe('the editor lists and previews entries the way the owner finds them', () => {
  test('the question and study lists show the question or title, and the question topic and order', () => {
    expect(editorCollections.faq.columns).toEqual(expect.arrayContaining(['question', 'topic', 'order']));
    expect(editorCollections.research.columns?.[0]).toBe('title');
  });

  test("the settings' Preview opens the contact page, which shows the contact settings", () => {
    expect(editorSettings.previewUrl).toBe('/contact');
  });

  test('a year is shown as written, without a thousands separator', async () => {
    const { createElement } = await import('react');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { KeystarProvider } = await import('@keystar/ui/core');
    const year = (editorCollections.research.schema as Record<string, { Input: (p: object) => unknown }>).year;
    const html = renderToStaticMarkup(
      createElement(KeystarProvider, {
        locale: 'en-US',
        children: createElement(year.Input as never, {
          value: 2025,
          onChange() {},
          autoFocus: false,
          forceValidation: false,
        }),
      }),
    );
    expect(html).toMatch(/<input[^>]*value="2025"/);
  });
});
