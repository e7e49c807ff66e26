import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, logIn } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

test('an admin sees the state of the backups, takes one now and downloads the district data export', async ({
  page,
}) => {
  await test.step('the System page from the navigation', async () => {
    await page.goto('/login');
    await logIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'System' }).click();
    await expect(page).toHaveURL(/\/system$/);
    await expect(page.getByRole('heading', { level: 1, name: 'System' })).toBeVisible();
    await expect(page.getByText('SQLite')).toBeVisible();
    await expect(
      page
        .getByRole('definition')
        .filter({ has: page.locator('code') })
        .first(),
    ).toHaveText(/^[A-Za-z]+\d{13}$/);
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('"Jetzt sichern" writes a backup and lists it', async () => {
    await page.getByRole('button', { name: 'Jetzt sichern' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /Sicherung wir-backup-\d{8}T\d{6}Z-[0-9a-f]{6}\.tar\.gz \([\d,]+ (kB|MB)\) angelegt\./ }),
    ).toBeVisible();
    const recent = page.getByRole('table', { name: 'Die letzten Sicherungen' });
    await expect(
      recent.getByRole('row').filter({ hasText: 'Von Hand' }).filter({ hasText: 'Erfolgreich' }).first(),
    ).toBeVisible();
    await expect(page.getByText(/Noch keine Sicherung/)).toHaveCount(0);
  });

  await test.step('the data export downloads as one ZIP with every table, the files and the column document', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Datenexport herunterladen (ZIP)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^wir-datenexport-\d{4}-\d{2}-\d{2}\.zip$/);
    // A ZIP whose central directory names every part (the contents are parsed back in data-export.e2e-spec.ts).
    const zip = await readFile((await download.path())!);
    expect(zip.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'binary'));
    expect(zip.readUInt32LE(zip.length - 22)).toBe(0x06054b50);
    const names = zip.toString('latin1');
    for (const part of [
      'data-export.md',
      'manifest.json',
      'csv/receipts.csv',
      'json/receipts.json',
      'csv/registrations.csv',
      'json/backup_runs.json',
    ])
      expect(names).toContain(part);
  });
});
