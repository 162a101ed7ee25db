import { describe, expect, test } from 'vitest';
import raw from '../../content/settings.json';
import { parseSettings } from '../../src/lib/settings-schema';
import { bookingLink } from '../../src/lib/booking';

const valid = structuredClone(raw);

describe('settings: booking link', () => {
  test('a real https address with words gives a link that names the scheduler', () => {
    const s = parseSettings({ ...valid, booking: { url: 'https://practice.janeapp.com/book', label: 'Book a call' } });
    expect(bookingLink(s)).toEqual({
      url: 'https://practice.janeapp.com/book',
      label: 'Book a call',
      host: 'practice.janeapp.com',
    });
  });

  test('empty, missing or still a placeholder: no link', () => {
    expect(bookingLink(parseSettings({ ...valid, booking: { url: '', label: '' } }))).toBeUndefined();
    const { booking: _none, ...withoutBooking } = valid;
    expect(bookingLink(parseSettings(withoutBooking))).toBeUndefined();
    expect(
      bookingLink(parseSettings({ ...valid, booking: { url: 'PLACEHOLDER: later', label: 'Book' } })),
    ).toBeUndefined();
  });

  test('an address that is not a web address, or a link with no words, is refused naming the field', () => {
    expect(() => parseSettings({ ...valid, booking: { url: 'calendly', label: 'Book' } })).toThrow(
      /booking\.url: Write the full https:\/\//,
    );
    expect(() => parseSettings({ ...valid, booking: { url: 'https://x.example', label: '' } })).toThrow(
      /booking\.label/,
    );
  });
});

describe('settings: reviewers', () => {
  test('a reviewer with a name needs credentials', () => {
    const reviewers = { clinical: { name: 'Cal Clinician', credentials: '' }, medical: { name: '', credentials: '' } };
    expect(() => parseSettings({ ...valid, reviewers })).toThrow(/reviewers\.clinical\.credentials/);
  });
});

describe('settings: photos', () => {
  const photos = (portrait: object, office: object[] = []) => ({ ...valid, photos: { portrait, office } });

  test('a photo with no alt text stops the build, naming the file and the field', () => {
    expect(() => parseSettings(photos({ file: 'me.jpg', alt: '' }))).toThrow(
      /content\/settings\.json[\s\S]*photos\.portrait\.alt: content\/photos\/me\.jpg needs alt text/,
    );
    expect(() => parseSettings(photos({ file: '', alt: '' }, [{ file: 'room.jpg', alt: '  ' }]))).toThrow(
      /photos\.office\.0\.alt: content\/photos\/room\.jpg needs alt text/,
    );
  });

  test('only an image file name in content/photos is accepted', () => {
    expect(() => parseSettings(photos({ file: '../secret.txt', alt: 'x' }))).toThrow(
      /photos\.portrait\.file: Write only the file name/,
    );
  });

  test('at most four office photos', () => {
    const office = Array.from({ length: 5 }, (_, i) => ({ file: `o${i}.jpg`, alt: 'The room' }));
    expect(() => parseSettings(photos({ file: '', alt: '' }, office))).toThrow(/photos\.office: Choose at most 4/);
  });

  test('no photo set is valid', () => {
    expect(parseSettings(photos({ file: '', alt: '' })).photos.portrait.file).toBe('');
  });
});
