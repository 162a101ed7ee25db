import { describe, expect, it } from 'vitest';
import { headingsInHtml, tableOfContents, TOC_MIN_SECTIONS } from '../../src/lib/table-of-contents';

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
      {
        slug: 'one',
        text: 'One',
        children: [
          { slug: 'one-a', text: 'One a', children: [] },
          { slug: 'one-b', text: 'One b', children: [] },
        ],
      },
      { slug: 'two', text: 'Two', children: [] },
      { slug: 'three', text: 'Three', children: [] },
    ]);
  });

  it('leaves out an h3 that comes before any h2', () => {
    expect(tableOfContents([h(3, 'Orphan'), h(2, 'A'), h(2, 'B'), h(2, 'C')])?.map((i) => i.text)).toEqual([
      'A',
      'B',
      'C',
    ]);
  });
});

describe('headingsInHtml', () => {
  it('finds h2 and h3 headings with an id, in order, with their plain text', () => {
    const html =
      '<section class="facts" aria-labelledby="glance"><h2 id="glance">At a glance</h2></section>' +
      '<h2 id="why">Why <em>this</em> &amp; that&#39;s &#x2014; it</h2><p>Text</p><h3 class="x" id="sub">A sub part</h3>' +
      '<h2>No id, not listed</h2><h4 id="deep">Too deep</h4>';
    expect(headingsInHtml(html)).toEqual([
      { depth: 2, slug: 'glance', text: 'At a glance' },
      { depth: 2, slug: 'why', text: "Why this & that's \u2014 it" },
      { depth: 3, slug: 'sub', text: 'A sub part' },
    ]);
  });
});
