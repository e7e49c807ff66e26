import { describe, expect, it } from '@jest/globals';
import { parseTrustProxy } from './trust-proxy.mjs';

describe('parseTrustProxy', () => {
  it.each([undefined, '', '  ', 'false', '0'])('trusts no peer for %j', (setting) => {
    const trust = parseTrustProxy(setting);
    expect(trust('127.0.0.1', 0)).toBe(false);
    expect(trust('10.0.0.5', 0)).toBe(false);
  });

  it('refuses `true` (it would believe any client)', () => {
    expect(() => parseTrustProxy('true')).toThrow(/ADMIN_TRUST_PROXY=true/);
  });

  it('trusts exactly the given number of hops', () => {
    const trust = parseTrustProxy('2');
    expect(trust('203.0.113.9', 0)).toBe(true);
    expect(trust('203.0.113.9', 1)).toBe(true);
    expect(trust('203.0.113.9', 2)).toBe(false);
  });

  it('trusts peers in the named subnets and addresses only', () => {
    const trust = parseTrustProxy(' 10.0.0.0/8, 192.168.1.10 ');
    expect(trust('10.20.30.40', 0)).toBe(true);
    expect(trust('192.168.1.10', 0)).toBe(true);
    expect(trust('192.168.1.11', 0)).toBe(false);
    expect(trust('11.0.0.1', 0)).toBe(false);
  });

  it('knows the named ranges', () => {
    const trust = parseTrustProxy('loopback');
    expect(trust('127.0.0.1', 0)).toBe(true);
    expect(trust('::1', 0)).toBe(true);
    expect(trust('10.0.0.1', 0)).toBe(false);
  });

  it.each(['proxy.example', '10.0.0.0/33', '1.2.3'])('names the setting when %j is no address', (setting) => {
    expect(() => parseTrustProxy(setting)).toThrow(
      /^ADMIN_TRUST_PROXY: .*expected false, a hop count, or addresses\/subnets/,
    );
  });
});
