import { describe, expect, test } from 'vitest';
import raw from '../../content/settings.json';
import { isPlaceholder, parseSettings } from '../../src/lib/settings-schema';
import { ownerSettings } from '../support/owner-settings';

// The rules are tested on a fixture (realistic owner values); the real file is only checked to be valid,
// so filling in a placeholder, or changing a name, never turns this red.
const valid = structuredClone(ownerSettings);

describe('owner settings', () => {
  test('the settings file in content/ is valid', () => {
    expect(() => parseSettings(raw)).not.toThrow();
  });

  test('a fully filled-in file is valid and read as written', () => {
    expect(parseSettings(valid)).toEqual(ownerSettings);
  });

  test('placeholders are recognised so the site can mark them', () => {
    expect(isPlaceholder('PLACEHOLDER: practice phone number')).toBe(true);
    expect(isPlaceholder('(555) 010-0100')).toBe(false);
  });

  test('a placeholder is accepted where a real value is checked', () => {
    const s = parseSettings({ ...valid, phone: 'PLACEHOLDER: phone', email: 'PLACEHOLDER: email' });
    expect(s.phone).toBe('PLACEHOLDER: phone');
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
    expect(() => parseSettings({ ...valid, prescriber: { ...valid.prescriber, url: 'http://example.com' } })).toThrow(
      /prescriber\.url/,
    );
  });

  test('a licence state must be a real name, since the site lists the states served', () => {
    const licences = [{ ...valid.licences[0], state: 'PLACEHOLDER: state' }];
    expect(() => parseSettings({ ...valid, licences })).toThrow(/licences\.0\.state: Write the name of the state/);
  });
});
