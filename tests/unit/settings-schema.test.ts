import { describe, expect, test } from 'vitest';
import raw from '../../content/settings.json';
import { isPlaceholder, parseSettings } from '../../src/lib/settings-schema';

const valid = structuredClone(raw);

describe('owner settings', () => {
  test('the shipped settings file is valid', () => {
    expect(parseSettings(raw).therapist.name).toBe('Catherine Alvarado');
  });

  test('placeholders are recognised so the site can mark them', () => {
    expect(isPlaceholder(raw.phone)).toBe(true);
    expect(isPlaceholder('(555) 010-0100')).toBe(false);
  });

  test('a real phone number and email are accepted', () => {
    const s = parseSettings({ ...valid, phone: '(555) 010-0100', email: 'hello@example.com' });
    expect(s.phone).toBe('(555) 010-0100');
  });

  test('a malformed phone number fails with a message naming the file and field', () => {
    expect(() => parseSettings({ ...valid, phone: 'call me' })).toThrow(
      /content\/settings\.json[\s\S]*phone: Write a US phone number/,
    );
  });

  test('a malformed email fails naming the field', () => {
    expect(() => parseSettings({ ...valid, email: 'not-an-email' })).toThrow(/email: Write an email address/);
  });

  test('a missing nested setting names its full path', () => {
    const { name: _removed, ...therapist } = valid.therapist;
    expect(() => parseSettings({ ...valid, therapist })).toThrow(/therapist\.name/);
  });

  test('an empty value is refused with a hint to use a placeholder', () => {
    expect(() => parseSettings({ ...valid, hours: '  ' })).toThrow(/hours: This setting is empty/);
  });

  test('an unknown key is refused, so a typo does not pass silently', () => {
    expect(() => parseSettings({ ...valid, phnoe: '1' })).toThrow(/phnoe|Unrecognized key/);
  });

  test('the prescriber link must be https', () => {
    expect(() => parseSettings({ ...valid, prescriber: { ...valid.prescriber, url: 'http://example.com' } })).toThrow(/prescriber\.url/);
  });
});
