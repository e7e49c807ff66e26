import { formatDateRange, formatDay } from '@wir/shared';
import type { MailRenderContext, RenderedAttachment, RenderedMail } from '#api/platform/mail/mail-kind';
import { escapeHtml } from '#api/platform/mail/html-escape.util';
import { CHECK_IN_QR_CID, checkInQrPng, eventCalendar } from './registration-mail-attachments.util';
import { MAIL_KIND_PARTS, type RegistrationMailKind } from './registration-mail-parts';
import { REGISTRATION_MAIL_SUBJECT } from './registration-mail-subject.util';
import type { RegistrationMailPayload } from './registration-mail-payload';
import { registrationMailCatalogFor } from './templates/catalogs';
import type { MailCatalog, MailTextContext } from './templates/mail-catalog';

/** Builds subject, plain text, accessible HTML and attachments of a registration mail in the participant's language. */
export function renderRegistrationMail(
  kind: RegistrationMailKind,
  payload: RegistrationMailPayload,
  mail: MailRenderContext,
): RenderedMail {
  const catalog = registrationMailCatalogFor(mail.language);
  const parts = MAIL_KIND_PARTS[kind];
  const context = textContext(payload, catalog);
  const texts = catalog.kinds[kind];
  const content: Content = {
    subject: texts.subject(context),
    greeting: catalog.greeting(context),
    body: texts.body(context),
    details: [
      [catalog.labels.what, payload.event.title],
      [catalog.labels.when, context.when],
      [catalog.labels.where, payload.event.venue],
    ],
    workshops: parts.workshops
      ? payload.workshops.map((w) => ({
          title: w.title,
          when: formatDateRange(w.startsAt, w.endsAt, catalog.intlLocale),
          room: w.room ? `${catalog.labels.room} ${w.room}` : '',
          status: catalog.workshopStatus[w.status],
        }))
      : [],
    checkInCode: parts.checkIn ? payload.checkInCode : null,
    manageUrl: parts.manageLink ? payload.manageUrl : null,
    manageLinkElsewhere: parts.manageLink && !payload.manageUrl,
    calendar: parts.calendar,
  };

  const attachments: RenderedAttachment[] = [];
  if (content.calendar) {
    const uid =
      mail.subject?.type === REGISTRATION_MAIL_SUBJECT
        ? `registration-${mail.subject.id}@wir-platform`
        : mail.messageId.replace(/[<>]/g, '');
    attachments.push({
      filename: `${safeFileName(payload.event.slug)}.ics`,
      content: eventCalendar(payload, uid),
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    });
  }
  if (content.checkInCode) {
    const qr = checkInQrPng(content.checkInCode);
    content.qrSide = qr.side;
    attachments.push({ filename: 'check-in.png', content: qr.png, contentType: 'image/png', cid: CHECK_IN_QR_CID });
  }
  return {
    subject: content.subject,
    text: plainText(content, catalog),
    html: html(content, catalog),
    attachments,
    language: catalog.language,
  };
}

type Content = {
  subject: string;
  greeting: string;
  body: string[];
  details: [label: string, value: string][];
  workshops: { title: string; when: string; room: string; status: string }[];
  checkInCode: string | null;
  manageUrl: string | null;
  /** The kind has a manage link, but the payload has none (e.g. a reminder): say where it is. */
  manageLinkElsewhere: boolean;
  calendar: boolean;
  /** Pixel size of the QR image, shown 1:1 so its edges stay sharp. */
  qrSide?: number;
};

function textContext(payload: RegistrationMailPayload, catalog: MailCatalog): MailTextContext {
  return {
    firstName: payload.firstName,
    lastName: payload.lastName,
    eventTitle: payload.event.title,
    venue: payload.event.venue,
    when: formatDateRange(payload.event.startsAt, payload.event.endsAt, catalog.intlLocale),
    day: formatDay(payload.event.startsAt, catalog.intlLocale),
    waitlistPosition: payload.waitlistPosition,
  };
}

function safeFileName(slug: string): string {
  return (
    slug
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'event'
  );
}

function plainText(c: Content, catalog: MailCatalog): string {
  const blocks: string[] = [
    c.greeting,
    c.body.join('\n'),
    c.details.map(([label, value]) => `${label}: ${value}`).join('\n'),
  ];
  if (c.workshops.length) {
    blocks.push(
      [
        `${catalog.labels.workshops}:`,
        ...c.workshops.map((w) => `- ${w.title}\n  ${[w.when, w.room].filter(Boolean).join(' · ')}\n  ${w.status}`),
      ].join('\n'),
    );
  }
  if (c.checkInCode) blocks.push(`${catalog.labels.checkInHeading}:\n${catalog.labels.checkInHint} ${c.checkInCode}`);
  if (c.manageUrl) blocks.push(`${catalog.labels.manageLink}:\n${c.manageUrl}`);
  if (c.manageLinkElsewhere) blocks.push(catalog.labels.manageLinkElsewhere);
  if (c.calendar) blocks.push(catalog.labels.calendarHint);
  blocks.push(catalog.closing.join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

function html(c: Content, catalog: MailCatalog): string {
  const e = escapeHtml;
  // <bdi> keeps names, titles and URLs in their own direction inside right-to-left text.
  const bdi = (value: string) => `<bdi>${e(value)}</bdi>`;
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${e(catalog.language)}" dir="${catalog.dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(c.subject)}</title></head>`,
    `<body style="margin:0;padding:16px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">`,
    `<main style="max-width:600px">`,
    `<p>${e(c.greeting)}</p>`,
    ...c.body.map((p) => `<p>${e(p)}</p>`),
    `<h2 style="font-size:18px;margin:24px 0 8px">${e(catalog.labels.details)}</h2>`,
    '<table style="border-collapse:collapse">',
    ...c.details.map(
      ([label, value]) =>
        `<tr><th scope="row" style="text-align:start;padding:2px 12px;padding-inline-start:0;vertical-align:top">${e(label)}</th><td style="padding:2px 0">${bdi(value)}</td></tr>`,
    ),
    '</table>',
  ];
  if (c.workshops.length) {
    out.push(
      `<h2 style="font-size:18px;margin:24px 0 8px">${e(catalog.labels.workshops)}</h2>`,
      '<ul style="padding-inline-start:20px">',
    );
    for (const w of c.workshops) {
      out.push(
        `<li style="margin-bottom:8px"><strong>${bdi(w.title)}</strong><br>${bdi([w.when, w.room].filter(Boolean).join(' · '))}<br>${e(w.status)}</li>`,
      );
    }
    out.push('</ul>');
  }
  if (c.checkInCode) {
    out.push(
      `<h2 style="font-size:18px;margin:24px 0 8px">${e(catalog.labels.checkInHeading)}</h2>`,
      `<p>${e(catalog.labels.checkInHint)} <strong>${bdi(c.checkInCode)}</strong></p>`,
      `<p><img src="cid:${CHECK_IN_QR_CID}" width="${c.qrSide}" height="${c.qrSide}" alt="${e(`${catalog.labels.qrAlt} ${c.checkInCode}`)}"></p>`,
    );
  }
  if (c.manageUrl) {
    out.push(
      `<p><a href="${e(c.manageUrl)}" style="color:#0b57d0;font-weight:bold">${e(catalog.labels.manageLink)}</a></p>`,
    );
  }
  if (c.manageLinkElsewhere) out.push(`<p>${e(catalog.labels.manageLinkElsewhere)}</p>`);
  if (c.calendar) out.push(`<p>${e(catalog.labels.calendarHint)}</p>`);
  out.push(`<p>${catalog.closing.map(e).join('<br>')}</p>`, '</main>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
