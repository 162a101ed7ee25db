/** A heading as Astro's `render()` returns it for a Markdown or MDX entry. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** A page gets an "On this page" list when its text has at least this many sections (h2). */
export const TOC_MIN_SECTIONS = 3;

/**
 * The "On this page" list: each h2, with the h3s under it nested (as Starlight's table of contents
 * does by default), or nothing for a short page. Headings before the first h2 have no parent and are left out.
 */
export function tableOfContents(headings: Heading[]): TocItem[] | undefined {
  const items: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth === 2) items.push({ slug, text, children: [] });
    else if (depth === 3) items.at(-1)?.children.push({ slug, text, children: [] });
  }
  return items.length >= TOC_MIN_SECTIONS ? items : undefined;
}
