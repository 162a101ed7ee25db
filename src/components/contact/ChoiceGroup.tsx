import type { ReactNode } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import type { Choice } from '../../lib/contact/fields';
import type { ContactField, ContactValues } from '../../lib/contact/schema';
import FieldError from './FieldError';
import { describedBy, hintId, inputId } from './ids';

interface Props {
  field: ContactField;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  choices: readonly Choice[];
  /** Radios for one answer, boxes for any number. */
  type: 'radio' | 'checkbox';
  /** The chosen value(s), checked in the HTML so the form is whole before (or without) JavaScript. */
  initial: string | null | readonly string[];
  register: UseFormRegister<ContactValues>;
  /** Shown after the choices, e.g. a note that CSS reveals for one answer. */
  children?: ReactNode;
}

/** A question answered by choosing: a fieldset whose legend is the question. */
export default function ChoiceGroup({ field, legend, hint, error, choices, type, initial, register, children }: Props) {
  const chosen = Array.isArray(initial) ? initial : [initial];
  return (
    <fieldset className={`field choices-${type}`} aria-describedby={describedBy(field, Boolean(hint), error)}>
      <legend className="label">{legend}</legend>
      {hint && (
        <div id={hintId(field)} className="hint">
          {hint}
        </div>
      )}
      <FieldError field={field} message={error} />
      <div className="choices">
        {choices.map((choice) => (
          <div className="choice" key={choice.value}>
            <input
              type={type}
              id={inputId(field, choice.value)}
              value={choice.value}
              defaultChecked={chosen.includes(choice.value)}
              aria-invalid={error ? true : undefined}
              {...register(field)}
            />
            <label htmlFor={inputId(field, choice.value)}>{choice.label}</label>
          </div>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
