import { createRegistrationSchema, type Question } from '@wir/shared';
import {
  fieldId,
  fieldKeyOfPath,
  fieldOrder,
  readRegistrationForm,
  type FieldKey,
  type FormWorkshop,
  type RegistrationFormEvent,
} from './registration-form-values.util';

function workshop(id: number, startsAt: string, endsAt: string): FormWorkshop {
  return { id, title: { de: `Workshop ${id}` }, startsAt, endsAt, room: `Raum ${id}`, capacity: 20, seatsLeft: 5 };
}

const questions: Question[] = [
  { key: 'rolle', kind: 'text', label: { de: 'Ihre Rolle' }, required: true },
  {
    key: 'essen',
    kind: 'choice',
    label: { de: 'Essen' },
    required: false,
    options: [{ value: 'vegan', label: { de: 'Vegan' } }],
  },
  { key: 'parken', kind: 'yes_no', label: { de: 'Parkplatz?' }, required: false },
];

const event: RegistrationFormEvent = {
  languages: ['de', 'en'],
  questions,
  workshops: [
    workshop(1, '2014-05-13T09:00:00Z', '2014-05-13T10:30:00Z'),
    workshop(2, '2014-05-13T10:00:00Z', '2014-05-13T11:00:00Z'), // overlaps 1
    workshop(3, '2014-05-13T10:30:00Z', '2014-05-13T12:00:00Z'), // starts when 1 ends
  ],
};

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const complete: [string, string][] = [
  ['firstName', ' Ayşe '],
  ['lastName', 'Yılmaz'],
  ['email', 'ayse.yilmaz@dietzenbach.example'],
  ['organisationName', 'Stadt Dietzenbach'],
  ['organisationType', 'municipal_integration_office'],
  ['municipalityId', '4'],
  ['workshopIds', '1'],
  ['workshopIds', '3'],
  ['answers.rolle', ' Integrationsbeauftragte '],
  ['answers.essen', 'vegan'],
  ['answers.parken', 'yes'],
  ['consent.dataProcessing', 'on'],
];

describe('readRegistrationForm', () => {
  it('turns a complete form into a body the API schema accepts', () => {
    const { body, problems } = readRegistrationForm(form(complete), event, 'en');
    expect(problems).toEqual({});
    expect(body).toEqual({
      firstName: 'Ayşe',
      lastName: 'Yılmaz',
      email: 'ayse.yilmaz@dietzenbach.example',
      organisationName: 'Stadt Dietzenbach',
      organisationType: 'municipal_integration_office',
      municipalityId: 4,
      language: 'en',
      workshopIds: [1, 3],
      consent: { dataProcessing: true, participantList: false },
      answers: { rolle: 'Integrationsbeauftragte', essen: 'vegan', parken: true },
    });
    expect(createRegistrationSchema.safeParse(body).success).toBe(true);
  });

  it('reads yes/no answers as booleans and the participant list consent from its box', () => {
    const { body } = readRegistrationForm(
      form([
        ...complete.filter(([name]) => name !== 'answers.parken'),
        ['answers.parken', 'no'],
        ['consent.participantList', 'on'],
      ]),
      event,
      'de',
    );
    expect(body.answers?.parken).toBe(false);
    expect(body.consent.participantList).toBe(true);
  });

  it('leaves out empty optional fields and unanswered optional questions', () => {
    const only = complete.filter(([name]) => !['municipalityId', 'answers.essen', 'answers.parken'].includes(name));
    const { body } = readRegistrationForm(
      form([...only, ['accessibilityNeeds', '  '], ['interpretingLanguage', '']]),
      event,
      'de',
    );
    expect(body).not.toHaveProperty('municipalityId');
    expect(body).not.toHaveProperty('accessibilityNeeds');
    expect(body).not.toHaveProperty('interpretingLanguage');
    expect(body.answers).toEqual({ rolle: 'Integrationsbeauftragte' });
  });

  it('sends no answers at all for an event without questions', () => {
    const { body, problems } = readRegistrationForm(form(complete), { ...event, questions: [] }, 'de');
    expect(body).not.toHaveProperty('answers');
    expect(problems).toEqual({});
  });

  it('names every missing required field', () => {
    const { problems } = readRegistrationForm(form([]), event, 'de');
    expect(problems).toEqual({
      firstName: 'required',
      lastName: 'required',
      email: 'required',
      organisationType: 'required',
      'answers.rolle': 'requiredAnswer',
      'consent.dataProcessing': 'required',
    });
  });

  it.each(['ayse', 'ayse@dietzenbach', 'ayse @dietzenbach.example', '@dietzenbach.example'])(
    'flags %j as no e-mail address',
    (email) => {
      const { problems } = readRegistrationForm(
        form([...complete.filter(([name]) => name !== 'email'), ['email', email]]),
        event,
        'de',
      );
      expect(problems).toEqual({ email: 'email' });
    },
  );

  it('refuses an organisation type the API does not know', () => {
    const { problems } = readRegistrationForm(
      form([...complete.filter(([name]) => name !== 'organisationType'), ['organisationType', 'company']]),
      event,
      'de',
    );
    expect(problems).toEqual({ organisationType: 'required' });
  });

  it('flags two workshops at the same time, but not one that starts when the other ends', () => {
    const clash = readRegistrationForm(
      form([...complete.filter(([name]) => name !== 'workshopIds'), ['workshopIds', '1'], ['workshopIds', '2']]),
      event,
      'de',
    );
    expect(clash.problems).toEqual({ workshopIds: 'clash' });
    expect(readRegistrationForm(form(complete), event, 'de').problems).toEqual({});
  });

  it('drops workshop ids that are no numbers', () => {
    const { body } = readRegistrationForm(
      form([...complete, ['workshopIds', 'abc'], ['workshopIds', '2,5']]),
      event,
      'de',
    );
    expect(body.workshopIds).toEqual([1, 3]);
  });
});

describe('fieldKeyOfPath', () => {
  const keys = questions.map((q) => q.key);

  it.each([
    ['email', 'email'],
    ['workshopIds', 'workshopIds'],
    ['workshopIds.1', 'workshopIds'],
    ['consent', 'consent.dataProcessing'],
    ['consent.dataProcessing', 'consent.dataProcessing'],
    ['consent.participantList', 'consent.participantList'],
    ['answers.rolle', 'answers.rolle'],
    ['answers[rolle]', 'answers.rolle'],
  ])('puts the API error at %j on the field %j', (path, key) => expect(fieldKeyOfPath(path, keys)).toBe(key));

  it.each(['answers.unknown', 'answers', 'eventId', '', 'constructor'])('has no field for %j', (path) =>
    expect(fieldKeyOfPath(path, keys)).toBeNull(),
  );
});

describe('fieldId and fieldOrder', () => {
  it('gives ids usable as anchors', () => {
    expect(fieldId('consent.dataProcessing')).toBe('reg-consent-dataProcessing');
    expect(fieldId('answers.rolle')).toBe('reg-answers-rolle');
    expect(fieldId('email')).toBe('reg-email');
  });

  it('orders the error summary as the form shows its fields, answers before the consents', () => {
    const keys: FieldKey[] = ['consent.dataProcessing', 'answers.rolle', 'email', 'workshopIds', 'firstName'];
    expect([...keys].sort((a, b) => fieldOrder(a) - fieldOrder(b))).toEqual([
      'firstName',
      'email',
      'workshopIds',
      'answers.rolle',
      'consent.dataProcessing',
    ]);
  });
});
