import {
  ORGANISATION_TYPES,
  type CreateRegistration,
  type OrganisationType,
  type PublicLanguage,
  type Question,
} from '@wir/shared';
import { hasClash } from './workshop-clash.util';

/** What the form needs to know about the event; the public event and the staff's event detail both fit. */
export interface FormWorkshop {
  id: number;
  title: { de: string; en?: string; tr?: string; ar?: string };
  startsAt: string;
  endsAt: string;
  room: string;
  capacity: number;
  seatsLeft: number;
}
export interface RegistrationFormEvent {
  languages: PublicLanguage[];
  questions: Question[];
  workshops: FormWorkshop[];
  /** Days after the event's end until personal data is deleted, when known. */
  retentionDays?: number;
}

/** Field keys of the form; the error summary links to `fieldId(key)`. */
export type FieldKey =
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'organisationName'
  | 'organisationType'
  | 'municipalityId'
  | 'language'
  | 'workshopIds'
  | 'interpretingLanguage'
  | 'accessibilityNeeds'
  | 'consent.dataProcessing'
  | 'consent.participantList'
  | `answers.${string}`;

export type ClientProblem = 'required' | 'email' | 'clash' | 'requiredAnswer';

/** Fields in the order the form shows them (the error summary follows it). */
const FIELD_ORDER = [
  'firstName',
  'lastName',
  'email',
  'organisationName',
  'organisationType',
  'municipalityId',
  'language',
  'workshopIds',
  'interpretingLanguage',
  'accessibilityNeeds',
  'answers',
  'consent.dataProcessing',
  'consent.participantList',
];

export function fieldOrder(key: FieldKey): number {
  return FIELD_ORDER.indexOf(key.startsWith('answers.') ? 'answers' : key);
}

export function fieldId(key: FieldKey): string {
  return `reg-${key.replace(/\./g, '-')}`;
}

/** Maps an API error path ("answers.role", "workshopIds.1", "consent") onto a field of the form. */
export function fieldKeyOfPath(path: string, questionKeys: readonly string[]): FieldKey | null {
  const [head, second] = path.split(/[.[\]]+/).filter(Boolean);
  switch (head) {
    case 'firstName':
    case 'lastName':
    case 'email':
    case 'organisationName':
    case 'organisationType':
    case 'municipalityId':
    case 'language':
    case 'workshopIds':
    case 'interpretingLanguage':
    case 'accessibilityNeeds':
      return head;
    case 'consent':
      return second === 'participantList' ? 'consent.participantList' : 'consent.dataProcessing';
    case 'answers':
      return second && questionKeys.includes(second) ? `answers.${second}` : null;
    default:
      return null;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Reads the form into the request body (createRegistrationSchema) and checks what the browser can check. */
export function readRegistrationForm(
  data: FormData,
  event: RegistrationFormEvent,
  language: PublicLanguage,
): { body: CreateRegistration; problems: Partial<Record<FieldKey, ClientProblem>> } {
  const problems: Partial<Record<FieldKey, ClientProblem>> = {};
  const firstName = text(data, 'firstName');
  const lastName = text(data, 'lastName');
  const email = text(data, 'email');
  const organisationType = text(data, 'organisationType');
  const municipality = text(data, 'municipalityId');
  const workshopIds = data.getAll('workshopIds').map(Number).filter(Number.isInteger);

  if (!firstName) problems.firstName = 'required';
  if (!lastName) problems.lastName = 'required';
  if (!email) problems.email = 'required';
  else if (!EMAIL.test(email)) problems.email = 'email';
  if (!(ORGANISATION_TYPES as readonly string[]).includes(organisationType)) problems.organisationType = 'required';
  if (hasClash(event.workshops, new Set(workshopIds))) problems.workshopIds = 'clash';

  const answers: Record<string, string | boolean> = {};
  for (const question of event.questions) {
    const raw = text(data, `answers.${question.key}`);
    if (!raw) {
      if (question.required) problems[`answers.${question.key}`] = 'requiredAnswer';
      continue;
    }
    answers[question.key] = question.kind === 'yes_no' ? raw === 'yes' : raw;
  }

  if (data.get('consent.dataProcessing') !== 'on') problems['consent.dataProcessing'] = 'required';

  const accessibilityNeeds = text(data, 'accessibilityNeeds');
  const interpretingLanguage = text(data, 'interpretingLanguage');
  const body: CreateRegistration = {
    firstName,
    lastName,
    email,
    organisationName: text(data, 'organisationName'),
    organisationType: organisationType as OrganisationType,
    ...(municipality ? { municipalityId: Number(municipality) } : {}),
    language,
    workshopIds,
    consent: { dataProcessing: true, participantList: data.get('consent.participantList') === 'on' },
    ...(accessibilityNeeds ? { accessibilityNeeds } : {}),
    ...(interpretingLanguage ? { interpretingLanguage } : {}),
    ...(event.questions.length > 0 ? { answers } : {}),
  };
  return { body, problems };
}
