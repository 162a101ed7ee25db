import { fields } from '@keystatic/core';

/**
 * The page text. Plain Markdown only: the site has no images to upload, no code to show, and no MDX
 * components in its content (settings blocks are placed by the page templates).
 */
export function bodyField(label: string) {
  return fields.mdx({
    label,
    extension: 'mdx',
    options: { image: false, codeBlock: false, table: false, heading: [2, 3] },
  });
}
