import { createOfferSchema, offerListRowSchema, publicOfferQuerySchema, updateOfferSchema } from './offer.schema';

describe('offer schemas', () => {
  it('fills a questionnaire row’s defaults: running, no contact shown, nothing else', () => {
    expect(offerListRowSchema.parse({ title: ' Sprachcafé ' })).toEqual({
      title: 'Sprachcafé',
      description: '',
      targetGroups: [],
      municipalityId: null,
      actionFieldId: null,
      languages: [],
      contactName: '',
      contactEmail: '',
      contactPhone: '',
      contactPublic: false,
      status: 'running',
    });
    expect(offerListRowSchema.safeParse({ title: '' }).success).toBe(false);
    expect(offerListRowSchema.safeParse({ title: 'x', contactEmail: 'no-mail' }).success).toBe(false);
    expect(offerListRowSchema.safeParse({ title: 'x', targetGroups: ['women', 'women'] }).success).toBe(false);
  });

  it('needs a German title; other languages optional', () => {
    expect(createOfferSchema.safeParse({ title: { en: 'Café' } }).success).toBe(false);
    expect(createOfferSchema.safeParse({ title: { de: 'Café', ar: 'مقهى' } }).success).toBe(true);
  });

  it('sets publish-only statuses through their own routes, not PATCH', () => {
    expect(updateOfferSchema.safeParse({ reviewStatus: 'reviewed' }).success).toBe(true);
    expect(updateOfferSchema.safeParse({ reviewStatus: 'published' }).success).toBe(false);
    expect(updateOfferSchema.safeParse({ reviewStatus: 'merged' }).success).toBe(false);
  });

  it('answers the directory in German unless a public language is asked for', () => {
    expect(publicOfferQuerySchema.parse({}).lang).toBe('de');
    expect(publicOfferQuerySchema.parse({ lang: 'ar', municipalityId: '3' })).toEqual({
      lang: 'ar',
      municipalityId: 3,
    });
    expect(publicOfferQuerySchema.safeParse({ lang: 'fr' }).success).toBe(false);
  });
});
