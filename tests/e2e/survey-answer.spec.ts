import { expect, test } from './fixtures';
import type { CreateUser, SurveyDefinitionInput } from '@wir/shared';
import { apiSession, createUserWithOwnPassword, expectNoSeriousA11yViolations, mailsTo } from './e2e-helpers';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './e2e-env';

const stamp = Date.now().toString(36);
const coordinatorUser = {
  email: `koordination.umfrage.${stamp}@example.org`,
  displayName: 'Koordination Umfrage',
  password: 'Erhebungsbogen-2014!',
};
const ayse = `ayse.yilmaz.${stamp}@example.org`;

/** A short Erhebungsbogen with Turkish texts: yes/no with a conditional question, a scale, a free text and a list of offers. */
const definition: SurveyDefinitionInput = {
  sections: [
    {
      key: 'oeffnung',
      title: { de: 'Interkulturelle Öffnung', tr: 'Kültürlerarası açılım', ar: 'الانفتاح بين الثقافات' },
      questions: [
        {
          key: 'buero',
          type: 'yes_no',
          required: true,
          label: {
            de: 'Gibt es ein Integrationsbüro?',
            tr: 'Bir entegrasyon bürosu var mı?',
            ar: 'هل يوجد مكتب للاندماج؟',
          },
        },
        {
          key: 'buero_name',
          type: 'text',
          required: true,
          showIf: { questionKey: 'buero', equals: true },
          label: { de: 'Wie heißt es?', tr: 'Adı nedir?', ar: 'ما اسمه؟' },
        },
        {
          key: 'willkommen',
          type: 'scale',
          label: {
            de: 'Wie stark ist die Willkommenskultur?',
            tr: 'Hoş geldin kültürü ne kadar güçlü?',
            ar: 'ما مدى قوة ثقافة الترحيب؟',
          },
          minLabel: { de: 'schwach', tr: 'zayıf', ar: 'ضعيفة' },
          maxLabel: { de: 'stark', tr: 'güçlü', ar: 'قوية' },
        },
        {
          key: 'fortschritt',
          type: 'text',
          multiline: true,
          label: {
            de: 'Welche Fortschritte sind Ihnen wichtig?',
            tr: 'Hangi ilerlemeler sizin için önemli?',
            ar: 'ما التقدم المهم بالنسبة لك؟',
          },
        },
      ],
    },
    {
      key: 'angebote',
      title: { de: 'Angebote', tr: 'Hizmetler', ar: 'العروض' },
      questions: [
        {
          key: 'angebote',
          type: 'offer_list',
          maxRows: 5,
          label: { de: 'Ihre Angebote', tr: 'Hizmetleriniz', ar: 'عروضكم' },
        },
      ],
    },
  ],
};

test('a contact answers the Erhebungsbogen in Turkish over two visits, submits, downloads the answers; the Arabic page is right to left', async ({
  page,
  playwright,
  browser,
}) => {
  test.setTimeout(120_000);
  let link = '';
  let arabicLink = '';

  await test.step('through the API: the coordinator opens the survey and invites Ayşe (Turkish) and Karim (Arabic)', async () => {
    const admin = await apiSession(playwright, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await createUserWithOwnPassword(playwright, admin, {
      ...coordinatorUser,
      roles: ['coordinator'],
    } satisfies CreateUser);
    const coordinator = await apiSession(playwright, coordinatorUser.email, coordinatorUser.password);
    const karim = `karim.haddad.${stamp}@example.org`;
    const ids = [
      (
        (await coordinator.post('/api/contacts', {
          name: 'Ayşe Yılmaz',
          email: ayse,
          preferredLanguage: 'tr',
          legalBasis: 'public_office',
        })) as { id: number }
      ).id,
      (
        (await coordinator.post('/api/contacts', {
          name: 'Karim Haddad',
          email: karim,
          preferredLanguage: 'ar',
          legalBasis: 'public_office',
        })) as { id: number }
      ).id,
    ];
    const survey = (await coordinator.post('/api/surveys', {
      title: { de: `Erhebungsbogen 2014 ${stamp}`, tr: `Anket 2014 ${stamp}`, ar: `استبيان 2014 ${stamp}` },
      definition,
    })) as { id: number };
    await coordinator.post(`/api/surveys/${survey.id}/open`, {});
    await coordinator.post(`/api/surveys/${survey.id}/invitations`, { contactIds: ids });
    const [mail] = await mailsTo(ayse, 1);
    expect(mail.subject).toBe(`Katılımınızı rica ediyoruz: Anket 2014 ${stamp}`);
    link = /\/umfrage\/[A-Za-z0-9_-]+\?lang=tr/.exec(mail.text ?? '')![0];
    const [arabic] = await mailsTo(karim, 1);
    arabicLink = /\/umfrage\/[A-Za-z0-9_-]+\?lang=ar/.exec(arabic.text ?? '')![0];
    await coordinator.dispose();
    await admin.dispose();
  });

  await test.step('first visit: the page speaks Turkish; answers are saved as she goes', async () => {
    await page.goto(link);
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    await expect(page.getByRole('heading', { level: 1, name: `Anket 2014 ${stamp}` })).toBeVisible();
    // The conditional question shows only after "Evet".
    await expect(page.getByLabel('Adı nedir?')).toHaveCount(0);
    await page
      .getByRole('group', { name: /Bir entegrasyon bürosu var mı\?/ })
      .getByLabel('Evet')
      .check();
    await page.getByLabel('Adı nedir?').fill('Entegrasyon Bürosu Dietzenbach');
    await page
      .getByRole('group', { name: /Hoş geldin kültürü/ })
      .getByLabel(/^4$/)
      .check();
    await expect(page.getByRole('status').filter({ hasText: 'Kaydedildi' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // Typed and gone at once, before the page's save delay: leaving the page still sends it.
    await page.getByLabel('Hangi ilerlemeler sizin için önemli?').fill('Belediyede Türkçe danışmanlık.');
    await page.goto('about:blank');
  });

  await test.step('second visit in a new browser: the answers are still there; she adds an offer and submits', async () => {
    await page.close();
    const context = await browser.newContext({ locale: 'tr-TR' });
    const again = await context.newPage();
    await again.goto(link);
    await expect(
      again.getByRole('group', { name: /Bir entegrasyon bürosu var mı\?/ }).getByLabel('Evet'),
    ).toBeChecked();
    await expect(again.getByLabel('Adı nedir?')).toHaveValue('Entegrasyon Bürosu Dietzenbach');
    await expect(again.getByRole('group', { name: /Hoş geldin kültürü/ }).getByLabel(/^4$/)).toBeChecked();
    await expect(again.getByLabel('Hangi ilerlemeler sizin için önemli?')).toHaveValue(
      'Belediyede Türkçe danışmanlık.',
    );

    await again.getByRole('button', { name: 'Hizmet ekle' }).click();
    await again.getByLabel('Hizmetin adı').fill('Anne-çocuk grubu');
    await again.getByLabel('Açıklama').fill('Her salı annelere ve küçük çocuklara yönelik buluşma.');
    await again.getByLabel('aileler').check();
    await expect(again.getByRole('status').filter({ hasText: 'Kaydedildi' })).toBeVisible();
    await expectNoSeriousA11yViolations(again);

    await again.getByRole('button', { name: 'Yanıtları gönder' }).click();
    await expect(again.getByRole('heading', { name: 'Çok teşekkürler!' })).toBeVisible();
    const download = again.waitForEvent('download');
    await again.getByRole('link', { name: 'Yanıtlarımı indir (PDF)' }).click();
    expect((await download).suggestedFilename()).toBe('antworten.pdf');

    // A third visit shows the thanks, not the form.
    await again.reload();
    await expect(again.getByRole('heading', { name: 'Çok teşekkürler!' })).toBeVisible();
    await expect(again.getByRole('button', { name: 'Yanıtları gönder' })).toHaveCount(0);
    await context.close();
  });

  await test.step('the Arabic page is right to left and accessible', async () => {
    const context = await browser.newContext();
    const arabic = await context.newPage();
    await arabic.goto(arabicLink);
    await expect(arabic.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(arabic.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(arabic.getByRole('heading', { level: 1, name: `استبيان 2014 ${stamp}` })).toBeVisible();
    await expectNoSeriousA11yViolations(arabic);
    await context.close();
  });
});
