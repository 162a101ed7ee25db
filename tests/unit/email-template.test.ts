import { describe, expect, test } from 'vitest';
import { contactSchema } from '../../src/lib/contact/schema';
import { EMAIL_SUBJECT, renderContactEmail } from '../../src/server/email-template';
import { validValues } from '../support/contact-values';
import { LOCATIONS } from '../../src/lib/contact/fields';

const render = (overrides: Parameters<typeof validValues>[0] = {}) =>
  renderContactEmail(contactSchema.parse(validValues(overrides)));

describe('the email to the practice', () => {
  test('has a subject with no name and no health details', async () => {
    const email = await render({ name: 'Sam Rivera', selfHarm: 'yes', concerns: ['depression'] });
    expect(email.subject).toBe(EMAIL_SUBJECT);
    expect(email.subject).not.toMatch(/Sam|self-harm|depress/i);
  });

  test('puts the self-harm flag before everything else, only when the answer was yes', async () => {
    const yes = await render({ selfHarm: 'yes' });
    expect(yes.text.trimStart().startsWith('Thoughts of self-harm: yes')).toBe(true);
    expect(yes.html.indexOf('Thoughts of self-harm: yes')).toBeLessThan(yes.html.indexOf('<h1'));
    const no = await render({ selfHarm: 'no' });
    expect(no.text).not.toContain('Thoughts of self-harm: yes');
    expect(no.text).toContain('Thoughts of self-harm, past month: No');
  });

  test('shows choices in words, and says when a question was not answered', async () => {
    const [state] = LOCATIONS; // the first state served, from the settings
    const { text } = await render({ location: state.value, concerns: ['trauma', 'ocd'], redFlags: '' });
    expect(text).toContain(`Sessions would take place in: ${state.label}`);
    expect(text).toContain('What brings them: Trauma or PTSD; OCD');
    expect(text).toContain('Any of the listed conditions: not answered');
  });

  test('escapes what people type, so it cannot add markup to the email', async () => {
    const { html, text } = await render({
      name: '<img src=x onerror=alert(1)>',
      message: '<a href="https://evil.example">click</a>',
    });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<a href="https://evil.example"');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain('<img src=x onerror=alert(1)>');
  });

  test('renders the same email for the same answers (the idempotency key depends on it)', async () => {
    const values = validValues();
    const [a, b] = await Promise.all([
      renderContactEmail(contactSchema.parse(values)),
      renderContactEmail(contactSchema.parse(values)),
    ]);
    expect(a).toEqual(b);
  });
});
