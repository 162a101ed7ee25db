import { describe, expect, test } from 'vitest';
import { inWords, stateValue, statesServed } from '../../src/lib/states';

describe('the states served come from the licences', () => {
  test('each state once, in the order listed, leaving out a placeholder', () => {
    const licences = [
      { state: 'Oregon' },
      { state: 'Washington' },
      { state: 'Oregon' },
      { state: 'PLACEHOLDER: a third' },
    ];
    expect(statesServed(licences)).toEqual(['Oregon', 'Washington']);
  });

  test('are named in plain words for a title', () => {
    expect(inWords(['Oregon'])).toBe('Oregon');
    expect(inWords(['California', 'Nevada'])).toBe('California and Nevada');
    expect(inWords(['New York', 'New Jersey', 'Vermont'])).toBe('New York, New Jersey and Vermont');
  });

  test('have a stable form value', () => {
    expect(stateValue('New Mexico')).toBe('new-mexico');
    expect(stateValue('California')).toBe('california');
  });
});
