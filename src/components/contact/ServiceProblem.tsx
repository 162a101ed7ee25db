import type { Ref } from 'react';
import type { PracticeDetails } from '../../lib/contact/practice';
import { problemMessage, type Problem } from '../../lib/contact/outcome';
import SettingText, { mailHref, telHref } from './SettingText';

interface Props {
  problem: Problem;
  practice: PracticeDetails;
  ref?: Ref<HTMLDivElement>;
}

/**
 * A service problem (GOV.UK: not a validation error): says what happened, keeps the answers, and gives
 * another way to reach the practice. Focused when it appears.
 */
export default function ServiceProblem({ problem, practice, ref }: Props) {
  return (
    <div className="service-problem" tabIndex={-1} ref={ref} autoFocus aria-labelledby="service-problem-title">
      <div role="alert">
        <h2 id="service-problem-title">Your message was not sent</h2>
        <p>{problemMessage(problem)}</p>
        <p>
          {problem.kind === 'unreadable' ? 'Check your answers below' : 'Everything you typed is still below'}: you can
          send it again, or reach me another way:
        </p>
        <ul>
          <li>
            Phone: <SettingText setting={practice.phone} href={telHref(practice.phone)} />
          </li>
          <li>
            Email: <SettingText setting={practice.email} href={mailHref(practice.email)} />
          </li>
        </ul>
        <p>
          If you need to talk to someone now, call or text <a href="tel:988">988</a>.
        </p>
      </div>
    </div>
  );
}
