import type { Question } from '@wir/shared';
import type { WorkshopEntity } from '#api/modules/events/workshop.entity';
import type { ExportRegistration } from './exports.repository';
import { answerText, participantColumns, workshopSummary } from './participant-columns';
import { FIXED_PARTICIPANT_HEADERS } from './participant-columns.test-fixture';

const workshops = [
  { id: 7, title: { de: 'Interkulturelle Kommunikation' } },
  { id: 3, title: { de: 'Rettungsdienst im Einsatz' } },
] as WorkshopEntity[];

const registration = (
  status: ExportRegistration['status'],
  bookings: Omit<ExportRegistration['bookings'][number], 'checkedInAt'>[],
) => ({ status, bookings: bookings.map((b) => ({ ...b, checkedInAt: null })) }) as ExportRegistration;

describe('participant list columns', () => {
  it('lists workshops in their order with their German status, leaving out places given up', () => {
    const r = registration('confirmed', [
      { workshopId: 3, status: 'waitlisted' },
      { workshopId: 7, status: 'confirmed' },
      { workshopId: 9, status: 'cancelled' },
    ]);
    expect(workshopSummary(r, workshops)).toBe(
      'Interkulturelle Kommunikation (bestätigt), Rettungsdienst im Einsatz (Warteliste)',
    );
    expect(workshopSummary(registration('cancelled', [{ workshopId: 3, status: 'cancelled' }]), workshops)).toBe(
      'Rettungsdienst im Einsatz (storniert)',
    );
  });

  it('answers custom questions in German', () => {
    const choice = {
      key: 'diet',
      kind: 'choice',
      label: { de: 'Verpflegung' },
      required: false,
      options: [{ value: 'veggie', label: { de: 'vegetarisch' } }],
    } as Question;
    expect(answerText(choice, 'veggie')).toBe('vegetarisch');
    expect(answerText(choice, 'unknown')).toBe('unknown');
    expect(answerText({ ...choice, kind: 'yes_no' }, true)).toBe('ja');
    expect(answerText({ ...choice, kind: 'yes_no' }, false)).toBe('nein');
    expect(answerText({ ...choice, kind: 'text' }, undefined)).toBe('');
  });

  it('has the fixed German headers, then one per question', () => {
    const question = { key: 'q', kind: 'text', label: { de: 'Anreise mit' }, required: false } as Question;
    expect(participantColumns([question], workshops).map((c) => c.header)).toEqual([
      ...FIXED_PARTICIPANT_HEADERS,
      'Anreise mit',
    ]);
  });
});
