/**
 * A setting the owner has not given yet starts with "PLACEHOLDER:"; the site shows it marked as such.
 * Its own module (no zod), so the browser form can use it without the settings schema.
 */
export const PLACEHOLDER_PREFIX = 'PLACEHOLDER:';

export function isPlaceholder(value: string): boolean {
  return value.startsWith(PLACEHOLDER_PREFIX);
}
