'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { pickLanguage, type EventDetail } from '@wir/shared';
import { EditButton } from '@/modules/ui/edit-button';
import { ListTable } from '@/modules/ui/list-table';
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
      <ListTable
        caption={t('caption')}
        rows={event.workshops}
        rowKey={(w) => w.id}
        empty={t('empty')}
        columns={[
          { key: 'title', header: t('titleField'), rowHeader: true, cell: (w) => pickLanguage(w.title, locale) },
          { key: 'time', header: t('time'), cell: (w) => formatRange(w.startsAt, w.endsAt) },
          { key: 'room', header: t('room'), cell: (w) => w.room || tc('none') },
          {
            key: 'seats',
            header: t('confirmedOfCapacity'),
            cell: (w) => t('countOf', { count: w.confirmedCount, capacity: w.capacity }),
          },
          { key: 'waiting', header: t('waiting'), cell: (w) => w.waitlistedCount },
          { key: 'facilitator', header: t('facilitator'), cell: (w) => w.facilitator || tc('none') },
          canManage && {
            key: 'actions',
            header: tc('actions'),
            cell: (w) => (
              <EditButton
                name={pickLanguage(w.title, locale)}
                expanded={editingId === w.id}
                onClick={() => setEditingId(editingId === w.id ? null : w.id)}
              />
            ),
          },
        ]}
      />

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
