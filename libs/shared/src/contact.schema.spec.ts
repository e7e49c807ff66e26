import { contactQuerySchema, createContactSchema, updateContactSchema } from './contact.schema';

describe('contact schemas', () => {
  it('needs the consent date when the legal basis is consent, and none under public office', () => {
    expect(
      createContactSchema.safeParse({ name: 'A', legalBasis: 'consent' }).error?.issues.map((i) => i.path.join('.')),
    ).toEqual(['consentGivenOn']);
    expect(
      createContactSchema.safeParse({ name: 'A', legalBasis: 'consent', consentGivenOn: '2014-05-22' }).success,
    ).toBe(true);
    expect(createContactSchema.safeParse({ name: 'A', legalBasis: 'public_office' }).success).toBe(true);
  });

  it('lower-cases e-mail and language codes, refuses unknown languages and tags twice', () => {
    const parsed = createContactSchema.parse({
      name: 'A',
      legalBasis: 'public_office',
      email: 'A.B@Example.ORG',
      languages: ['DE', 'tr'],
    });
    expect(parsed).toMatchObject({ email: 'a.b@example.org', languages: ['de', 'tr'] });
    expect(
      createContactSchema.safeParse({ name: 'A', legalBasis: 'public_office', languages: ['deutsch'] }).success,
    ).toBe(false);
    expect(
      createContactSchema.safeParse({ name: 'A', legalBasis: 'public_office', tags: ['Verein', 'verein'] }).success,
    ).toBe(false);
    expect(
      createContactSchema.safeParse({ name: 'A', legalBasis: 'public_office', preferredLanguage: 'fr' }).success,
    ).toBe(false);
  });

  it('takes a change of any field but not an empty one', () => {
    expect(updateContactSchema.safeParse({}).success).toBe(false);
    expect(updateContactSchema.safeParse({ notes: 'x' }).success).toBe(true);
  });

  it('reads the list query from the address: the review flag as a boolean, name order and 50 a page by default', () => {
    expect(contactQuerySchema.parse({ reviewDue: 'true', page: '2' })).toEqual({
      reviewDue: true,
      sort: 'name',
      page: 2,
      pageSize: 50,
    });
    expect(contactQuerySchema.safeParse({ reviewDue: 'yes' }).success).toBe(false);
    expect(contactQuerySchema.safeParse({ sort: 'email' }).success).toBe(false);
  });
});
