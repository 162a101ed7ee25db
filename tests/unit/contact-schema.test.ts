import { describe, expect, test } from 'vitest';
import { contactSchema, emptyValues, firstErrors, FIELD_ORDER } from '../../src/lib/contact/schema';
import { valuesFromFormData } from '../../src/lib/contact/form-data';
import { validValues } from '../support/contact-values';
import { formBody } from '../support/contact-requests';

/** The messages a set of values produces, keyed by field. */
function errorsFor(values: unknown) {
  const result = contactSchema.safeParse(values);
  return result.success ? {} : firstErrors(result.error.issues);
}

describe('contact schema: what passes', () => {
  test('a complete submission passes and comes out trimmed', () => {
    const result = contactSchema.safeParse(validValues({ name: '  Sam  ', email: ' sam@example.com ' }));
    expect(result.success).toBe(true);
    expect(result.data?.name).toBe('Sam');
    expect(result.data?.email).toBe('sam@example.com');
  });

  test('optional questions may stay unanswered', () => {
    const values = validValues({
      phone: '',
      concerns: [],
      tried: [],
      currentCare: '',
      redFlags: '',
      medicines: '',
      message: '',
    });
    expect(errorsFor(values)).toEqual({});
  });

  test('names and messages in any script pass', () => {
    expect(errorsFor(validValues({ name: 'Zoë Nguyễn 李雷 محمد', message: 'Merci 🌱 — ありがとう' }))).toEqual({});
  });

  test('a phone number with the usual separators passes, and phone contact then works', () => {
    expect(errorsFor(validValues({ phone: '+1 (555) 010-0100', contactMethod: 'text' }))).toEqual({});
  });

  test('answering yes to thoughts of self-harm is accepted like any other answer', () => {
    expect(errorsFor(validValues({ selfHarm: 'yes' }))).toEqual({});
  });
});

describe('contact schema: what fails, and the message shown', () => {
  test('an empty form names every required answer, in the order of the form', () => {
    const errors = errorsFor(emptyValues(crypto.randomUUID()));
    expect(errors).toEqual({
      name: 'Enter your name',
      email: 'Enter your email address',
      contactMethod: 'Select the best way to reach you',
      location: 'Select where the sessions would take place',
      adult: 'Confirm that you are 18 or older',
      selfHarm: 'Select yes or no for thoughts of ending your life or harming yourself',
      consentNotEmergency: 'Confirm that you understand this form is not for emergencies',
      consentContact: 'Confirm that I may contact you in the way you chose',
      consentPrivacy: 'Confirm that you have read the privacy notice',
      consentEmail: 'Confirm that you understand email is not fully secure',
    });
    const order = Object.keys(errors);
    expect(order).toEqual(FIELD_ORDER.filter((f) => order.includes(f)));
  });

  test('a malformed email address is described with an example', () => {
    expect(errorsFor(validValues({ email: 'sam@' })).email).toBe(
      'Enter an email address in the correct format, like name@example.com',
    );
  });

  test('line breaks in the name or email are refused (no header injection)', () => {
    expect(errorsFor(validValues({ name: 'Sam\r\nBcc: x@example.com' })).name).toBe(
      'Enter your name on one line, as plain text',
    );
    expect(errorsFor(validValues({ email: 'sam@example.com\r\nBcc: x@example.com' })).email).toMatch(/correct format/);
  });

  test('a name cannot break or reverse lines: C1 controls, line separators and format characters are refused', () => {
    const tricks = {
      C1: 'Sam\u0085Bcc',
      'line separator': 'Sam\u2028Bcc',
      'paragraph separator': 'Sam\u2029x',
      'bidi override': 'Sam\u202Eevil',
      'bidi isolate': 'Sam\u2066x',
      'soft hyphen': 'Sa\u00ADm',
      'zero-width no-break space': 'Sa\uFEFFm',
    };
    for (const [what, name] of Object.entries(tricks)) {
      expect(errorsFor(validValues({ name })).name, what).toBe('Enter your name on one line, as plain text');
    }
  });

  test('names in any script pass, joiners included (Persian and Hindi names need them)', () => {
    for (const name of ['Zoë Nguyễn', '李雷', 'می\u200cخواهم', 'क्\u200dष', 'O\u2019Brien']) {
      expect(errorsFor(validValues({ name })).name, name).toBeUndefined();
    }
  });

  test('a choice sent several times is kept once', () => {
    const parsed = contactSchema.safeParse(validValues({ concerns: ['anxiety', 'anxiety', 'anxiety', 'ocd'] }));
    expect(parsed.success && parsed.data.concerns).toEqual(['anxiety', 'ocd']);
  });

  test('over-long answers get a limit message', () => {
    expect(errorsFor(validValues({ name: 'a'.repeat(101) })).name).toBe('Name must be 100 characters or less');
    expect(errorsFor(validValues({ message: 'a'.repeat(1001) })).message).toBe(
      'Your message must be 1,000 characters or less',
    );
    expect(errorsFor(validValues({ email: `${'a'.repeat(250)}@example.com` })).email).toBe(
      'Email address must be 254 characters or less',
    );
  });

  test('a phone number needs digits', () => {
    expect(errorsFor(validValues({ phone: 'call me' })).phone).toBe(
      'Enter a phone number, like (555) 010-0100, or leave it empty',
    );
    expect(errorsFor(validValues({ phone: '12' })).phone).toBe(
      'Enter a phone number, like (555) 010-0100, or leave it empty',
    );
  });

  test('choosing a phone call or text asks for a phone number', () => {
    expect(errorsFor(validValues({ contactMethod: 'phone', phone: '' })).phone).toBe(
      'Enter a phone number, or choose email as the best way to reach you',
    );
  });

  test('the phone rule is reported together with the other problems', () => {
    const errors = errorsFor({ ...validValues({ contactMethod: 'phone', phone: '' }), name: '' });
    expect(Object.keys(errors)).toEqual(['name', 'phone']);
  });

  test('an answer that is not one of the choices is refused', () => {
    expect(errorsFor(validValues({ location: 'mars' as never })).location).toBe(
      'Select where the sessions would take place',
    );
    expect(errorsFor(validValues({ concerns: ['x' as never] })).concerns).toBe(
      'Select what brings you here, or leave it empty',
    );
    expect(errorsFor(validValues({ redFlags: 'maybe' as never })).redFlags).toBe(
      'Select yes, no or not sure for the conditions listed',
    );
  });

  test('wrong types are refused with the field message, not a crash', () => {
    const errors = errorsFor({ ...validValues(), name: 42, adult: 'yes', concerns: 'depression', selfHarm: true });
    expect(errors.name).toBe('Enter your name');
    expect(errors.adult).toBe('Confirm that you are 18 or older');
    expect(errors.concerns).toBe('Select what brings you here, or leave it empty');
    expect(errors.selfHarm).toBe('Select yes or no for thoughts of ending your life or harming yourself');
  });

  test('a missing or malformed submission id is refused', () => {
    expect(errorsFor(validValues({ submissionId: 'abc' })).submissionId).toMatch(/reload the page/);
  });

  test('something that is not an object fails without throwing', () => {
    expect(contactSchema.safeParse(null).success).toBe(false);
    expect(contactSchema.safeParse([1, 2]).success).toBe(false);
  });
});

describe('plain form posts', () => {
  test('form data becomes the same values the island sends', () => {
    const values = validValues({ concerns: ['depression', 'anxiety'], phone: '555 010 0100' });
    const form = new FormData();
    for (const [name, value] of formBody(values)) form.append(name, value);
    expect(valuesFromFormData(form)).toEqual(values);
  });

  test('unticked boxes and unanswered questions come out empty', () => {
    const values = valuesFromFormData(new FormData());
    expect(values.adult).toBe(false);
    expect(values.concerns).toEqual([]);
    expect(values.selfHarm).toBe('');
  });
});
