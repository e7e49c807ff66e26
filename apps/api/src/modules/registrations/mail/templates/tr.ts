import type { MailCatalog } from './mail-catalog';

export const tr: MailCatalog = {
  language: 'tr',
  intlLocale: 'tr-TR',
  dir: 'ltr',
  greeting: (c) => `Merhaba ${c.firstName} ${c.lastName},`,
  closing: ['Saygılarımızla', 'Kreis Offenbach Entegrasyon Bürosu'],
  labels: {
    details: 'Etkinlik',
    what: 'Ne',
    when: 'Ne zaman',
    where: 'Nerede',
    workshops: 'Atölyeleriniz',
    room: 'Oda',
    manageLink: 'Kaydınızı görün, değiştirin veya iptal edin',
    manageLinkElsewhere:
      'Kaydınızı görmek, değiştirmek veya iptal etmek için bağlantıyı kaydınızla ilgili ilk e-postada bulabilirsiniz.',
    checkInHeading: 'Giriş kodunuz',
    checkInHint: 'Bu QR kodunu girişte gösterin. Ya da bu kodu söyleyin:',
    qrAlt: 'Giriş için QR kodu, kod',
    calendarHint: 'Ekte bir takvim kaydı (.ics) var.',
  },
  workshopStatus: { confirmed: 'yeriniz onaylandı', waitlisted: 'bekleme listesinde', cancelled: 'iptal edildi' },
  kinds: {
    registration_confirmed: {
      subject: (c) => `Kaydınız onaylandı: ${c.eventTitle}`,
      body: () => ['Kaydınız tamamlandı. Sizi görmekten mutluluk duyacağız!'],
    },
    registration_waitlisted: {
      subject: (c) => `Bekleme listesi: ${c.eventTitle}`,
      body: (c) => [
        'Etkinlik şu anda dolu. Bekleme listesindesiniz.',
        ...(c.waitlistPosition ? [`Bekleme listesindeki sıranız: ${c.waitlistPosition}.`] : []),
        'Bir yer boşalırsa, yer otomatik olarak size verilir. Size e-posta ile haber veririz. Bir şey yapmanıza gerek yok.',
      ],
    },
    registration_moved_up: {
      subject: (c) => `Size yer açıldı: ${c.eventTitle}`,
      body: () => ['Güzel haber: Bir yer boşaldı. Artık kaydınız onaylandı.'],
    },
    registration_changed: {
      subject: (c) => `Kaydınız değiştirildi: ${c.eventTitle}`,
      body: () => ['Kaydınız değiştirildi. Güncel durum:'],
    },
    registration_cancelled: {
      subject: (c) => `Kaydınız iptal edildi: ${c.eventTitle}`,
      body: () => [
        'Kaydınız iptal edildi. Yeriniz artık başkaları için boş.',
        'Bu bir hata mıydı? O zaman lütfen yeniden kaydolun.',
      ],
    },
    event_reminder: {
      subject: (c) => `Hatırlatma: ${c.eventTitle}, ${c.day}`,
      body: (c) => [
        `Yakında görüşmek üzere! ${c.day} günü sizi bekliyoruz.`,
        'Gelemiyor musunuz? Lütfen kaydınızı iptal edin. Böylece yeriniz başka birine verilir.',
      ],
    },
  },
};
