import { describe, expect, test } from 'vitest';
import { clientAddress, rateLimitKey } from '../../src/server/client-address';

describe('the address a submission is counted against', () => {
  test('with no proxy trusted, the connection counts and X-Forwarded-For (which anyone can write) is ignored', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1, 198.51.100.2', 0)).toBe('203.0.113.7');
  });

  test('behind one proxy, the address that proxy appended counts, whatever the client wrote before it', () => {
    expect(clientAddress('10.0.0.1', '203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.1', 'forged-victim, 203.0.113.7', 1)).toBe('203.0.113.7');
  });

  test('behind two proxies, the second value from the right counts', () => {
    expect(clientAddress('10.0.0.1', 'forged, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
  });

  test('with fewer forwarded values than trusted proxies, the leftmost one there is counts', () => {
    expect(clientAddress('10.0.0.1', null, 1)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', '203.0.113.7', 3)).toBe('203.0.113.7');
  });
});

describe('the rate-limit key', () => {
  test('is an IPv4 address as it is, also when written as IPv4-mapped IPv6', () => {
    expect(rateLimitKey('203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  test('groups IPv6 addresses by their /64 network', () => {
    expect(rateLimitKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:db8:1:2:ffff:eeee:dddd:cccc')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:db8:1:3::1')).not.toBe(rateLimitKey('2001:db8:1:2::1'));
  });
});
