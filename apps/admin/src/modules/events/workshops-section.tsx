'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { pickLanguage, type EventDetail } from '@wir/shared';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { useFormatRange } from '@/modules/ui/use-format-range';
import { useCreateWorkshop, useUpdateWorkshop } from './events-queries';
import { WORKSHOP_FIELDS, WorkshopForm } from './workshop-form';

export function WorkshopsSection({ event, canManage }: { event: EventDetail; canManage: boolean }) {
  const t = useTranslations('events.workshops');
  const tc = useTranslations('common');
  const locale = useLocale();
  const formatRange = useFormatRange();
  const [editingId, setEditingId] = useState<number | null>(null);
  const createFeedback = useFormFeedback(WORKSHOP_FIELDS);
  const editFeedback = useFormFeedback(WORKSHOP_FIELDS);
  const create = useCreateWorkshop(event.id);
  const update = useUpdateWorkshop(event.id);
  const editing = event.workshops.find((w) => w.id === editingId);

  return (
    <section className="panel" aria-labelledby="workshops-heading">
      <h2 id="workshops-heading">{t('title')}</h2>
      <p role="status" className="status">
        {editFeedback.status}
      </p>
      <div className="table-wrap">
        <table>
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('titleField')}</th>
              <th scope="col">{t('time')}</th>
              <th scope="col">{t('room')}</th>
              <th scope="col">{t('confirmedOfCapacity')}</th>
              <th scope="col">{t('waiting')}</th>
              <th scope="col">{t('facilitator')}</th>
              {canManage ? <th scope="col">{tc('actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {event.workshops.length === 0 ? (
              <tr>
                <td colSpan={canManage ? 7 : 6}>{t('empty')}</td>
              </tr>
            ) : null}
            {event.workshops.map((workshop) => (
              <tr key={workshop.id}>
                <th scope="row">{pickLanguage(workshop.title, locale)}</th>
                <td>{formatRange(workshop.startsAt, workshop.endsAt)}</td>
                <td>{workshop.room || tc('none')}</td>
                <td>{t('countOf', { count: workshop.confirmedCount, capacity: workshop.capacity })}</td>
                <td>{workshop.waitlistedCount}</td>
                <td>{workshop.facilitator || tc('none')}</td>
                {canManage ? (
                  <td>
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      aria-label={`${tc('edit')}: ${pickLanguage(workshop.title, locale)}`}
                      aria-expanded={editingId === workshop.id}
                      onClick={() => setEditingId(editingId === workshop.id ? null : workshop.id)}
                    >
                      {tc('edit')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {canManage && editing ? (
        <>
          <h3>{t('editTitle', { title: pickLanguage(editing.title, locale) })}</h3>
          <WorkshopForm
            key={editing.id}
            workshop={editing}
            label={t('editTitle', { title: pickLanguage(editing.title, locale) })}
            submitLabel={tc('save')}
            pending={update.isPending}
            feedback={editFeedback}
            onCancel={() => setEditingId(null)}
            onSubmit={(body) =>
              update.mutate(
                { id: editing.id, changes: body },
                {
                  onSuccess: (saved) => {
                    setEditingId(null);
                    editFeedback.succeed(t('updated', { title: saved.title.de }));
                  },
                  onError: editFeedback.fail,
                },
              )
            }
          />
        </>
      ) : null}

      {canManage ? (
        <>
          <h3 id="create-workshop-heading">{t('createTitle')}</h3>
          <WorkshopForm
            label={t('createTitle')}
            submitLabel={t('create')}
            defaultStartsAt={event.startsAt}
            pending={create.isPending}
            feedback={createFeedback}
            onSubmit={(body, form) =>
              create.mutate(body, {
                onSuccess: (created) => {
                  createFeedback.succeed(t('created', { title: created.title.de }));
                  form.reset();
                },
                onError: createFeedback.fail,
              })
            }
          />
        </>
      ) : null}
    </section>
  );
}
