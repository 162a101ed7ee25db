/**
 * Select options from a map of stored value → label shown to the owner, e.g. `{ safety: 'Safety and medicines' }`.
 * @returns Keystatic's `{ label, value }` list, in the map's order
 */
export function choices<const Labels extends Record<string, string>>(labels: Labels) {
  return Object.entries(labels).map(([value, label]) => ({ label, value: value as keyof Labels & string }));
}
