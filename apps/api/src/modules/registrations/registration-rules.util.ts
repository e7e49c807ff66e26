import type { Question } from '@wir/shared';
import type { FieldError } from '../../platform/errors/domain.error';

type Slot = { id: number; startsAt: Date; endsAt: Date };

/** Workshops of one person must not overlap in time: at most one per time slot. */
export function clashErrors(selected: Slot[]): FieldError[] {
  const sorted = [...selected].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const errors: FieldError[] = [];
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].startsAt < sorted[i - 1].endsAt) {
      errors.push({ path: 'workshopIds', message: `workshops ${sorted[i - 1].id} and ${sorted[i].id} take place at the same time` });
    }
  }
  return errors;
}

/** Answers must match the event's questions: known keys, right kinds, required ones present. */
export function answerErrors(questions: Question[], answers: Record<string, string | boolean>): FieldError[] {
  const errors: FieldError[] = [];
  const byKey = new Map(questions.map((q) => [q.key, q]));
  for (const key of Object.keys(answers)) {
    if (!byKey.has(key)) errors.push({ path: `answers.${key}`, message: 'unknown question' });
  }
  for (const q of questions) {
    const value = answers[q.key];
    const missing = value === undefined || (typeof value === 'string' && value.trim() === '');
    if (missing) {
      if (q.required) errors.push({ path: `answers.${q.key}`, message: 'is required' });
      continue;
    }
    if (q.kind === 'yes_no' && typeof value !== 'boolean') errors.push({ path: `answers.${q.key}`, message: 'must be yes or no' });
    if (q.kind === 'text' && typeof value !== 'string') errors.push({ path: `answers.${q.key}`, message: 'must be text' });
    if (q.kind === 'choice' && !(q.options ?? []).some((o) => o.value === value)) errors.push({ path: `answers.${q.key}`, message: 'is not one of the choices' });
  }
  return errors;
}

export type WindowState = 'open' | 'not_published' | 'not_yet_open' | 'closed';

/** Registration is open while the event is published, after the window opens and before it closes (default: the event's start). */
export function registrationWindow(
  event: { status: string; registrationOpensAt: Date | null; registrationClosesAt: Date | null; startsAt: Date },
  now: Date,
): WindowState {
  if (event.status !== 'published') return 'not_published';
  if (event.registrationOpensAt && now < event.registrationOpensAt) return 'not_yet_open';
  const closesAt = event.registrationClosesAt ?? event.startsAt;
  if (now >= closesAt) return 'closed';
  return 'open';
}
