import { expect, test } from './fixtures';
import type { CreateUser, Indicator } from '@wir/shared';
import { apiSession, createUserWithOwnPassword, expectNoSeriousA11yViolations, logIn } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

const stamp = Date.now().toString(36);
const clara = {
  email: `clara.feedback.${stamp}@example.org`,
  displayName: 'Clara Koordination',
  password: 'Rueckmeldung-2014!',
};
const eventTitle = `Interkulturelle Kompetenz im Rettungsdienst ${stamp}`;
const indicatorName = `Kompetenz gestärkt (≥ 4 von 5) ${stamp}`;

test('a coordinator gives a training its feedback form on the event page and feeds a measure indicator from its answers', async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000);
  let eventId = 0;
  let measureId = 0;

  await test.step('through the API: a coordinator, the training and a measure linked to it', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await createUserWithOwnPassword(playwright, admin, { ...clara, roles: ['coordinator'] } satisfies CreateUser);
    const start = Date.now() + 7 * 86_400_000;
    eventId = (
      (await admin.post('/api/events', {
        kind: 'training',
        slug: `rettungsdienst-${stamp}`,
        title: { de: eventTitle },
        venue: 'Rettungsdienstschule des Kreises Offenbach',
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 7 * 3_600_000).toISOString(),
        capacity: 25,
        languages: ['de', 'en', 'tr', 'ar'],
        status: 'published',
      })) as { id: number }
    ).id;
    const field = (await admin.post('/api/action-fields', { name: `Interkulturelle Öffnung ${stamp}` })) as {
      id: number;
    };
    const coordinator = await apiSession(playwright, clara.email, clara.password);
    measureId = (
      (await coordinator.post('/api/measures', {
        code: `FB-${stamp}`,
        title: 'Interkulturelle Schulung im Rettungsdienst',
        goal: 'Rettungskräfte handeln interkulturell kompetent.',
        periodStart: '2014-01-01',
        periodEnd: '2030-12-31',
        actionFieldIds: [field.id],
        eventIds: [eventId],
      })) as { id: number }
    ).id;
    await coordinator.dispose();
    await admin.dispose();
  });

  let surveyId = 0;
  await test.step('on the event page she creates the feedback form: a draft, linked to the survey editor and its results', async () => {
    await page.goto(`/login?next=${encodeURIComponent(`/veranstaltungen/${eventId}/feedback`)}`);
    await logIn(page, clara.email, clara.password);
    const section = page.getByRole('region', { name: 'Rückmeldung nach der Veranstaltung' });
    await expect(section.getByText('Noch kein Feedback-Bogen.')).toBeVisible();
    await expect(section).toContainText('0 eingecheckt, 0 angeschrieben.');
    await section.getByRole('button', { name: 'Feedback-Bogen anlegen' }).click();
    await expect(section.getByRole('status')).toHaveText(
      'Feedback-Bogen angelegt. Prüfen Sie die Fragen und öffnen Sie ihn.',
    );
    await expect(section.getByRole('listitem')).toContainText(`Rückmeldung: ${eventTitle}`);
    await expect(section.getByRole('listitem')).toContainText('Entwurf – wird noch nicht verschickt');
    const edit = section.getByRole('link', { name: 'Fragen bearbeiten' });
    surveyId = Number(/\/umfragen\/(\d+)$/.exec((await edit.getAttribute('href')) ?? '')![1]);
    await expect(section.getByRole('link', { name: 'Ergebnisse' })).toHaveAttribute(
      'href',
      `/umfragen/${surveyId}/ergebnisse`,
    );
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('on the measure she adds an outcome indicator whose values come from the form: the share answering at least 4', async () => {
    await page.goto(`/massnahmen/${measureId}`);
    const form = page.getByRole('form', { name: 'Kennzahl anlegen' });
    await form.getByRole('textbox', { name: 'Kennzahl', exact: true }).fill(indicatorName);
    await form.getByLabel('Ebene der Wirkungskette').selectOption({ label: 'Outcome' });
    await form.getByLabel('Herkunft der Ist-Werte').selectOption({ label: 'Rückmeldungen aus einem Feedback-Bogen' });
    await expect(form.getByLabel('Einheit')).toBeDisabled();
    await expect(form.getByLabel('Einheit')).toHaveValue('percent');
    await form.getByLabel('Umfrage').selectOption({ label: `Rückmeldung: ${eventTitle}` });
    await form.getByLabel('Frage (Skala, Zahl oder Ja/Nein)').selectOption({
      label: 'Meine interkulturelle Kompetenz hat sich durch die Veranstaltung verbessert. (kompetenz)',
    });
    // A yes/no question has no mean; a scale offers both.
    await expect(form.getByLabel('Auswertung')).toHaveValue('share_at_least');
    await expect(form.getByLabel('Schwellenwert')).toHaveValue('4');
    await expectNoSeriousA11yViolations(page);
    await form.getByRole('button', { name: 'Kennzahl anlegen' }).click();
    const indicators = page.getByRole('region', { name: 'Kennzahlen' });
    await expect(indicators.getByRole('row', { name: new RegExp(indicatorName.replace(/[()≥]/g, '.')) })).toContainText(
      'Rückmeldungen aus einem Feedback-Bogen',
    );
  });

  await test.step('another event takes an existing anonymous survey as its feedback form', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    const start = Date.now() + 14 * 86_400_000;
    const other = (await admin.post('/api/events', {
      kind: 'training',
      slug: `meldestellen-${stamp}`,
      title: { de: `Interkulturelle Schulung Meldestellen ${stamp}` },
      venue: 'Kreishaus Dietzenbach',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 4 * 3_600_000).toISOString(),
      capacity: 20,
      languages: ['de'],
      status: 'published',
    })) as { id: number };
    await admin.dispose();
    const coordinator = await apiSession(playwright, clara.email, clara.password);
    await coordinator.post('/api/surveys', { title: { de: `Kurzer Feedback-Bogen ${stamp}` }, mode: 'anonymous' });
    await coordinator.dispose();
    await page.goto(`/veranstaltungen/${other.id}/feedback`);
    const section = page.getByRole('region', { name: 'Rückmeldung nach der Veranstaltung' });
    const linkForm = section.getByRole('form', { name: 'Vorhandene Umfrage verknüpfen' });
    // The first event's form is taken: only free anonymous surveys are offered.
    await expect(
      linkForm
        .getByLabel('oder eine vorhandene anonyme Umfrage')
        .getByRole('option', { name: `Rückmeldung: ${eventTitle}` }),
    ).toHaveCount(0);
    await linkForm
      .getByLabel('oder eine vorhandene anonyme Umfrage')
      .selectOption({ label: `Kurzer Feedback-Bogen ${stamp}` });
    await linkForm.getByRole('button', { name: 'Verknüpfen' }).click();
    await expect(section.getByRole('status')).toHaveText(
      'Die Umfrage ist jetzt der Feedback-Bogen dieser Veranstaltung.',
    );
    await expect(section.getByRole('listitem')).toContainText(`Kurzer Feedback-Bogen ${stamp}`);
  });

  await test.step('the API holds the source as chosen', async () => {
    const coordinator = await apiSession(playwright, clara.email, clara.password);
    const measure = (await coordinator.get(`/api/measures/${measureId}`)) as { indicators: Indicator[] };
    expect(measure.indicators.find((i) => i.name === indicatorName)).toMatchObject({
      level: 'outcome',
      step: 4,
      unit: 'percent',
      aggregation: 'avg',
      source: { kind: 'feedback', surveyId, questionKey: 'kompetenz', statistic: 'share_at_least', threshold: 4 },
    });
    await coordinator.dispose();
  });
});
