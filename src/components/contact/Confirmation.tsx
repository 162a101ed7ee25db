import type { Ref } from 'react';
import type { PracticeDetails } from '../../lib/contact/practice';
import BookingLink from '../BookingLink';
import CrisisLines from '../CrisisLines';
import SettingText, { mailHref, telHref } from './SettingText';

interface Props {
  practice: PracticeDetails;
  /** The person answered "yes" to thoughts of self-harm: the crisis lines are shown again in full. */
  selfHarm: boolean;
  ref?: Ref<HTMLElement>;
}

/** What happens next and when, after a message was sent (also the whole answer without JavaScript). */
export default function Confirmation({ practice, selfHarm, ref }: Props) {
  return (
    <section className="confirmation" tabIndex={-1} ref={ref} aria-labelledby="confirmation-title">
      <h2 id="confirmation-title">Your message was sent</h2>
      <p>Thank you for reaching out. Sending it does not commit you to anything.</p>
      <h3>What happens next</h3>
      <ul>
        <li>
          I read every message myself, and I reply <SettingText setting={practice.responseTime} />, in the way you
          chose.
        </li>
        <li>If it looks like KAP could fit, we set up a first conversation to talk it through.</li>
        <li>
          If you have not heard from me by then, check your spam folder, or call{' '}
          <SettingText setting={practice.phone} href={telHref(practice.phone)} /> or email{' '}
          <SettingText setting={practice.email} href={mailHref(practice.email)} />.
        </li>
      </ul>
      <BookingLink
        booking={practice.booking}
        lead="Rather not wait? You can pick a time for that first conversation now:"
      />
      {selfHarm ? (
        <section className="crisis" aria-labelledby="confirmation-crisis-title">
          <h3 id="confirmation-crisis-title">You do not have to wait for my reply</h3>
          <p>
            You told me about thoughts of ending your life or harming yourself. If you need someone now, day or night:
          </p>
          <CrisisLines />
        </section>
      ) : (
        <p className="crisis-note">
          If things get harder before we talk, call or text <a href="tel:988">988</a> any time. In an emergency, call{' '}
          <a href="tel:911">911</a>.
        </p>
      )}
    </section>
  );
}
