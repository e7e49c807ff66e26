import { renderLinkMail } from './link-mail.util';

describe('link mail', () => {
  const mail = {
    language: 'ar',
    dir: 'rtl' as const,
    subject: 'Fragen <&>',
    paragraphs: ['Hallo "Ayşe"', 'Zweiter Absatz'],
    closing: ['Gruß', 'Büro'],
  };

  it('writes the paragraphs, the button with the link written out, and the closing; every text escaped', () => {
    const { text, html } = renderLinkMail({
      ...mail,
      link: { url: 'https://wir.example/umfrage/a?x=1&y=2', label: 'Zu den Fragen' },
    });
    expect(text).toBe(
      'Hallo "Ayşe"\n\nZweiter Absatz\n\nZu den Fragen:\nhttps://wir.example/umfrage/a?x=1&y=2\n\nGruß\nBüro\n',
    );
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<title>Fragen &lt;&amp;&gt;</title>');
    expect(html).toContain('<p>Hallo &quot;Ayşe&quot;</p>');
    expect(html).toContain('href="https://wir.example/umfrage/a?x=1&amp;y=2"');
    expect(html).toContain('<bdi>https://wir.example/umfrage/a?x=1&amp;y=2</bdi>');
    expect(html).toContain('<p>Gruß<br>Büro</p>');
  });

  it('leaves out the button when there is no link', () => {
    const { text, html } = renderLinkMail({ ...mail, link: { url: null, label: 'Zu den Fragen' } });
    expect(text).toBe('Hallo "Ayşe"\n\nZweiter Absatz\n\nGruß\nBüro\n');
    expect(html).not.toContain('<a ');
  });
});
