import { entryOptions, placesOf } from './entry-options.util';

const dreieich = { id: 3, name: 'Dreieich' };
const langen = { id: 12, name: 'Langen' };

describe('entryOptions', () => {
  it('gives ids as values and names as labels', () => {
    expect(entryOptions([dreieich, langen])).toEqual([
      { value: '3', label: 'Dreieich' },
      { value: '12', label: 'Langen' },
    ]);
  });

  it('puts the first option without a value before the entries', () => {
    expect(entryOptions([langen], 'Alle')).toEqual([
      { value: '', label: 'Alle' },
      { value: '12', label: 'Langen' },
    ]);
  });

  it('offers only the first option while the entries load', () => {
    expect(entryOptions(undefined, 'Keine')).toEqual([{ value: '', label: 'Keine' }]);
  });
});

describe('placesOf', () => {
  it('leaves out the district-wide entry', () => {
    const kreis = { id: 1, name: 'Kreis Offenbach', districtWide: true };
    const place = { ...langen, districtWide: false };
    expect(placesOf([kreis, place])).toEqual([place]);
    expect(placesOf(undefined)).toBeUndefined();
  });
});
