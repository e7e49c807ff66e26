import { hashPassword, passwordPolicyErrors, verifyPassword } from './password.util';

describe('password.util', () => {
  it('hashes with argon2id at m=19 MiB, t=2, p=1 and verifies', async () => {
    const hash = await hashPassword('Ein-langes-Passwort-2014');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    await expect(verifyPassword(hash, 'Ein-langes-Passwort-2014')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'ein-langes-passwort-2014')).resolves.toBe(false);
  });

  it('returns false for a malformed hash instead of throwing', async () => {
    await expect(verifyPassword('not-a-hash', 'whatever')).resolves.toBe(false);
  });

  it.each(['password1234', 'Passwort1234', '123456789012', 'aaaaaaaaaaaaaa', 'abababababab'])('refuses %s', (pw) => {
    expect(passwordPolicyErrors(pw)).toHaveLength(1);
  });

  it('refuses a password containing the e-mail name', () => {
    expect(passwordPolicyErrors('maruschka-2014!', 'maruschka@kreis-offenbach.de')[0].message).toMatch(/e-mail/);
  });

  it('accepts a reasonable password', () => {
    expect(passwordPolicyErrors('Rettungsdienst-22.05.2014', 'a@b.de')).toEqual([]);
  });
});
