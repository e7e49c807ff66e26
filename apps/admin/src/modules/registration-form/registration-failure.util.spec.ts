import { ApiError } from '@/lib/api-error';
import { registrationFailureOf, type RegistrationFailureTexts } from './registration-failure.util';

const text: RegistrationFailureTexts = {
  duplicateEmail: 'schon angemeldet',
  closed: 'geschlossen',
  inProgress: 'läuft noch',
  unexpected: 'unerwartet',
  network: 'keine Verbindung',
  tooMany: (seconds) => `zu viele, ${seconds} s`,
  server: 'Serverfehler',
  forbidden: 'nicht erlaubt',
  workshopsRefused: 'Workshops abgelehnt',
  answerRefused: (key) => `Antwort ${key} abgelehnt`,
  emailInvalid: 'E-Mail ungültig',
  required: (key) => `${key} fehlt`,
  check: (message) => `prüfen: ${message}`,
  otherConflict: () => 'anderer Konflikt',
};
const problem = (status: number, extra: Record<string, unknown> = {}) =>
  new ApiError({ type: 'about:blank', title: 't', status, ...extra });

describe('registrationFailureOf', () => {
  it('marks the e-mail and offers the link again when the address is registered already', () => {
    expect(registrationFailureOf(problem(409, { code: 'already_registered' }), [], text)).toEqual({
      fields: { email: 'schon angemeldet' },
      general: [],
      duplicate: true,
      closed: false,
    });
  });

  it('tells a closed registration, one still in progress and any other conflict in general messages', () => {
    expect(registrationFailureOf(problem(409, { code: 'registration_closed' }), [], text)).toMatchObject({
      general: ['geschlossen'],
      closed: true,
      duplicate: false,
    });
    expect(registrationFailureOf(problem(409, { code: 'idempotency_in_progress' }), [], text).general).toEqual([
      'läuft noch',
    ]);
    expect(registrationFailureOf(problem(409, { code: 'workshop_full' }), [], text).general).toEqual([
      'anderer Konflikt',
    ]);
  });

  it('tells network trouble, rate limits with the wait, server errors and refusals apart', () => {
    expect(registrationFailureOf(new Error('boom'), [], text).general).toEqual(['unerwartet']);
    expect(registrationFailureOf(problem(0), [], text).general).toEqual(['keine Verbindung']);
    expect(registrationFailureOf(new ApiError({ type: 'x', title: 't', status: 429 }, 42), [], text).general).toEqual([
      'zu viele, 42 s',
    ]);
    expect(registrationFailureOf(problem(429), [], text).general).toEqual(['zu viele, 60 s']);
    expect(registrationFailureOf(problem(503), [], text).general).toEqual(['Serverfehler']);
    expect(registrationFailureOf(problem(403), [], text).general).toEqual(['nicht erlaubt']);
  });

  it('puts each refused field of a 400 at its field, the first message per field, and unknown paths in the general list', () => {
    const failure = registrationFailureOf(
      problem(400, {
        errors: [
          { path: 'email', message: 'invalid' },
          { path: 'lastName', message: 'too short' },
          { path: 'workshopIds.0', message: 'clash' },
          { path: 'answers.rolle', message: 'required' },
          { path: 'interpretingLanguage', message: 'too long' },
          { path: 'interpretingLanguage', message: 'second' },
          { path: 'somethingElse', message: 'odd' },
        ],
      }),
      ['rolle'],
      text,
    );
    expect(failure.fields).toEqual({
      email: 'E-Mail ungültig',
      lastName: 'lastName fehlt',
      workshopIds: 'Workshops abgelehnt',
      'answers.rolle': 'Antwort rolle abgelehnt',
      interpretingLanguage: 'prüfen: too long',
    });
    expect(failure.general).toEqual(['somethingElse: odd']);
  });

  it('never leaves the participant without a message', () => {
    expect(registrationFailureOf(problem(400), [], text)).toEqual({
      fields: {},
      general: ['unerwartet'],
      duplicate: false,
      closed: false,
    });
  });
});
