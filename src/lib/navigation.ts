import { getCollection } from 'astro:content';
import { NAV_GROUPS } from './content-choices';

export interface NavLink {
  href: string;
  label: string;
  order: number;
}

export interface NavGroup {
  label: string;
  links: NavLink[];
}

/** Pages that are not MDX files in content/pages but belong in the menu. */
const ROUTE_LINKS: Record<keyof typeof NAV_GROUPS, NavLink[]> = {
  learn: [{ href: '/research', label: 'Research library', order: 90 }],
  decide: [{ href: '/faq', label: 'Questions and answers', order: 90 }],
  practice: [{ href: '/contact', label: 'Contact and first questions', order: 90 }],
};

/** The whole site menu, grouped; built from the pages' front-matter so a new page appears by itself. */
export async function getNavigation(): Promise<NavGroup[]> {
  const pages = await getCollection('pages');
  return (Object.keys(NAV_GROUPS) as (keyof typeof NAV_GROUPS)[]).map((group) => ({
    label: NAV_GROUPS[group],
    links: [
      ...pages
        .filter((p) => p.data.nav.group === group)
        .map((p) => ({ href: `/${p.id}`, label: p.data.nav.label, order: p.data.nav.order })),
      ...ROUTE_LINKS[group],
    ].sort((a, b) => a.order - b.order),
  }));
}

/** A main section of the site, shown in the header on wide screens. */
export interface NavSection {
  label: string;
  href: string;
  /** Every page that belongs to the section (its own page included). */
  paths: string[];
}

/**
 * Pages promoted out of their menu group to a section of their own: most visitors look for them.
 * A study page (/research/x) belongs to the research library.
 */
const PROMOTED: NavLink[] = [
  { href: '/research', label: 'Research', order: 0 },
  { href: '/faq', label: 'Questions', order: 0 },
];

/**
 * The header's sections: each menu group, opening at its first page, with the promoted pages after
 * the groups that hold them. Built from the same front-matter as the menu, so a new page joins its section.
 */
export async function getSections(): Promise<NavSection[]> {
  const promoted = new Set(PROMOTED.map((p) => p.href));
  const groups = await getNavigation();
  const sections = groups.map((group) => {
    const paths = group.links.map((l) => l.href).filter((href) => !promoted.has(href));
    return { label: group.label, href: paths[0], paths };
  });
  // After "Is it right for me?" and before "The practice": learn, decide, research, questions, practice.
  sections.splice(sections.length - 1, 0, ...PROMOTED.map((p) => ({ label: p.label, href: p.href, paths: [p.href] })));
  return sections;
}

/** How a header section marks the current page: `page` on its own page, `true` anywhere else inside it. */
export function sectionCurrent(section: NavSection, pathname: string): 'page' | 'true' | undefined {
  const path = pathname.replace(/\/$/, '') || '/';
  if (path === section.href) return 'page';
  const inside = section.paths.some((p) => path === p || path.startsWith(`${p}/`));
  return inside ? 'true' : undefined;
}
