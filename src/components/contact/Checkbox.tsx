import type { UseFormRegister } from 'react-hook-form';
import type { ContactField, ContactValues } from '../../lib/contact/schema';
import FieldError from './FieldError';
import { describedBy, inputId } from './ids';

interface Props {
  field: ContactField;
  label: string;
  error?: string;
  initial: boolean;
  register: UseFormRegister<ContactValues>;
}

/** One box to tick, e.g. a consent: unticked unless the person ticked it. */
export default function Checkbox({ field, label, error, initial, register }: Props) {
  return (
    <div className="field">
      <FieldError field={field} message={error} />
      <div className="choice">
        <input
          type="checkbox"
          id={inputId(field)}
          defaultChecked={initial}
          aria-describedby={describedBy(field, false, error)}
          aria-invalid={error ? true : undefined}
          {...register(field)}
        />
        <label htmlFor={inputId(field)}>{label}</label>
      </div>
    </div>
  );
}
