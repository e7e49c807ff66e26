import { describe, expect, it } from '@jest/globals';
import { applyForwardedHeaders } from './forwarded-headers.mjs';
import { parseTrustProxy } from './trust-proxy.mjs';

/** The parts of an incoming request that the helper reads and rewrites. */
function request(remoteAddress, headers, { encrypted = false } = {}) {
  return { socket: { remoteAddress, encrypted }, headers: { host: 'admin.local:4200', ...headers } };
}

const spoofed = {
  'x-forwarded-for': '198.51.100.66',
  'x-forwarded-proto': 'https',
  'x-forwarded-host': 'evil.example',
  forwarded: 'for=198.51.100.66',
  'x-real-ip': '198.51.100.66',
};

describe('applyForwardedHeaders without a trusted proxy', () => {
  it("replaces whatever the client wrote with the connection's own values", () => {
    const req = request('203.0.113.9', spoofed);
    applyForwardedHeaders(req, parseTrustProxy(undefined));
    expect(req.headers).toEqual({
      host: 'admin.local:4200',
      'x-forwarded-for': '203.0.113.9',
      'x-forwarded-proto': 'http',
      'x-forwarded-host': 'admin.local:4200',
    });
  });

  it('says https for a TLS connection', () => {
    const req = request('203.0.113.9', {}, { encrypted: true });
    applyForwardedHeaders(req, parseTrustProxy('false'));
    expect(req.headers['x-forwarded-proto']).toBe('https');
  });

  it('drops a forwarded host when the request has no Host either', () => {
    const req = { socket: { remoteAddress: '203.0.113.9' }, headers: { 'x-forwarded-host': 'evil.example' } };
    applyForwardedHeaders(req, parseTrustProxy(''));
    expect(req.headers).not.toHaveProperty('x-forwarded-host');
  });

  it('sends no client address when the connection has none', () => {
    const req = { socket: {}, headers: { 'x-forwarded-for': '198.51.100.66' } };
    applyForwardedHeaders(req, parseTrustProxy(''));
    expect(req.headers).not.toHaveProperty('x-forwarded-for');
  });
});

describe('applyForwardedHeaders behind a trusted reverse proxy', () => {
  it("takes the client from the proxy's entry and ignores what the client put in front of it", () => {
    const req = request('10.0.0.5', {
      ...spoofed,
      'x-forwarded-for': '198.51.100.66, 192.0.2.44',
      'x-forwarded-host': 'wir.example, other.example',
    });
    applyForwardedHeaders(req, parseTrustProxy('10.0.0.5'));
    expect(req.headers).toEqual({
      host: 'admin.local:4200',
      'x-forwarded-for': '192.0.2.44',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'wir.example',
    });
  });

  it('walks as many hops as the count allows', () => {
    const req = request('10.0.0.5', { 'x-forwarded-for': '198.51.100.66, 192.0.2.44, 10.0.0.4' });
    applyForwardedHeaders(req, parseTrustProxy('2'));
    expect(req.headers['x-forwarded-for']).toBe('192.0.2.44');
  });

  it('takes the scheme in any case, but only http or https', () => {
    const upper = request('10.0.0.5', { 'x-forwarded-proto': 'HTTPS' });
    applyForwardedHeaders(upper, parseTrustProxy('1'));
    expect(upper.headers['x-forwarded-proto']).toBe('https');

    const odd = request('10.0.0.5', { 'x-forwarded-proto': 'javascript' });
    applyForwardedHeaders(odd, parseTrustProxy('1'));
    expect(odd.headers['x-forwarded-proto']).toBe('http');
  });

  it('does not believe a peer outside the trusted subnet', () => {
    const req = request('192.0.2.200', spoofed);
    applyForwardedHeaders(req, parseTrustProxy('10.0.0.0/8'));
    expect(req.headers['x-forwarded-for']).toBe('192.0.2.200');
    expect(req.headers['x-forwarded-proto']).toBe('http');
    expect(req.headers['x-forwarded-host']).toBe('admin.local:4200');
  });
});
