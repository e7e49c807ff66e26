import { REGISTRATION_ACTIONS, registrationPageSchema, registrationSchema } from './registration.schema';

const registration = {
  id: 7,
  eventId: 3,
  status: 'waitlisted',
  firstName: 'Ayşe',
  lastName: 'Yılmaz',
  email: 'ayse@example.org',
  organisationName: 'Integrationsstelle Rodgau',
  organisationType: 'municipal_integration_office',
  municipalityId: null,
  language: 'de',
  accessibilityNeeds: '',
  interpretingLanguage: 'Türkisch',
  answers: { diet: 'vegetarisch', parking: true },
  consentParticipantList: false,
  workshops: [{ workshopId: 11, status: 'waitlisted' }],
  source: 'public',
  createdAt: '2014-05-02T08:00:00.000Z',
  cancelledAt: null,
  checkedInAt: null,
  anonymisedAt: null,
  allowedActions: ['cancel', 'move_workshops', 'promote'],
};

describe('registrationSchema (staff view)', () => {
  it('carries what the caller may do with the registration, as the API decides it', () => {
    expect(registrationSchema.parse(registration).allowedActions).toEqual(['cancel', 'move_workshops', 'promote']);
    expect(registrationSchema.parse({ ...registration, allowedActions: [] }).allowedActions).toEqual([]);
    expect(REGISTRATION_ACTIONS).toEqual(['cancel', 'move_workshops', 'promote', 'erase']);
  });

  it('refuses a view without allowedActions or with an action the API does not know', () => {
    const { allowedActions: _omitted, ...without } = registration;
    expect(registrationSchema.safeParse(without).success).toBe(false);
    expect(registrationSchema.safeParse({ ...registration, allowedActions: ['check_in'] }).success).toBe(false);
  });

  it('holds the same rows in a page of the list', () => {
    const page = registrationPageSchema.parse({ items: [registration], total: 1, page: 1, pageSize: 25 });
    expect(page.items[0].allowedActions).toEqual(['cancel', 'move_workshops', 'promote']);
  });
});
