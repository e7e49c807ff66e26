import { escapeHtml as e } from './html-escape.util';

/** A short mail of paragraphs, an optional button with a personal link, and a closing (feedback, survey invitations). */
export type LinkMail = {
  language: string;
  dir: 'ltr' | 'rtl';
  subject: string;
  paragraphs: string[];
  link: { url?: string | null; label: string };
  closing: string[];
};

/** The plain-text and HTML bodies of a link mail; the HTML escapes every text and shows the link written out under the button. */
export function renderLinkMail(mail: LinkMail): { text: string; html: string } {
  const { url, label } = mail.link;
  const text = [...mail.paragraphs, ...(url ? [`${label}:\n${url}`] : []), mail.closing.join('\n')].join('\n\n') + '\n';
  const html = [
    '<!doctype html>',
    `<html lang="${e(mail.language)}" dir="${mail.dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(mail.subject)}</title></head>`,
    '<body style="margin:0;padding:16px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">',
    '<main style="max-width:600px">',
    ...mail.paragraphs.map((p) => `<p>${e(p)}</p>`),
    url
      ? `<p><a href="${e(url)}" style="display:inline-block;padding:10px 16px;background:#1f4e79;color:#ffffff;text-decoration:none;border-radius:4px">${e(label)}</a></p><p><bdi>${e(url)}</bdi></p>`
      : '',
    `<p>${mail.closing.map(e).join('<br>')}</p>`,
    '</main></body></html>',
  ].join('\n');
  return { text, html };
}
