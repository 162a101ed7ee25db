import { getEntries, type CollectionEntry } from 'astro:content';

/**
 * The research entries a page lists in `studies`, in the same order.
 * Astro only logs a missing reference and builds on, so this fails the build instead, naming the page and the study.
 */
export async function getPageStudies(page: CollectionEntry<'pages'>): Promise<CollectionEntry<'research'>[]> {
  const found = await getEntries(page.data.studies);
  const missing = page.data.studies.filter((_, i) => !found[i]).map((ref) => ref.id);
  if (missing.length > 0) {
    throw new Error(
      `${page.filePath} lists studies that are not in content/research: ${missing.join(', ')}. ` +
        'Check the spelling, or add the study file.',
    );
  }
  return found;
}

/** The heading of the list of studies under a page (StudySources.astro), also listed in "On this page". */
export const SOURCES_HEADING = { slug: 'sources-heading', text: 'Studies this page draws on' } as const;
