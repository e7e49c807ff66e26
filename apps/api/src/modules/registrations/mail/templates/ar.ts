import type { MailCatalog } from './mail-catalog';

/** Arabic, right to left. Dates with Latin digits, as on German documents and signs. */
export const ar: MailCatalog = {
  language: 'ar',
  intlLocale: 'ar-u-nu-latn',
  dir: 'rtl',
  greeting: (c) => `مرحبًا ${c.firstName} ${c.lastName}،`,
  closing: ['مع أطيب التحيات', 'مكتب الاندماج في منطقة أوفنباخ'],
  labels: {
    details: 'الفعالية',
    what: 'ماذا',
    when: 'متى',
    where: 'أين',
    workshops: 'ورش العمل الخاصة بك',
    room: 'القاعة',
    manageLink: 'عرض تسجيلك أو تغييره أو إلغاؤه',
    manageLinkElsewhere: 'تجد رابط عرض تسجيلك أو تغييره أو إلغائه في أول رسالة بريد إلكتروني عن تسجيلك.',
    checkInHeading: 'رمز الدخول الخاص بك',
    checkInHint: 'اعرض رمز QR هذا عند المدخل. أو اذكر هذا الرمز:',
    qrAlt: 'رمز QR للدخول، الرمز',
    calendarHint: 'في المرفق موعد للتقويم (.ics).',
  },
  workshopStatus: { confirmed: 'مكانك مؤكَّد', waitlisted: 'على قائمة الانتظار', cancelled: 'ملغى' },
  kinds: {
    registration_confirmed: {
      subject: (c) => `تم تأكيد تسجيلك: ${c.eventTitle}`,
      body: () => ['لقد تم تسجيلك. يسعدنا حضورك!'],
    },
    registration_waitlisted: {
      subject: (c) => `قائمة الانتظار: ${c.eventTitle}`,
      body: (c) => [
        'الفعالية ممتلئة الآن. أنت على قائمة الانتظار.',
        ...(c.waitlistPosition ? [`رقمك في قائمة الانتظار: ${c.waitlistPosition}.`] : []),
        'إذا أصبح مكان متاحًا، تحصل عليه تلقائيًا. وسنرسل لك رسالة بالبريد الإلكتروني. لا تحتاج إلى فعل أي شيء.',
      ],
    },
    registration_moved_up: {
      subject: (c) => `حصلت على مكان: ${c.eventTitle}`,
      body: () => ['خبر سار: أصبح مكان متاحًا. أنت الآن مسجَّل.'],
    },
    registration_changed: {
      subject: (c) => `تم تغيير تسجيلك: ${c.eventTitle}`,
      body: () => ['تم تغيير تسجيلك. هذا هو الوضع الآن:'],
    },
    registration_cancelled: {
      subject: (c) => `تم إلغاء تسجيلك: ${c.eventTitle}`,
      body: () => ['تم إلغاء تسجيلك. مكانك أصبح متاحًا لأشخاص آخرين.', 'هل كان هذا خطأ؟ إذن يرجى التسجيل من جديد.'],
    },
    event_reminder: {
      subject: (c) => `تذكير: ${c.eventTitle}، ${c.day}`,
      body: (c) => [
        `نراك قريبًا! نلتقي يوم ${c.day}.`,
        'لا تستطيع الحضور؟ يرجى إلغاء التسجيل. هكذا يحصل شخص آخر على مكانك.',
      ],
    },
  },
};
