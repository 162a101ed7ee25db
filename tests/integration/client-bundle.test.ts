import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';

const assets = fileURLToPath(new URL('../../dist/client/_astro', import.meta.url));
const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));

describe('the built client JavaScript', () => {
  test('exists: the form island and React were built', () => {
    // Without this, the test below would pass on a build that produced no JavaScript at all.
    expect(scripts.some((f) => f.startsWith('ContactForm.'))).toBe(true);
    expect(scripts.some((f) => /react|client/i.test(f))).toBe(true);
  });

  test('is the production build of React, not the development one', () => {
    // Development React carries its full warning texts; production has only minified error codes.
    for (const file of scripts) {
      expect(readFileSync(join(assets, file), 'utf8'), file).not.toContain('Invalid hook call');
    }
  });
});
