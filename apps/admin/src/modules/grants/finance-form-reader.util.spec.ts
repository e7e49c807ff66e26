import { financeFormReader } from './finance-form-reader.util';

const messages = {
  amount: 'Bitte einen Betrag eingeben, z. B. 1.234,56',
  date: 'Bitte ein Datum eingeben, z. B. 22.05.2014',
};

function readerOf(entries: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return financeFormReader(data, messages);
}

describe('financeFormReader: amounts', () => {
  it.each([
    ['1.234,56', 123456],
    ['48316', 4831600],
    ['12,5', 1250],
    [' 0,01 ', 1],
    ['1.234,56 €', 123456],
  ])('reads %j as %i cents', (text, cents) => {
    const reader = readerOf({ amountCents: text });
    expect(reader.amount('amountCents')).toBe(cents);
    expect(reader.hasErrors()).toBe(false);
  });

  it.each(['72,55,', '1,234', '12.34', 'zwölf', '-5', '1,234,56'])('names the field for %j', (text) => {
    const reader = readerOf({ amountCents: text });
    expect(reader.amount('amountCents')).toBeUndefined();
    expect(reader.errors).toEqual({ amountCents: messages.amount });
    expect(reader.hasErrors()).toBe(true);
  });

  it('refuses zero unless the field allows it (plan figures)', () => {
    const reader = readerOf({ amountCents: '0', plannedCents: '0,00' });
    expect(reader.amount('amountCents')).toBeUndefined();
    expect(reader.amount('plannedCents', { allowZero: true })).toBe(0);
    expect(reader.errors).toEqual({ amountCents: messages.amount });
  });

  it('leaves an empty optional field out, but names an empty required one', () => {
    const reader = readerOf({ ownFundsCents: '  ', amountCents: '' });
    expect(reader.amount('ownFundsCents', { optional: true })).toBeUndefined();
    expect(reader.amount('amountCents')).toBeUndefined();
    expect(reader.errors).toEqual({ amountCents: messages.amount });
  });

  it('still checks an optional field that holds text', () => {
    const reader = readerOf({ ownFundsCents: 'abc' });
    expect(reader.amount('ownFundsCents', { optional: true })).toBeUndefined();
    expect(reader.errors).toEqual({ ownFundsCents: messages.amount });
  });
});

describe('financeFormReader: dates', () => {
  it('reads a German date as ISO', () => {
    const reader = readerOf({ paidOn: '22.05.2014' });
    expect(reader.date('paidOn')).toBe('2014-05-22');
    expect(reader.hasErrors()).toBe(false);
  });

  it.each(['31.02.2014', '22.05.', '2014-02-30', ''])('names the field for %j', (text) => {
    const reader = readerOf({ paidOn: text });
    expect(reader.date('paidOn')).toBeUndefined();
    expect(reader.errors).toEqual({ paidOn: messages.date });
  });

  it('leaves an empty optional date out', () => {
    const reader = readerOf({ submittedOn: '' });
    expect(reader.date('submittedOn', { optional: true })).toBeUndefined();
    expect(reader.hasErrors()).toBe(false);
  });
});

describe('financeFormReader: the whole form', () => {
  it('collects one error per bad field, under the API field names', () => {
    const reader = readerOf({
      payee: '  Druckerei Müller ',
      amountCents: '72,55,',
      paidOn: '31.02.2014',
      receiptDate: '01.03.2014',
    });
    expect(reader.text('payee')).toBe('Druckerei Müller');
    reader.amount('amountCents');
    reader.date('paidOn');
    expect(reader.date('receiptDate')).toBe('2014-03-01');
    expect(reader.errors).toEqual({ amountCents: messages.amount, paidOn: messages.date });
  });
});
