/**
 * A comparable outline of a schema: which keys exist, which are lists, and which values are a fixed
 * choice. Both the site's zod schemas and the editor's Keystatic fields reduce to it, so a test can
 * say where they disagree ("topic: one of …" on one side, a missing "nav.order" on the other).
 */
export type Shape = 'value' | `one of: ${string}` | Shape[] | { [key: string]: Shape };

const choice = (values: readonly string[]): Shape => `one of: ${[...values].sort().join(', ')}`;

interface ZodLike {
  def: {
    type: string;
    innerType?: ZodLike;
    shape?: Record<string, ZodLike>;
    element?: ZodLike;
    entries?: Record<string, string>;
  };
}

/** The outline of a zod 4 schema (optional and default wrappers do not change it). */
export function zodShape(schema: ZodLike): Shape {
  const { def } = schema;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return zodShape(def.innerType!);
    case 'object':
      return Object.fromEntries(Object.entries(def.shape!).map(([key, value]) => [key, zodShape(value)]));
    case 'array':
      return [zodShape(def.element!)];
    case 'enum':
      return choice(Object.values(def.entries!));
    default:
      return 'value';
  }
}

interface KeystaticLike {
  kind: string;
  formKind?: string;
  fields?: Record<string, KeystaticLike>;
  element?: KeystaticLike;
  options?: readonly { value: string }[];
  defaultValue?: () => unknown;
}

/**
 * The outline of Keystatic fields. The body (a content field) is the file's text, not front matter, so it is
 * left out.
 */
export function keystaticShape(fields: Record<string, KeystaticLike>): Shape {
  const outline: Record<string, Shape> = {};
  for (const [key, field] of Object.entries(fields)) {
    if (field.formKind === 'content') continue;
    outline[key] = keystaticFieldShape(field);
  }
  return outline;
}

function keystaticFieldShape(field: KeystaticLike): Shape {
  if (field.kind === 'object') return keystaticShape(field.fields!);
  if (field.kind === 'array') return [keystaticFieldShape(field.element!)];
  if (field.options) {
    const values = choice(field.options.map((o) => o.value));
    // A multiselect stores a list of choices; a select stores one.
    return Array.isArray(field.defaultValue?.()) ? [values] : values;
  }
  return 'value';
}
