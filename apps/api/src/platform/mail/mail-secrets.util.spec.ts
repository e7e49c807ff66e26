import { splitSecrets } from './mail-secrets.util';

describe('splitSecrets', () => {
  it('takes the secret fields out of the stored payload and leaves null in their place', () => {
    const { clear, secrets } = splitSecrets(
      { firstName: 'Nour', manageUrl: 'https://wir.example/anmeldung/verwalten/tok', checkInCode: 'WIR-1-ab' },
      ['manageUrl'],
    );
    expect(clear).toEqual({ firstName: 'Nour', manageUrl: null, checkInCode: 'WIR-1-ab' });
    expect(secrets).toEqual({ manageUrl: 'https://wir.example/anmeldung/verwalten/tok' });
  });

  it('seals nothing when the secret fields are empty, and refuses a secret that is not text', () => {
    expect(splitSecrets({ manageUrl: null }, ['manageUrl'])).toEqual({ clear: { manageUrl: null }, secrets: null });
    expect(splitSecrets({ firstName: 'Nour' }, [])).toEqual({ clear: { firstName: 'Nour' }, secrets: null });
    expect(() => splitSecrets({ answerUrl: 42 }, ['answerUrl'])).toThrow(/must be a string/);
  });
});
