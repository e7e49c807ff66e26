import { germanIntegerOf, optionalIdOf, optionalTextOf, textOf } from './form-data.util';

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

describe('textOf', () => {
  it('trims the text', () =>
    expect(textOf(form({ title: '  Fachtag Integration \n' }), 'title')).toBe('Fachtag Integration'));
  it('is empty for a field the form does not have', () => expect(textOf(form({}), 'title')).toBe(''));
  it('is empty for a file field', () => {
    const data = new FormData();
    data.append('scan', new Blob(['%PDF']), 'beleg.pdf');
    expect(textOf(data, 'scan')).toBe('');
  });
});

describe('optionalTextOf', () => {
  it('is null for an empty or blank field', () => {
    expect(optionalTextOf(form({ note: '' }), 'note')).toBeNull();
    expect(optionalTextOf(form({ note: '   ' }), 'note')).toBeNull();
    expect(optionalTextOf(form({}), 'note')).toBeNull();
  });
  it('is the trimmed text otherwise', () => expect(optionalTextOf(form({ note: ' Raum 2 ' }), 'note')).toBe('Raum 2'));
});

describe('optionalIdOf', () => {
  it('is null for the empty choice of a select', () =>
    expect(optionalIdOf(form({ municipalityId: '' }), 'municipalityId')).toBeNull());
  it('is null when the field is missing', () => expect(optionalIdOf(form({}), 'municipalityId')).toBeNull());
  it('is the number of the chosen id', () =>
    expect(optionalIdOf(form({ municipalityId: '13' }), 'municipalityId')).toBe(13));
});

describe('germanIntegerOf', () => {
  it('reads whole numbers with or without thousands dots', () => {
    expect(germanIntegerOf(form({ capacity: '1.200' }), 'capacity')).toBe(1200);
    expect(germanIntegerOf(form({ capacity: ' 1200 ' }), 'capacity')).toBe(1200);
    expect(germanIntegerOf(form({ capacity: '25' }), 'capacity')).toBe(25);
  });

  it('gives NaN for empty, decimal or misgrouped text', () => {
    expect(germanIntegerOf(form({ capacity: '' }), 'capacity')).toBeNaN();
    expect(germanIntegerOf(form({ capacity: '12,5' }), 'capacity')).toBeNaN();
    expect(germanIntegerOf(form({ capacity: '1.20' }), 'capacity')).toBeNaN();
    expect(germanIntegerOf(form({ capacity: 'zwölf' }), 'capacity')).toBeNaN();
  });
});
