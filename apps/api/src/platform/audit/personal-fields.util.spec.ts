import { blankPersonalFields } from './personal-fields.util';

describe('blanking personal fields in audit entries', () => {
  const fields = { payee: true, purpose: true, answers: true, file: { name: true } } as const;

  it('blanks the named fields and keeps the rest, amounts and signers included', () => {
    const entry = {
      id: 7,
      grantId: 3,
      payee: 'Ayşe Demir',
      purpose: 'Honorar',
      amountCents: 80_000,
      factualBy: { id: 2, name: 'Kämmerei' },
      file: { name: 'Demir.pdf', type: 'application/pdf', size: 12 },
      answers: { diet: 'vegan' },
    };
    expect(blankPersonalFields(entry, fields)).toEqual({
      id: 7,
      grantId: 3,
      payee: '',
      purpose: '',
      amountCents: 80_000,
      factualBy: { id: 2, name: 'Kämmerei' },
      file: { name: '', type: 'application/pdf', size: 12 },
      answers: null,
    });
  });

  it('leaves absent and empty fields, scalars and null alone, and walks lists', () => {
    expect(blankPersonalFields({ amountCents: 5, file: null }, fields)).toEqual({ amountCents: 5, file: null });
    expect(blankPersonalFields(null, fields)).toBeNull();
    expect(blankPersonalFields('text', fields)).toBe('text');
    expect(blankPersonalFields([{ payee: 'a' }, { payee: 'b', amountCents: 1 }], fields)).toEqual([
      { payee: '' },
      { payee: '', amountCents: 1 },
    ]);
  });
});
