import type { ReactNode } from 'react';

interface Props {
  /** Names the answer that reveals the content, for the CSS: `field-value`, e.g. "selfHarm-yes". */
  answer: string;
  /** Whether that answer is chosen now (known once the island runs). */
  chosen: boolean;
  hydrated: boolean;
  children: ReactNode;
}

/**
 * Content that appears, in place, when one answer is chosen. Before (or without) JavaScript it is in
 * the page and CSS `:has()` shows it; once the island runs it is added on that answer, inside a status
 * region that is always there, so screen readers announce it politely without moving focus.
 */
export default function RevealOnAnswer({ answer, chosen, hydrated, children }: Props) {
  return (
    <div className="reveal-status" role="status">
      {(!hydrated || chosen) && (
        <div className={hydrated ? 'revealed' : 'revealed reveal-by-css'} data-reveal={answer}>
          {children}
        </div>
      )}
    </div>
  );
}
