'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { parseGermanDate, type Offer } from '@wir/shared';
import { useActionFields } from '@/modules/master-data/master-data-queries';
import { useNetworkAccess } from '@/modules/network/use-network-access';
import { DateField } from '@/modules/ui/date-field';
import { optionalIdOf, textOf } from '@/modules/ui/form-data.util';
import { FormMessages } from '@/modules/ui/form-messages';
import { QueryState } from '@/modules/ui/query-state';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { entryOptions } from '@/modules/master-data/entry-options.util';
import { PageState } from '@/modules/ui/page-state';
import { submitWithFeedback } from '@/modules/ui/submit-with-feedback.util';
import { OFFER_FIELDS, OfferForm } from './offer-form';
import {
  useMergeOffer,
  useOffer,
  useOffers,
  useOfferToMeasure,
  usePublishOffer,
  useUpdateOffer,
} from './offers-queries';

/** /angebotsinventar/[id]: review an offer, edit its translations, publish it, merge a duplicate, turn it into a measure. */
export function OfferDetailView({ id }: { id: number }) {
  const t = useTranslations('offers');
  const access = useNetworkAccess();
  const offer = useOffer(id, access.allowed);
  const update = useUpdateOffer(id);
  const feedback = useFormFeedback(OFFER_FIELDS);

  if (access.user && !access.allowed) return <PageState title={t('title')} notice={t('notAllowed')} />;
  const o = offer.data;
  return (
    <>
      <p>
        <Link href="/angebotsinventar">{t('backToList')}</Link>
      </p>
      <QueryState isPending={offer.isPending} error={offer.error} />
      {o ? (
        <>
          <h1>{o.title.de}</h1>
          <dl className="facts">
            <div>
              <dt>{t('reviewStatus')}</dt>
              <dd>{t(`reviewStatuses.${o.reviewStatus}`)}</dd>
            </div>
            <div>
              <dt>{t('source')}</dt>
              <dd>
                {o.sourceResponseId !== null
                  ? t('fromSurveyLong', {
                      response: o.sourceResponseId,
                      question: o.sourceQuestionKey ?? '',
                      row: (o.sourceRowIndex ?? 0) + 1,
                    })
                  : t('fromStaff')}
              </dd>
            </div>
            {o.mergedIntoId !== null ? (
              <div>
                <dt>{t('mergedInto')}</dt>
                <dd>
                  <Link href={`/angebotsinventar/${o.mergedIntoId}`}>{t('offerNumber', { id: o.mergedIntoId })}</Link>
                </dd>
              </div>
            ) : null}
            {o.measureId !== null ? (
              <div>
                <dt>{t('measure')}</dt>
                <dd>
                  <Link href={`/massnahmen/${o.measureId}`}>{t('toMeasureLink')}</Link>
                </dd>
              </div>
            ) : null}
          </dl>
          {o.reviewStatus !== 'merged' ? <ReviewActions offer={o} /> : null}
          {o.reviewStatus !== 'merged' ? (
            <section className="panel" aria-labelledby="edit-offer-heading">
              <h2 id="edit-offer-heading">{t('editTitle')}</h2>
              <OfferForm
                key={o.updatedAt}
                offer={o}
                translations
                feedback={feedback}
                pending={update.isPending}
                submitLabel={t('save')}
                onSubmit={submitWithFeedback(update, feedback, t('saved'))}
              />
            </section>
          ) : null}
          {o.reviewStatus !== 'merged' ? <MergeSection offer={o} /> : null}
          {o.reviewStatus !== 'merged' && o.reviewStatus !== 'rejected' && o.measureId === null ? (
            <ToMeasureSection offer={o} />
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** Review: mark as reviewed or rejected (or back to new), publish a reviewed one, unpublish. */
function ReviewActions({ offer }: { offer: Offer }) {
  const t = useTranslations('offers');
  const update = useUpdateOffer(offer.id);
  const publish = usePublishOffer(offer.id);
  const feedback = useFormFeedback([]);
  const done = (message: string) => ({ onSuccess: () => feedback.succeed(message), onError: feedback.fail });
  return (
    <section className="panel" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('reviewTitle')}</h2>
      <div className="button-row">
        {offer.reviewStatus === 'published' ? (
          <button
            type="button"
            className="button button--ghost"
            disabled={publish.isPending}
            onClick={() => publish.mutate(false, done(t('unpublished')))}
          >
            {t('unpublish')}
          </button>
        ) : (
          <>
            {offer.reviewStatus !== 'reviewed' ? (
              <button
                type="button"
                className="button"
                disabled={update.isPending}
                onClick={() => update.mutate({ reviewStatus: 'reviewed' }, done(t('markedReviewed')))}
              >
                {t('markReviewed')}
              </button>
            ) : (
              <button
                type="button"
                className="button button--success"
                disabled={publish.isPending}
                onClick={() => publish.mutate(true, done(t('published')))}
              >
                {t('publish')}
              </button>
            )}
            {offer.reviewStatus !== 'rejected' ? (
              <button
                type="button"
                className="button button--ghost"
                disabled={update.isPending}
                onClick={() => update.mutate({ reviewStatus: 'rejected' }, done(t('markedRejected')))}
              >
                {t('reject')}
              </button>
            ) : null}
          </>
        )}
      </div>
      {offer.reviewStatus === 'reviewed' ? <p className="field__hint">{t('publishHint')}</p> : null}
      <FormMessages error={feedback.formError} status={feedback.status} />
    </section>
  );
}

/** Marks this offer as a duplicate of another; it stays in the inventory, nothing moves. */
function MergeSection({ offer }: { offer: Offer }) {
  const t = useTranslations('offers');
  const candidates = useOffers({ page: 1, pageSize: 200 });
  const merge = useMergeOffer(offer.id);
  const feedback = useFormFeedback(['intoId']);
  const options = (candidates.data?.items ?? []).filter((c) => c.id !== offer.id && c.reviewStatus !== 'merged');
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const intoId = optionalIdOf(new FormData(e.currentTarget), 'intoId');
    if (intoId === null) return feedback.failFields({ intoId: t('mergeChoose') });
    merge.mutate(intoId, { onSuccess: () => feedback.succeed(t('merged')), onError: feedback.fail });
  }
  return (
    <section className="panel" aria-labelledby="merge-heading">
      <h2 id="merge-heading">{t('mergeTitle')}</h2>
      <p>{t('mergeExplain')}</p>
      <form className="form form--inline" onSubmit={submit} noValidate>
        <SelectField
          name="intoId"
          label={t('mergeInto')}
          error={feedback.fieldErrors.intoId}
          options={[
            { value: '', label: t('mergeChoose') },
            ...options.map((c) => ({
              value: String(c.id),
              label: `${c.title.de} (${t(`reviewStatuses.${c.reviewStatus}`)})`,
            })),
          ]}
        />
        <div className="button-row">
          <button type="submit" className="button button--ghost" disabled={merge.isPending}>
            {t('merge')}
          </button>
        </div>
        <FormMessages error={feedback.formError} status={feedback.status} />
      </form>
    </section>
  );
}

/** Creates a draft measure (status planned) from the offer in the measures module and links it. */
function ToMeasureSection({ offer }: { offer: Offer }) {
  const t = useTranslations('offers');
  const actionFields = useActionFields();
  const toMeasure = useOfferToMeasure(offer.id);
  const fields = ['code', 'periodStart', 'periodEnd', 'actionFieldId'];
  const feedback = useFormFeedback(fields);
  const [year] = useState(() => new Date().getFullYear());
  if (!actionFields.data) return <QueryState isPending error={actionFields.error} />;
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const periodStart = parseGermanDate(textOf(data, 'periodStart'));
    const periodEnd = parseGermanDate(textOf(data, 'periodEnd'));
    const errors: Record<string, string> = {};
    if (!periodStart) errors.periodStart = t('dateInvalid');
    if (!periodEnd) errors.periodEnd = t('dateInvalid');
    if (Object.keys(errors).length > 0) return feedback.failFields(errors);
    toMeasure.mutate(
      {
        code: textOf(data, 'code'),
        periodStart: periodStart!,
        periodEnd: periodEnd!,
        actionFieldId: optionalIdOf(data, 'actionFieldId') ?? undefined,
      },
      { onSuccess: () => feedback.succeed(t('measureCreated')), onError: feedback.fail },
    );
  }
  return (
    <section className="panel" aria-labelledby="to-measure-heading">
      <h2 id="to-measure-heading">{t('toMeasureTitle')}</h2>
      <p>{t('toMeasureExplain')}</p>
      <form className="form form--inline" onSubmit={submit} noValidate>
        <TextField
          name="code"
          label={t('measureCode')}
          required
          markRequired
          maxLength={40}
          error={feedback.fieldErrors.code}
        />
        <DateField
          name="periodStart"
          label={t('periodStart')}
          required
          markRequired
          defaultValue={`${year}-01-01`}
          error={feedback.fieldErrors.periodStart}
        />
        <DateField
          name="periodEnd"
          label={t('periodEnd')}
          required
          markRequired
          defaultValue={`${year}-12-31`}
          error={feedback.fieldErrors.periodEnd}
        />
        <SelectField
          name="actionFieldId"
          label={t('actionField')}
          defaultValue={offer.actionFieldId ?? ''}
          error={feedback.fieldErrors.actionFieldId}
          options={entryOptions(actionFields.data, t('none'))}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={toMeasure.isPending}>
            {t('toMeasure')}
          </button>
        </div>
        <FormMessages error={feedback.formError} status={feedback.status} />
      </form>
    </section>
  );
}
