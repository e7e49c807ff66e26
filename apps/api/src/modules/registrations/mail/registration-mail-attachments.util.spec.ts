import * as QRCode from 'qrcode';
import { checkInQrPng, eventCalendar } from './registration-mail-attachments.util';
import type { RegistrationMailPayload } from './registration-mail-payload';

// pngjs (qrcode's own PNG library) as an independent decoder of what checkInQrPng writes.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PNG } = require('pngjs') as {
  PNG: { sync: { read(png: Buffer): { width: number; height: number; data: Buffer } } };
};

describe('mail attachments', () => {
  it.each(['WIR-7Q2K', 'c0ffee00-1234-4bcd-8def-0123456789ab', 'ÄÖÜ ß – مرحبا'])(
    'draws the QR code of %s module by module',
    (code) => {
      const { png, side } = checkInQrPng(code);
      const image = PNG.sync.read(png);
      expect([image.width, image.height]).toEqual([side, side]);

      const { modules } = QRCode.create(code, { errorCorrectionLevel: 'M' });
      const scale = side / (modules.size + 8);
      expect(Number.isInteger(scale)).toBe(true);
      const isDark = (x: number, y: number) => image.data[(y * side + x) * 4] === 0; // RGBA after decoding
      for (let my = -4; my < modules.size + 4; my++) {
        for (let mx = -4; mx < modules.size + 4; mx++) {
          const inside = my >= 0 && mx >= 0 && my < modules.size && mx < modules.size;
          const expected = inside && Boolean(modules.get(my, mx));
          const cx = (mx + 4) * scale + scale / 2;
          const cy = (my + 4) * scale + scale / 2;
          if (isDark(cx, cy) !== expected)
            throw new Error(`module ${mx},${my} is ${expected ? 'light' : 'dark'} in the image`);
        }
      }
      expect(png.length).toBeLessThan(2_000);
    },
  );

  it('writes an event with start, end, place and the registration UID, in UTC', () => {
    const payload = {
      event: {
        title: 'Konferenz; Teil 1, 2014',
        venue: 'Kreishaus, Dietzenbach',
        startsAt: '2014-05-22T09:00:00+02:00',
        endsAt: '2014-05-22T16:30:00+02:00',
        slug: 'k',
      },
    } as RegistrationMailPayload;
    const ics = eventCalendar(payload, 'registration-5@wir-platform');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('UID:registration-5@wir-platform\r\n');
    expect(ics).toContain('DTSTART:20140522T070000Z\r\n');
    expect(ics).toContain('DTEND:20140522T143000Z\r\n');
    expect(ics).toContain('SUMMARY:Konferenz\\; Teil 1\\, 2014\r\n');
    expect(ics).toContain('LOCATION:Kreishaus\\, Dietzenbach\r\n');
  });
});
