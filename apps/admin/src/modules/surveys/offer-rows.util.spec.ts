import { offerRowsToSave } from './offer-rows.util';

describe('offerRowsToSave', () => {
  it('keeps rows with a title and drops empty fields', () => {
    expect(
      offerRowsToSave([
        { title: 'Sprachcafé', description: '', targetGroups: ['all'], contactPublic: false },
        { title: '   ', description: 'noch ohne Titel' },
        { description: 'auch ohne' },
      ]),
    ).toEqual([{ title: 'Sprachcafé', targetGroups: ['all'], contactPublic: false }]);
  });

  it('leaves out an e-mail address until it is one', () => {
    expect(offerRowsToSave([{ title: 'MiMi', contactEmail: 'mimi@' }])).toEqual([{ title: 'MiMi' }]);
    expect(offerRowsToSave([{ title: 'MiMi', contactEmail: 'mimi@kreis-of.example' }])).toEqual([
      { title: 'MiMi', contactEmail: 'mimi@kreis-of.example' },
    ]);
  });
});
