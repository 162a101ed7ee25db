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
