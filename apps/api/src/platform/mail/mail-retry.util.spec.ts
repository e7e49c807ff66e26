import { describeDeliveryError, isPermanentDeliveryError, retryDelayMs } from './mail-retry.util';

describe('mail retry rules', () => {
  it('doubles the wait from 10 s, capped at 1 h, with at most ±10 % jitter', () => {
    const exact = (attempts: number) => retryDelayMs(attempts, () => 0.5);
    expect([1, 2, 3, 4].map(exact)).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(exact(12)).toBe(3_600_000);
    expect(retryDelayMs(1, () => 0)).toBe(9_000);
    expect(retryDelayMs(1, () => 1)).toBe(11_000);
  });

  it('treats only a refused recipient as permanent', () => {
    expect(isPermanentDeliveryError({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' })).toBe(true);
    expect(isPermanentDeliveryError({ code: 'EENVELOPE', responseCode: 451, command: 'RCPT TO' })).toBe(false);
    expect(isPermanentDeliveryError({ code: 'EMESSAGE', responseCode: 554, command: 'DATA' })).toBe(false);
    expect(isPermanentDeliveryError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET' }))).toBe(false);
    expect(isPermanentDeliveryError(null)).toBe(false);
  });

  it('describes an error without e-mail addresses', () => {
    const error = Object.assign(
      new Error("Can't send mail - all recipients were rejected: 550 <amina.haddad@example.org>: Mailbox unavailable"),
      { code: 'EENVELOPE', responseCode: 550 },
    );
    const text = describeDeliveryError(error);
    expect(text).toBe(
      "EENVELOPE 550: Can't send mail - all recipients were rejected: 550 <<address>>: Mailbox unavailable",
    );
    expect(describeDeliveryError('x'.repeat(5000)).length).toBeLessThanOrEqual(1001);
  });
});
