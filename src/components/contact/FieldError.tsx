import type { ContactField } from '../../lib/contact/schema';
import { errorId } from './ids';

/** The message beside a field (GOV.UK): the same words as in the summary, "Error:" for screen readers. */
export default function FieldError({ field, message }: { field: ContactField; message?: string }) {
  if (!message) return null;
  return (
    <p id={errorId(field)} className="field-error">
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}
