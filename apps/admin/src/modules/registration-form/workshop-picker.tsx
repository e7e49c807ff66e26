'use client';

import { useLocale, useTranslations } from 'next-intl';
import { pickLanguage } from '@wir/shared';
import { FieldError } from '@/modules/ui/field-error';
import { useFormatRange } from '@/modules/ui/use-format-range';
import type { FormWorkshop } from './registration-form-values.util';
import { clashesWithPicked } from './workshop-clash.util';

interface WorkshopPickerProps {
  /** Id of the group; the error summary links to its first checkbox (`${id}-first`). */
  id: string;
  workshops: readonly FormWorkshop[];
  picked: ReadonlySet<number>;
  onChange: (picked: Set<number>) => void;
  error?: string;
  legend?: string;
  /** Workshops this person already holds a confirmed seat in (their seat counts as taken in seatsLeft). */
  heldSeats?: ReadonlySet<number>;
}

/**
 * Workshops as checkboxes with time, room and seats left. A workshop that overlaps one already
 * picked is disabled, with the reason next to it (the API refuses such a pick as well).
 */
export function WorkshopPicker({ id, workshops, picked, onChange, error, legend, heldSeats }: WorkshopPickerProps) {
  const t = useTranslations('registrationForm');
  const locale = useLocale();
  const formatRange = useFormatRange();
  const clashes = clashesWithPicked(workshops, picked);
  const errorId = `${id}-error`;

  function toggle(workshopId: number, checked: boolean) {
    const next = new Set(picked);
    if (checked) next.add(workshopId);
    else next.delete(workshopId);
    onChange(next);
  }

  return (
    <fieldset
      className="field workshop-picker"
      aria-describedby={[`${id}-hint`, error ? errorId : null].filter(Boolean).join(' ')}
    >
      <legend>{legend ?? t('workshops')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('workshopsHint')}
      </p>
      <ul className="choice-list">
        {workshops.map((workshop, index) => {
          const inputId = index === 0 ? `${id}-first` : `${id}-${workshop.id}`;
          const clash = clashes.get(workshop.id);
          const held = heldSeats?.has(workshop.id) ?? false;
          const full = !held && workshop.seatsLeft <= 0;
          return (
            <li key={workshop.id} className="choice">
              <input
                id={inputId}
                type="checkbox"
                name="workshopIds"
                value={workshop.id}
                checked={picked.has(workshop.id)}
                disabled={!!clash}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${inputId}-details`}
                onChange={(e) => toggle(workshop.id, e.currentTarget.checked)}
              />
              <div>
                <label htmlFor={inputId} className="choice__label">
                  {pickLanguage(workshop.title, locale)}
                </label>
                <span id={`${inputId}-details`} className="choice__details">
                  <span>{formatRange(workshop.startsAt, workshop.endsAt)}</span>
                  {workshop.room ? <span>{t('room', { room: workshop.room })}</span> : null}
                  <span className={held ? 'badge badge--success' : full ? 'badge badge--warning' : 'badge'}>
                    {held ? t('yourSeat') : full ? t('waitingListOnly') : t('seatsLeft', { count: workshop.seatsLeft })}
                  </span>
                  {clash ? (
                    <span className="choice__clash">
                      {t('clashesWith', { title: pickLanguage(clash.title, locale) })}
                    </span>
                  ) : null}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
