import { createElement, useState } from 'react';
import { fields } from '@keystatic/core';
import { NumberField } from '@keystar/ui/number-field';

/**
 * A year, shown as the owner writes it ("2025"). Keystatic's own number box groups digits by locale,
 * so it showed "2,025"; this is that field (same stored number, same checks) with grouping off.
 */
export function yearField({ label, min, max }: { label: string; min: number; max: number }) {
  const base = fields.integer({ label, validation: { isRequired: true, min, max } });
  return {
    ...base,
    Input(props: Parameters<typeof base.Input>[0]) {
      const [touched, setTouched] = useState(false);
      let errorMessage: string | undefined;
      if (props.forceValidation || touched) {
        try {
          base.validate(props.value);
        } catch (error) {
          errorMessage = (error as Error).message;
        }
      }
      return createElement(NumberField, {
        label,
        isRequired: true,
        formatOptions: { useGrouping: false },
        value: props.value ?? undefined,
        onChange: (value: number) => props.onChange(Number.isNaN(value) ? null : value),
        onBlur: () => setTouched(true),
        autoFocus: props.autoFocus,
        errorMessage,
      });
    },
  };
}
