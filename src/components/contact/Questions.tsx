import type { Control, UseFormRegister } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import { CONSENTS, LIMITS, MEDICINES, RED_FLAGS, STATES_SERVED } from '../../lib/contact/fields';
import { inWords } from '../../lib/states';
import type { ContactField, ContactValues, FieldErrors } from '../../lib/contact/schema';
import Checkbox from './Checkbox';
import ChoiceGroup from './ChoiceGroup';
import CrisisPanel from './CrisisPanel';
import { GROUPS } from './ids';
import RevealOnAnswer from './RevealOnAnswer';
import TextField from './TextField';

interface Props {
  register: UseFormRegister<ContactValues>;
  control: Control<ContactValues, unknown, unknown>;
  errors: FieldErrors;
  /** The server's values, written into the HTML (hydration must match it; the live values are the form's). */
  initial: ContactValues;
  hydrated: boolean;
}

/** The questions of the contact form, in the order of kap-research.md §2.4, grouped under plain headings. */
export default function Questions({ register, control, errors, initial: values, hydrated }: Props) {
  const [selfHarm, location] = useWatch({ control, name: ['selfHarm', 'location'] });
  // What every answer takes: its name, the form's register, its error and the value the server wrote.
  const answerProps = <F extends ContactField>(field: F) => ({
    field,
    register,
    error: errors[field],
    initial: values[field],
  });
  const groupProps = <F extends ContactField>(field: F) => ({ ...answerProps(field), choices: GROUPS[field]! });

  return (
    <>
      <h2>How to reach you</h2>
      <TextField
        {...answerProps('name')}
        label="Your name"
        hint="What you would like me to call you."
        autoComplete="name"
      />
      <TextField {...answerProps('email')} label="Email address" type="email" autoComplete="email" />
      <TextField {...answerProps('phone')} label="Phone number (optional)" type="tel" autoComplete="tel" />
      <ChoiceGroup {...groupProps('contactMethod')} type="radio" legend="What is the best way to reach you?" />
      <ChoiceGroup
        {...groupProps('messageOk')}
        type="checkbox"
        legend="Which messages are fine? (optional)"
        hint="Tick none if nobody else should know you contacted a therapist. I will then only reply in the way you chose above, saying as little as possible."
      />

      <h2>About you</h2>
      <ChoiceGroup {...groupProps('location')} type="radio" legend="Where would the sessions take place?">
        <RevealOnAnswer answer="location-elsewhere" chosen={location === 'elsewhere'} hydrated={hydrated}>
          <p className="location-note">
            I am licensed in {inWords(STATES_SERVED)} only, so sessions need to happen in{' '}
            {STATES_SERVED.length === 1 ? 'that state' : 'one of those states'}. You are still welcome to send a
            question, and I can suggest where to look nearer you.
          </p>
        </RevealOnAnswer>
      </ChoiceGroup>
      <Checkbox {...answerProps('adult')} label="I am 18 or older" />
      <ChoiceGroup
        {...groupProps('concerns')}
        type="checkbox"
        legend="What brings you here? (optional)"
        hint="Tick any that fit."
      />
      <ChoiceGroup
        {...groupProps('tried')}
        type="checkbox"
        legend="Have you tried any of these? (optional)"
        hint="Tick any you have tried."
      />
      <ChoiceGroup
        {...groupProps('currentCare')}
        type="radio"
        legend="Are you working with a therapist now? (optional)"
      />

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
      />
      <ChoiceGroup
        {...groupProps('medicines')}
        type="radio"
        legend="Do you take any of these medicines? (optional)"
        hint={
          <>
            {MEDICINES}. Do not stop or change any medicine because of this form: the prescriber goes through your
            medicines with you.
          </>
        }
      />
      <ChoiceGroup
        {...groupProps('selfHarm')}
        type="radio"
        legend="In the past month, have you had thoughts of ending your life or of harming yourself?"
        hint="I ask everyone this. Your answer does not stop you from sending the form."
      />
      <RevealOnAnswer answer="selfHarm-yes" chosen={selfHarm === 'yes'} hydrated={hydrated}>
        <CrisisPanel />
      </RevealOnAnswer>

      <h2>Your message</h2>
      <TextField
        {...answerProps('message')}
        label="Anything else you would like me to know? (optional)"
        hint={`A few lines are enough, up to ${LIMITS.message.toLocaleString('en-US')} characters. Leave out detailed medical or trauma history: we will talk about it privately.`}
        multiline
      />

      <h2>Before you send</h2>
      <p>
        Your answers go by email to me only. The <a href="/privacy">privacy notice</a> says how I keep them.
      </p>
      {(Object.keys(CONSENTS) as (keyof typeof CONSENTS)[]).map((field) => (
        <Checkbox key={field} {...answerProps(field)} label={CONSENTS[field]} />
      ))}
    </>
  );
}
