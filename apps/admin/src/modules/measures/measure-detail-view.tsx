'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { MeasureAction, MeasureDetail } from '@wir/shared';
import { formatIsoDate } from '@wir/shared';
import { useGrants } from '@/modules/grants/grants-queries';
import { useActionFields, useMunicipalities, useOrganisations } from '@/modules/master-data/master-data-queries';
import { PageState } from '@/modules/ui/page-state';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { SectionNav } from '@/modules/ui/section-nav';
import { MeasureChartsSection } from './measure-charts-section';
import { MEASURE_FIELDS } from './measure-fields.constant';
import { useMeasure, useUpdateMeasure } from './measures-queries';
import { useMeasuresAccess } from './use-measures-access';

// Chunks of their own (first-load JS budget): the edit form opens on a click; the chain, the indicator editor and the
// value grid come below the facts. The view asks for them on mount, so they load while the measure is fetched.
const loadMeasureForm = () => import('./measure-form');
const loadIooiChain = () => import('./iooi-chain-section');
const loadIndicators = () => import('./indicators-section');
const loadValueGrid = () => import('./value-grid-section');
const MeasureForm = dynamic(() => loadMeasureForm().then((m) => m.MeasureForm));
const IooiChainSection = dynamic(() => loadIooiChain().then((m) => m.IooiChainSection));
const IndicatorsSection = dynamic(() => loadIndicators().then((m) => m.IndicatorsSection));
const ValueGridSection = dynamic(() => loadValueGrid().then((m) => m.ValueGridSection));

const SECTIONS = [
  { id: 'wirkungskette', key: 'chain' },
  { id: 'kennzahlen', key: 'indicators' },
  { id: 'werte', key: 'values' },
  { id: 'auswertung', key: 'charts' },
] as const;

/** /massnahmen/[id]: one measure along its IOOI chain, its indicators, the grid for targets and values, and the charts. */
export function MeasureDetailView({ id }: { id: number }) {
  const t = useTranslations('measures');
  const access = useMeasuresAccess();
  const query = useMeasure(id, access.canRead);
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const measure = query.data;
  useEffect(() => {
    void loadIooiChain();
    void loadIndicators();
    void loadValueGrid();
  }, []);

  if (access.user && !access.canRead) return <PageState title={t('detailTitle')} notice={t('notAllowed')} />;
  if (!measure) return <PageState title={t('detailTitle')} query={query} />;
  // What the user may do is the API's decision (the roles of the write routes).
  const may = (action: MeasureAction) => measure.allowedActions.includes(action);

  return (
    <>
      <p className="eyebrow">
        <Link href="/massnahmen">{t('backToList')}</Link>
      </p>
      <h1>
        <span className="measure-code">{measure.code}</span> {measure.title}
      </h1>
      {!may('edit') ? <p className="notice">{t('readOnly')}</p> : null}
      <SectionNav
        label={t('sectionsLabel')}
        sections={SECTIONS.map((s) => ({ id: s.id, label: t(`sections.${s.key}`) }))}
      />
      <MeasureFacts measure={measure} canWrite={may('edit')} />
      <IooiChainSection measure={measure} asOf={asOf} onAsOf={setAsOf} />
      <IndicatorsSection measure={measure} canWrite={may('manage_indicators')} />
      <ValueGridSection measure={measure} canWrite={may('record_values')} asOf={asOf} />
      <MeasureChartsSection measure={measure} asOf={asOf} />
    </>
  );
}

/** What the measure is: goal, period, fields, places, target groups, grant; coordinators edit it here. */
function MeasureFacts({ measure, canWrite }: { measure: MeasureDetail; canWrite: boolean }) {
  const t = useTranslations('measures');
  const tc = useTranslations('common');
  const actionFields = useActionFields();
  const municipalities = useMunicipalities();
  const organisations = useOrganisations();
  const grants = useGrants();
  const update = useUpdateMeasure(measure.id);
  const feedback = useFormFeedback(MEASURE_FIELDS);
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  // After a save the focus goes back to the edit button, once React has rendered it again.
  const [focusEditButton, setFocusEditButton] = useState(false);
  useEffect(() => {
    if (!focusEditButton || editing) return;
    editButton.current?.focus();
    setFocusEditButton(false);
  }, [focusEditButton, editing]);

  const names = <T extends { id: number; name: string }>(list: T[] | undefined, wanted: number[]) =>
    wanted.map((wantedId) => list?.find((x) => x.id === wantedId)?.name ?? `#${wantedId}`).join(', ');
  const grant = grants.data?.find((g) => g.id === measure.grantId);
  const organisation = organisations.data?.find((o) => o.id === measure.responsibleOrganisationId);
  const targetGroups = [
    ...measure.targetGroups.map((g) => t(`targetGroupNames.${g}`)),
    ...(measure.targetGroupsOther ? [measure.targetGroupsOther] : []),
  ];

  return (
    <section className="panel" aria-labelledby="measure-facts-heading">
      <h2 id="measure-facts-heading">{t('factsTitle')}</h2>
      <p role="status" className="status">
        {announcement}
      </p>
      {editing ? (
        <>
          <MeasureForm
            measure={measure}
            feedback={feedback}
            pending={update.isPending}
            label={t('editTitle', { title: measure.title })}
            submitLabel={tc('save')}
            onSubmit={(body) =>
              update.mutate(body, {
                onSuccess: (saved) => {
                  setEditing(false);
                  setAnnouncement(t('updated', { title: saved.title }));
                  setFocusEditButton(true);
                },
                onError: feedback.fail,
              })
            }
          />
          <div className="button-row">
            <button type="button" className="button button--ghost" onClick={() => setEditing(false)}>
              {tc('cancel')}
            </button>
          </div>
        </>
      ) : (
        <>
          {measure.goal ? (
            <div className="measure-goal">
              <h3>{t('goal')}</h3>
              <p>{measure.goal}</p>
            </div>
          ) : null}
          {measure.description ? <p>{measure.description}</p> : null}
          <dl className="facts">
            <div>
              <dt>{t('status')}</dt>
              <dd>{t(`statuses.${measure.status}`)}</dd>
            </div>
            <div>
              <dt>{t('period')}</dt>
              <dd>
                {t('periodRange', { start: formatIsoDate(measure.periodStart), end: formatIsoDate(measure.periodEnd) })}{' '}
                ({t(`intervals.${measure.reportingInterval}`)})
              </dd>
            </div>
            <div>
              <dt>{t('actionFields')}</dt>
              <dd>{names(actionFields.data, measure.actionFieldIds)}</dd>
            </div>
            <div>
              <dt>{t('municipalities')}</dt>
              <dd>
                {measure.municipalityIds.length === 0
                  ? t('districtWide')
                  : names(municipalities.data, measure.municipalityIds)}
              </dd>
            </div>
            <div>
              <dt>{t('responsibleOrganisation')}</dt>
              <dd>{organisation?.name ?? tc('none')}</dd>
            </div>
            <div>
              <dt>{t('targetGroups')}</dt>
              <dd>{targetGroups.length > 0 ? targetGroups.join(', ') : tc('none')}</dd>
            </div>
            <div>
              <dt>{t('grant')}</dt>
              <dd>
                {measure.grantId ? (
                  <Link href={`/foerderung/${measure.grantId}`}>{grant?.title ?? `#${measure.grantId}`}</Link>
                ) : (
                  t('noGrant')
                )}
              </dd>
            </div>
            <div>
              <dt>{t('flags')}</dt>
              <dd>
                {t('goodPracticeValue', { value: measure.goodPractice ? tc('yes') : tc('no') })},{' '}
                {t('sustainedValue', { value: measure.sustained ? tc('yes') : tc('no') })}
              </dd>
            </div>
          </dl>
          {canWrite ? (
            <button
              ref={editButton}
              type="button"
              className="button button--ghost"
              onClick={() => {
                setAnnouncement('');
                feedback.clear();
                setEditing(true);
              }}
            >
              {t('edit')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
