import type { ReactNode } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import type { ContactField, ContactValues } from '../../lib/contact/schema';
import FieldError from './FieldError';
import { describedBy, hintId, inputId } from './ids';

interface Props {
  field: ContactField;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The typed value, written into the HTML so the form is whole before (or without) JavaScript. */
  initial: string;
  register: UseFormRegister<ContactValues>;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  multiline?: boolean;
}

/** One labelled text answer, with its hint and error tied to it. */
export default function TextField({
  field,
  label,
  hint,
  error,
  initial,
  register,
  type = 'text',
  autoComplete,
  multiline,
}: Props) {
  const common = {
    id: inputId(field),
    defaultValue: initial,
    'aria-describedby': describedBy(field, Boolean(hint), error),
    'aria-invalid': error ? true : undefined,
    className: error ? 'input has-error' : 'input',
    ...register(field),
  };
  return (
    <div className="field">
      <label className="label" htmlFor={inputId(field)}>
        {label}
      </label>
      {hint && (
        <div id={hintId(field)} className="hint">
          {hint}
        </div>
      )}
      <FieldError field={field} message={error} />
      {multiline ? (
        <textarea rows={5} {...common} />
      ) : (
        <input type={type} autoComplete={autoComplete} spellCheck={false} {...common} />
      )}
    </div>
  );
}
