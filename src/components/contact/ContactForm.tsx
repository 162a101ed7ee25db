import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, type FieldErrors as FormErrors } from 'react-hook-form';
import { valuesFromFormData } from '../../lib/contact/form-data';
import type { PracticeDetails } from '../../lib/contact/practice';
import {
  contactSchema,
  FIELD_ORDER,
  type ContactField,
  type ContactSubmission,
  type ContactValues,
  type FieldErrors,
} from '../../lib/contact/schema';
import type { Problem } from '../../lib/contact/outcome';
import BookingLink from '../BookingLink';
import Confirmation from './Confirmation';
import ErrorSummary from './ErrorSummary';
import { postContact } from './post-contact';
import Questions from './Questions';
import ServiceProblem from './ServiceProblem';
import SettingText from './SettingText';

interface Props {
  /** The page's h1; it sits below the error summary, which comes first on the page (GOV.UK). */
  title: string;
  /** The answers to show: blank with a fresh id, or what the person sent (kept after an error). */
  initialValues: ContactValues;
  /** Messages from the server after a plain (no-JavaScript) post. */
  initialErrors?: FieldErrors;
  initialProblem?: Problem;
  practice: PracticeDetails;
}

type FocusTarget = 'summary' | 'problem' | 'confirmation';

function messagesOf(errors: FormErrors<ContactValues>): FieldErrors {
  const messages: FieldErrors = {};
  for (const field of FIELD_ORDER) {
    const message = errors[field]?.message;
    if (typeof message === 'string') messages[field] = message;
  }
  return messages;
}

const FORM_ID = 'contact-form';

/** The answers in the server-rendered form as it is now (in the browser, before hydration). */
function valuesOnPage(): ContactValues | undefined {
  if (import.meta.env.SSR) return undefined;
  const form = document.getElementById(FORM_ID);
  return form instanceof HTMLFormElement ? valuesFromFormData(new FormData(form)) : undefined;
}

/**
 * The contact and pre-screen form. Rendered on the server as a plain POST form that works without
 * JavaScript; once hydrated it validates with the shared schema and sends JSON without a reload.
 */
export default function ContactForm({ title, initialValues, initialErrors = {}, initialProblem, practice }: Props) {
  // Someone may start typing before the island hydrates: start from what the page holds now, or
  // react-hook-form would reset the fields to the server's values.
  const [startValues] = useState(() => valuesOnPage() ?? initialValues);
  const { register, handleSubmit, control, formState, setError } = useForm<ContactValues, unknown, ContactSubmission>({
    defaultValues: startValues,
    resolver: zodResolver(contactSchema),
    // Focus goes to the error summary instead, which lists every answer to change.
    shouldFocusError: false,
  });
  const [problem, setProblem] = useState<Problem | undefined>(initialProblem);
  const [sent, setSent] = useState<{ selfHarm: boolean } | undefined>();
  const [hydrated, setHydrated] = useState(false);
  // Where focus goes once the next render has put it on the page (the summary appears a render after
  // react-hook-form reports the failed submit).
  const pendingFocus = useRef<FocusTarget>(undefined);
  const sending = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const confirmationRef = useRef<HTMLElement>(null);

  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    if (!pendingFocus.current) return;
    const target = { summary: summaryRef, problem: problemRef, confirmation: confirmationRef }[pendingFocus.current]
      .current;
    if (!target) return;
    pendingFocus.current = undefined;
    target.focus();
  });

  // Until the person submits here, the messages are the server's (from a plain post).
  const errors = formState.submitCount > 0 ? messagesOf(formState.errors) : initialErrors;
  const failed = Object.keys(errors).length > 0 || problem !== undefined;

  // The page title starts with "Error: " while there is a problem, as after a plain post (GOV.UK).
  useEffect(() => {
    const plain = document.title.replace(/^Error: /, '');
    document.title = failed ? `Error: ${plain}` : plain;
  }, [failed]);

  async function send(submission: ContactSubmission) {
    if (sending.current) return; // a second click while the first is on its way
    sending.current = true;
    setProblem(undefined);
    const result = await postContact(submission);
    sending.current = false;
    if (result.kind === 'sent') {
      pendingFocus.current = 'confirmation';
      setSent({ selfHarm: submission.selfHarm === 'yes' });
    } else if (result.kind === 'invalid') {
      pendingFocus.current = 'summary';
      for (const [field, message] of Object.entries(result.errors))
        setError(field as ContactField, { type: 'server', message });
    } else {
      pendingFocus.current = 'problem';
      setProblem(result.problem);
    }
  }

  if (sent) {
    return (
      <>
        <h1>{title}</h1>
        <Confirmation ref={confirmationRef} practice={practice} selfHarm={sent.selfHarm} />
      </>
    );
  }

  return (
    <>
      {problem && <ServiceProblem ref={problemRef} problem={problem} practice={practice} />}
      <ErrorSummary ref={summaryRef} errors={errors} />
      <h1>{title}</h1>
      <p>
        Tell me a little about what you are looking for. Sending this does not commit you to anything, and you can leave
        any question marked (optional) empty.
      </p>
      <p className="crisis-note">
        This form is not read around the clock. If you are in crisis, call or text <a href="tel:988">988</a>, or call{' '}
        <a href="tel:911">911</a> in an emergency.
      </p>
      <BookingLink booking={practice.booking} lead="Would you rather pick a time to talk instead of writing?" />
      <form
        id={FORM_ID}
        className="contact-form"
        method="post"
        action="/contact"
        noValidate
        onSubmit={handleSubmit(send, () => (pendingFocus.current = 'summary'))}
      >
        <input type="hidden" defaultValue={initialValues.submissionId} {...register('submissionId')} />

        <Questions register={register} control={control} errors={errors} initial={initialValues} hydrated={hydrated} />

        {/* A trap for bots: hidden from people and from screen readers, never focused by Tab. */}
        <div className="contact-trap" aria-hidden="true">
          <label htmlFor="contact-website">Leave this empty</label>
          <input
            id="contact-website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            defaultValue={initialValues.website ?? ''}
            {...register('website')}
          />
        </div>

        <p className="response-time">
          I reply <SettingText setting={practice.responseTime} />.
        </p>
        <button type="submit" className="send" aria-disabled={formState.isSubmitting || undefined}>
          {formState.isSubmitting ? 'Sending…' : 'Send my message'}
        </button>
      </form>
    </>
  );
}
