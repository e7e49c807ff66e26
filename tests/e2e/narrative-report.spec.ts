import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import type { CreateUser, Grant } from '@wir/shared';
import { apiSession, createUserWithOwnPassword, logIn } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

const stamp = Date.now().toString(36);
const clara = {
  email: `clara.koordination.${stamp}@example.org`,
  displayName: 'Clara Koordination',
  password: 'Sachbericht-Schreiben-2014',
};
const indicatorName = `Befragte Kommunen ${stamp}`;

test('a coordinator drafts the Sachbericht of the WIR 2014 grant, gives the missing reason, finalises and downloads PDF and Word', async ({
  page,
  playwright,
}) => {
  let grantId = 0;

  await test.step('through the API: a coordinator, and on the WIR 2014 grant a measure whose indicator misses its target', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await createUserWithOwnPassword(playwright, admin, { ...clara, roles: ['coordinator'] } satisfies CreateUser);
    const grants = (await admin.get('/api/grants')) as { items: Grant[] };
    // The demo data's WIR grant 2014 when they are loaded; else the same grant made here.
    let wir = grants.items.find((g) => g.title === 'WIR-Koordinationsstelle und WIR-Projekte 2014');
    if (!wir) {
      const programme = (await admin.post('/api/funding-programmes', {
        name: `WIR ${stamp}`,
        funder: 'Hessisches Ministerium für Soziales und Integration',
        year: 2014,
        volumeCents: 308_000_000,
      })) as { id: number };
      wir = (await admin.post('/api/grants', {
        programmeId: programme.id,
        title: `WIR-Koordinationsstelle und WIR-Projekte 2014 (${stamp})`,
        noticeNumber: `WIR-2014-SB-${stamp}`,
        noticeDate: '2014-04-01',
        periodStart: '2014-01-01',
        periodEnd: '2014-12-31',
        awardedCents: 4_831_600,
        financingType: 'fehlbedarf',
        purpose: 'Wegweisende Integrationsansätze realisieren',
      })) as Grant;
    }
    grantId = wir.id;
    const field = (await admin.post('/api/action-fields', { name: `Interkulturelle Öffnung ${stamp}` })) as {
      id: number;
    };
    const coordinator = await apiSession(playwright, clara.email, clara.password);
    const measure = (await coordinator.post('/api/measures', {
      code: `BA-${stamp}`,
      title: 'Bestandsaufnahme in den Kommunen',
      goal: 'Die Integrationsarbeit aller Kommunen ist erfasst.',
      periodStart: '2014-01-01',
      periodEnd: '2014-12-31',
      actionFieldIds: [field.id],
      grantId,
    })) as { id: number };
    const indicator = (await coordinator.post(`/api/measures/${measure.id}/indicators`, {
      name: indicatorName,
      level: 'output',
      step: 2,
    })) as { id: number };
    await coordinator.post(`/api/indicators/${indicator.id}/values`, {
      period: '2014',
      municipalityId: null,
      value: 3,
      note: 'Rücklauf',
    });
    await coordinator.dispose();
    await admin.dispose();
    (test.info().annotations as { type: string; description: string }[]).push({
      type: 'indicator',
      description: String(indicator.id),
    });
  });

  await page.goto(`/login?next=${encodeURIComponent(`/foerderung/${grantId}`)}`);
  await logIn(page, clara.email, clara.password);
  await expect(page).toHaveURL(new RegExp(`/foerderung/${grantId}$`));
  const section = page.getByRole('region', { name: 'Sachbericht' });
  await expect(section).toBeVisible();
  // The target goes in with the browser's own session (PUT through the same-origin proxy).
  const indicatorId = Number(test.info().annotations.find((a) => a.type === 'indicator')!.description);
  const csrf = (await page.context().cookies()).find((c) => c.name === 'wir_csrf')!.value;
  const target = await page.request.put(`/api/indicators/${indicatorId}/targets`, {
    data: { targets: [{ period: '2014', municipalityId: null, value: 7 }] },
    headers: { 'X-CSRF-Token': csrf },
  });
  expect(target.ok()).toBe(true);

  await test.step('draft from data: the indicator that misses its target is listed', async () => {
    await section.getByLabel('Stand der Zahlen').fill('31.12.2014');
    await section.getByRole('button', { name: 'Entwurf aus Daten' }).click();
    await expect(section.getByRole('status').first()).toContainText('Entwurf (Version');
    await expect(section.getByText(/Kennzahl(en)? verfehl/)).toBeVisible();
    await expect(section.getByRole('link', { name: new RegExp(indicatorName) })).toBeVisible();
  });

  await test.step('finalising without the reason is refused; with it, the version is final', async () => {
    await section.getByRole('button', { name: 'Abschließen' }).click();
    await expect(section.getByRole('alert').filter({ hasText: 'Begründung' })).toBeVisible();
    await section
      .getByLabel(new RegExp(`Begründung zu „${indicatorName}“`))
      .fill('Zwei Kommunen haben den Fragebogen erst 2015 zurückgesandt.');
    await section.getByRole('button', { name: 'Speichern' }).click();
    await expect(section.getByText(/Gespeichert \(Version \d+\)/)).toBeVisible();
    await section.getByRole('button', { name: 'Abschließen' }).click();
    await expect(section.getByText(/ist abgeschlossen und eingefroren/)).toBeVisible();
    await expect(section.getByText(/Version \d+ – abgeschlossen/)).toBeVisible();
    await expect(
      section.getByRole('listitem').filter({ hasText: /abgeschlossen am .* von Clara Koordination/ }),
    ).toBeVisible();
  });

  await test.step('both files download: a PDF and a Word file with the reason in it', async () => {
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Sachbericht (PDF)' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^Sachbericht .*\.pdf$/);
    const pdfBytes = await readFile((await pdf.path())!);
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Sachbericht (Word)' }).click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/^Sachbericht .*\.docx$/);
    const docxBytes = await readFile((await docx.path())!);
    expect(docxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docxBytes.includes(Buffer.from('word/document.xml'))).toBe(true);
  });
});
