import { createElement, Fragment, useState } from 'react';
import { fields, type BasicFormField } from '@keystatic/core';
import { Item, Picker } from '@keystar/ui/picker';
import { FieldMessage } from '@keystar/ui/field';

/**
 * Select options from a map of stored value → label shown to the owner, e.g. `{ safety: 'Safety and medicines' }`.
 * @returns Keystatic's `{ label, value }` list, in the map's order
 */
export function choices<const Labels extends Record<string, string>>(labels: Labels) {
  return Object.entries(labels).map(([value, label]) => ({ label, value: value as keyof Labels & string }));
}

interface ChoiceOptions<Labels extends Record<string, string>> {
  label: string;
  description?: string;
  labels: Labels;
  /** Shown when nothing is chosen, e.g. "Choose what the study found". */
  missing: string;
}

/**
 * A choice that states a fact (a study's result, an answer's topic). Keystatic's own select always has
 * a default, so a new entry would quietly claim it ("Found a benefit") if the owner skipped the box. This
 * one starts empty, and Save is refused with `missing` shown under the box until the owner picks.
 */
export function requiredChoice<const Labels extends Record<string, string>>({
  label,
  description,
  labels,
  missing,
}: ChoiceOptions<Labels>) {
  type Value = keyof Labels & string;
  const options = choices(labels);
  type Option = (typeof options)[number];
  const known = new Set<string>(options.map((o) => o.value));
  const check = (value: Value | null): Value => {
    if (value === null) throw new Error(missing);
    return value;
  };
  const field: BasicFormField<Value | null, Value> & { options: typeof options } = {
    kind: 'form',
    label,
    options,
    Input(props) {
      const [touched, setTouched] = useState(false);
      return createElement(Picker<Option>, {
        label,
        description,
        items: options,
        placeholder: 'Choose…',
        isRequired: true,
        value: props.value,
        onChange: (key) => props.onChange(key === null ? null : (String(key) as Value)),
        onBlur: () => setTouched(true),
        autoFocus: props.autoFocus,
        errorMessage: (props.forceValidation || touched) && props.value === null ? missing : undefined,
        children: (item: Option) => createElement(Item<Option>, { key: item.value, children: item.label }),
      });
    },
    defaultValue: () => null,
    parse(value) {
      if (value === undefined) return null;
      if (typeof value !== 'string' || !known.has(value))
        throw new Error(`${label}: "${String(value)}" is not one of the choices`);
      return value as Value;
    },
    validate: check,
    serialize: (value) => ({ value: value ?? undefined }),
    reader: { parse: (value) => check(field.parse(value)) },
  };
  return field;
}

/**
 * Several choices of which at least one must be ticked (a study's conditions). Keystatic's multiselect
 * saves an empty list; this one refuses to, with `missing` shown under the boxes.
 */
export function requiredChoices<const Labels extends Record<string, string>>({
  label,
  description,
  labels,
  missing,
}: ChoiceOptions<Labels>) {
  const base = fields.multiselect({ label, description, options: choices(labels) });
  const check = (value: readonly (keyof Labels & string)[]) => {
    if (value.length === 0) throw new Error(missing);
    return base.validate(value);
  };
  return {
    ...base,
    Input(props: Parameters<typeof base.Input>[0]) {
      return createElement(
        Fragment,
        null,
        base.Input(props),
        props.forceValidation && props.value.length === 0 ? createElement(FieldMessage, null, missing) : null,
      );
    },
    validate: check,
    reader: { parse: (value: Parameters<typeof base.parse>[0]) => check(base.parse(value)) },
  };
}
