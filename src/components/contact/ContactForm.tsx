import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch, type FieldErrors as FormErrors } from 'react-hook-form';
import { CONSENTS, LIMITS, MEDICINES, RED_FLAGS } from '../../lib/contact/fields';
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
import Checkbox from './Checkbox';
import ChoiceGroup from './ChoiceGroup';
import Confirmation from './Confirmation';
import CrisisPanel from './CrisisPanel';
import ErrorSummary from './ErrorSummary';
import { GROUPS } from './ids';
import type { Problem } from './problems';
import RevealOnAnswer from './RevealOnAnswer';
import ServiceProblem from './ServiceProblem';
import SettingText from './SettingText';
import TextField from './TextField';

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

/** The JSON endpoint's answer, as far as the form uses it. */
interface ApiAnswer {
  errors?: FieldErrors;
  retryAfterSeconds?: number;
  message?: string;
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
  const [selfHarm, location] = useWatch({ control, name: ['selfHarm', 'location'] });

  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    if (!pendingFocus.current) return;
    const target = { summary: summaryRef, problem: problemRef, confirmation: confirmationRef }[pendingFocus.current].current;
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
  // The HTML keeps the server's values so hydration matches it; the live values are react-hook-form's.
  const values = initialValues;
  const groupProps = (field: ContactField) => ({ field, register, error: errors[field], choices: GROUPS[field]! });

  async function send(submission: ContactSubmission) {
    if (sending.current) return; // a second click while the first is on its way
    sending.current = true;
    setProblem(undefined);
    try {
      const response = await fetch('/api/contact', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(submission),
      });
      const answer = (await response.json().catch(() => ({}))) as ApiAnswer;
      if (response.ok) {
        setSent({ selfHarm: submission.selfHarm === 'yes' });
        pendingFocus.current = 'confirmation';
      } else if (response.status === 422 && answer.errors) {
        for (const [field, message] of Object.entries(answer.errors)) setError(field as ContactField, { type: 'server', message });
        pendingFocus.current = 'summary';
      } else {
        setProblem(
          response.status === 429
            ? { kind: 'rate-limited', retryAfterSeconds: Number(response.headers.get('Retry-After')) || 600 }
            : response.status === 400 || response.status === 413
              ? { kind: 'unreadable', reason: answer.message ?? 'unknown reason' }
              : { kind: 'send-failed' },
        );
        pendingFocus.current = 'problem';
      }
    } catch {
      setProblem({ kind: 'network' });
      pendingFocus.current = 'problem';
    } finally {
      sending.current = false;
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
      <form
        id={FORM_ID}
        className="contact-form"
        method="post"
        action="/contact"
        noValidate
        onSubmit={handleSubmit(send, () => (pendingFocus.current = 'summary'))}
      >
        <input type="hidden" defaultValue={values.submissionId} {...register('submissionId')} />

        <h2>How to reach you</h2>
        <TextField field="name" label="Your name" hint="What you would like me to call you." autoComplete="name" initial={values.name} register={register} error={errors.name} />
        <TextField field="email" label="Email address" type="email" autoComplete="email" initial={values.email} register={register} error={errors.email} />
        <TextField field="phone" label="Phone number (optional)" type="tel" autoComplete="tel" initial={values.phone} register={register} error={errors.phone} />
        <ChoiceGroup {...groupProps('contactMethod')} type="radio" legend="What is the best way to reach you?" initial={values.contactMethod} />
        <ChoiceGroup
          {...groupProps('messageOk')}
          type="checkbox"
          legend="Which messages are fine? (optional)"
          hint="Tick none if nobody else should know you contacted a therapist. I will then only reply in the way you chose above, saying as little as possible."
          initial={values.messageOk}
        />

        <h2>About you</h2>
        <ChoiceGroup {...groupProps('location')} type="radio" legend="Where would the sessions take place?" initial={values.location}>
          <RevealOnAnswer answer="location-elsewhere" chosen={location === 'elsewhere'} hydrated={hydrated}>
            <p className="location-note">
              I am licensed in California and Nevada only, so sessions need to happen in one of those states. You are
              still welcome to send a question, and I can suggest where to look nearer you.
            </p>
          </RevealOnAnswer>
        </ChoiceGroup>
        <Checkbox field="adult" label="I am 18 or older" initial={values.adult} register={register} error={errors.adult} />
        <ChoiceGroup {...groupProps('concerns')} type="checkbox" legend="What brings you here? (optional)" hint="Tick any that fit." initial={values.concerns} />
        <ChoiceGroup {...groupProps('tried')} type="checkbox" legend="Have you tried any of these? (optional)" hint="Tick any you have tried." initial={values.tried} />
        <ChoiceGroup {...groupProps('currentCare')} type="radio" legend="Are you working with a therapist now? (optional)" initial={values.currentCare} />

        <h2>A few health questions</h2>
        <p>These help me and the prescriber know what to talk about. They are not a test, and there is no score.</p>
        <ChoiceGroup
          {...groupProps('redFlags')}
          type="radio"
          legend="Do any of these apply to you? (optional)"
          hint={
            <>
              <ul>
                {RED_FLAGS.map((flag) => (
                  <li key={flag}>{flag}</li>
                ))}
              </ul>
              A yes does not rule you out: the prescriber decides, and we talk it through first.
            </>
          }
          initial={values.redFlags}
        />
        <ChoiceGroup
          {...groupProps('medicines')}
          type="radio"
          legend="Do you take any of these medicines? (optional)"
          hint={<>{MEDICINES}. Do not stop or change any medicine because of this form: the prescriber goes through your medicines with you.</>}
          initial={values.medicines}
        />
        <ChoiceGroup
          {...groupProps('selfHarm')}
          type="radio"
          legend="In the past month, have you had thoughts of ending your life or of harming yourself?"
          hint="I ask everyone this. Your answer does not stop you from sending the form."
          initial={values.selfHarm}
        />
        <RevealOnAnswer answer="selfHarm-yes" chosen={selfHarm === 'yes'} hydrated={hydrated}>
          <CrisisPanel />
        </RevealOnAnswer>

        <h2>Your message</h2>
        <TextField
          field="message"
          label="Anything else you would like me to know? (optional)"
          hint={`A few lines are enough, up to ${LIMITS.message.toLocaleString('en-US')} characters. Leave out detailed medical or trauma history: we will talk about it privately.`}
          multiline
          initial={values.message}
          register={register}
          error={errors.message}
        />

        <h2>Before you send</h2>
        <p>
          Your answers go by email to me only. The <a href="/privacy">privacy notice</a> says how I keep them.
        </p>
        {(Object.keys(CONSENTS) as (keyof typeof CONSENTS)[]).map((field) => (
          <Checkbox key={field} field={field} label={CONSENTS[field]} initial={values[field]} register={register} error={errors[field]} />
        ))}

        {/* A trap for bots: hidden from people and from screen readers, never focused by Tab. */}
        <div className="contact-trap" aria-hidden="true">
          <label htmlFor="contact-website">Leave this empty</label>
          <input id="contact-website" type="text" tabIndex={-1} autoComplete="off" defaultValue={values.website ?? ''} {...register('website')} />
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
