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

  test.each(['pages', 'research', 'faq'] as const)('every %s entry, as the editor reads it, passes the site schema', async (name) => {
    for (const { slug, entry } of await reader.collections[name].all()) {
      const { body: _body, ...frontMatter } = entry as Record<string, unknown>;
      const result = siteSchema(name).safeParse(asWritten(frontMatter));
      expect(result.error?.issues, `content/${name}/${slug}.mdx`).toBeUndefined();
    }
  });
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
