import { describe, expect, it } from 'vitest';
import { tableOfContents, TOC_MIN_SECTIONS } from '../../src/lib/table-of-contents';

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replace(/\s+/g, '-') });

describe('tableOfContents', () => {
  it('lists nothing for a page with fewer than three sections', () => {
    expect(TOC_MIN_SECTIONS).toBe(3);
    expect(tableOfContents([h(2, 'One'), h(3, 'Sub'), h(2, 'Two')])).toBeUndefined();
    expect(tableOfContents([])).toBeUndefined();
  });

  it('lists every h2 in order, with the h3s under each nested', () => {
    const toc = tableOfContents([h(2, 'One'), h(3, 'One a'), h(3, 'One b'), h(2, 'Two'), h(4, 'Deep'), h(2, 'Three')]);
    expect(toc).toEqual([
      { slug: 'one', text: 'One', children: [{ slug: 'one-a', text: 'One a', children: [] }, { slug: 'one-b', text: 'One b', children: [] }] },
      { slug: 'two', text: 'Two', children: [] },
      { slug: 'three', text: 'Three', children: [] },
    ]);
  });

  it('leaves out an h3 that comes before any h2', () => {
    expect(tableOfContents([h(3, 'Orphan'), h(2, 'A'), h(2, 'B'), h(2, 'C')])?.map((i) => i.text)).toEqual(['A', 'B', 'C']);
  });
});
