import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, test } from 'vitest';
import BookingLink from '../../src/components/BookingLink';
import Confirmation from '../../src/components/contact/Confirmation';
import type { PracticeDetails } from '../../src/lib/contact/practice';

const booking = { url: 'https://scheduler.example/book', label: 'Book a free first call', host: 'scheduler.example' };
const shown = (text: string) => ({ text, placeholder: false });
const practice: PracticeDetails = {
  phone: shown('(555) 010-0100'),
  email: shown('a@b.example'),
  responseTime: shown('within two days'),
};

describe('the booking link', () => {
  test('is a plain link with a line saying the scheduler is a separate service', () => {
    const html = renderToStaticMarkup(createElement(BookingLink, { booking, lead: 'Ready?' }));
    expect(html).toContain('<a class="booking-link" href="https://scheduler.example/book">Book a free first call</a>');
    expect(html).toMatch(/scheduler\.example.*separate scheduling service with its own privacy terms/);
    expect(html).not.toMatch(/<(script|iframe|img|link)\b/);
  });

  test('renders nothing at all when no booking link is set', () => {
    expect(renderToStaticMarkup(createElement(BookingLink, { booking: undefined, lead: 'Ready?' }))).toBe('');
  });

  test('shows on the confirmation when set, and not when unset', () => {
    const withLink = renderToStaticMarkup(
      createElement(Confirmation, { practice: { ...practice, booking }, selfHarm: false }),
    );
    expect(withLink).toContain('href="https://scheduler.example/book"');
    const without = renderToStaticMarkup(createElement(Confirmation, { practice, selfHarm: false }));
    expect(without).not.toContain('booking');
  });
});
