import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import ContactDetails from '../../src/components/ContactDetails.astro';
import { ownerSettings } from '../support/owner-settings';

// The footer and the contact page show these, from the settings; rendered here on fixtures.
const render = async (settings: Pick<typeof ownerSettings, 'phone' | 'email' | 'address' | 'hours'>) =>
  (await AstroContainer.create()).renderToString(ContactDetails, { props: { settings } });

describe('the practice contact details', () => {
  test('real values are shown, the phone and email as tel: and mailto: links', async () => {
    const html = await render(ownerSettings);
    expect(html).toMatch(/<a href="tel:5035550142"[^>]*>\(503\) 555-0142<\/a>/);
    expect(html).toMatch(/<a href="mailto:hello@harborlight\.example"[^>]*>hello@harborlight\.example<\/a>/);
    expect(html).toContain(ownerSettings.address);
    expect(html).toContain(ownerSettings.hours);
  });

  test('a placeholder is marked "to be added" and is never a link', async () => {
    const html = await render({
      ...ownerSettings,
      phone: 'PLACEHOLDER: practice phone number',
      email: 'PLACEHOLDER: practice email address',
    });
    expect(html).toMatch(/<mark class="placeholder"[^>]*>\[to be added: practice phone number\]<\/mark>/);
    expect(html).toMatch(/<mark class="placeholder"[^>]*>\[to be added: practice email address\]<\/mark>/);
    expect(html).not.toMatch(/href="(tel|mailto):/);
  });
});
