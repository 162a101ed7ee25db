/** A heading in a page, as Astro's `render()` returns them for a Markdown or MDX entry. */
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

/**
 * The h2 and h3 headings with an id in a page's rendered HTML, in order: the page's Markdown and any
 * block placed above it (the settings facts) alike. The text is plain: tags stripped, escapes decoded.
 */
export function headingsInHtml(html: string): Heading[] {
  const found = html.matchAll(/<h([23])\b[^>]*?\sid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g);
  return [...found].map(([, level, slug, inner]) => ({
    depth: Number(level),
    slug,
    text: decodeEntities(inner.replace(/<[^>]*>/g, '')).trim(),
  }));
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The escapes Astro writes in text: the five named ones, no-break space, and numeric ones. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return NAMED_ENTITIES[code] ?? whole;
    return String.fromCodePoint(
      code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)),
    );
  });
}
