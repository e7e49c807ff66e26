import { clientNetwork } from './client-network.util';

describe('clientNetwork (the key a client is rate-limited by)', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(clientNetwork('203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv4-mapped IPv6 address as its IPv4 address', () => {
    expect(clientNetwork('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('::ffff:cb00:7107')).toBe('203.0.113.7');
    expect(clientNetwork('::FFFF:127.0.0.1')).toBe('127.0.0.1');
  });

  it('counts every address of one IPv6 /64 as one client, however it is written', () => {
    const key = clientNetwork('2001:db8:1:2::1');
    expect(key).toBe('2001:db8:1:2::/64');
    expect(clientNetwork('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe(key);
    expect(clientNetwork('2001:0DB8:0001:0002:0000:0000:0000:0042')).toBe(key);
    expect(clientNetwork('2001:db8:1:2:a:b:c:d%eth0')).toBe(key);
  });

  it('keeps different /64 networks apart', () => {
    expect(clientNetwork('2001:db8:1:3::1')).not.toBe(clientNetwork('2001:db8:1:2::1'));
    expect(clientNetwork('2001:db8::1')).toBe('2001:db8::/64');
    expect(clientNetwork('::1')).toBe('::/64');
  });

  it('gives a key for a missing or unparsable address instead of failing', () => {
    expect(clientNetwork(undefined)).toBe('unknown');
    expect(clientNetwork('')).toBe('unknown');
    expect(clientNetwork('not-an-ip')).toBe('raw:not-an-ip');
  });
});
