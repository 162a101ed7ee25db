import type { MouseEvent, Ref } from 'react';
import { FIELD_ORDER, type FieldErrors } from '../../lib/contact/schema';
import { anchorOf } from './ids';

interface Props {
  errors: FieldErrors;
  ref?: Ref<HTMLDivElement>;
}

/** Moves focus to the field itself, not only scrolling to it, and keeps its question in view. */
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(event.currentTarget.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  (target.closest('fieldset, .field') ?? target).scrollIntoView();
  target.focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary: "There is a problem", then one link per answer to change, worded as beside
 * the field. Focused when it appears (autofocus covers the page without JavaScript).
 */
export default function ErrorSummary({ errors, ref }: Props) {
  const entries = FIELD_ORDER.filter((f) => errors[f]).map((f) => [f, errors[f]!] as const);
  if (!entries.length) return null;
  return (
    <div className="error-summary" tabIndex={-1} ref={ref} autoFocus aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 id="error-summary-title">There is a problem</h2>
        <ul>
          {entries.map(([field, message]) => {
            const anchor = anchorOf(field);
            return (
              <li key={field}>
                {anchor ? (
                  <a href={`#${anchor}`} onClick={focusField}>
                    {message}
                  </a>
                ) : (
                  message
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
