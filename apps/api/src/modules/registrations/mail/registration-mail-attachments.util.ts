import { crc32, deflateSync } from 'node:zlib';
import { createEvent } from 'ics';
import * as QRCode from 'qrcode';
import type { RegistrationMailPayload } from './registration-mail-payload';

/** Content-ID of the inline check-in QR code, referenced by the HTML part as `cid:`. */
export const CHECK_IN_QR_CID = 'checkin-qr@wir-platform';

/** An iCalendar file for the event. The UID stays the same for one registration, so a later file updates the entry. */
export function eventCalendar(payload: RegistrationMailPayload, uid: string): string {
  const { value, error } = createEvent({
    uid,
    productId: 'wir-platform',
    title: payload.event.title,
    location: payload.event.venue,
    start: Date.parse(payload.event.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(payload.event.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  });
  if (error || !value) throw new Error(`calendar file could not be built: ${error?.message ?? 'empty'}`);
  return value;
}

const QR_SCALE = 8; // pixels per module: crisp edges, still readable when a client scales the image
const QR_MARGIN = 4; // modules of quiet zone, as the QR standard asks

/**
 * The check-in code as a black-and-white PNG QR code. `qrcode` computes the modules; the PNG is
 * written here (8-bit grey, deflated natively): a few hundred bytes, and a fraction of the time
 * of qrcode's own PNG renderer, which blocks the event loop for a noticeable while.
 */
export function checkInQrPng(code: string): { png: Buffer; side: number } {
  const { modules } = QRCode.create(code, { errorCorrectionLevel: 'M' });
  const side = (modules.size + 2 * QR_MARGIN) * QR_SCALE;
  const rowLength = side + 1; // each row starts with its filter type (0: none)
  const pixels = Buffer.alloc(rowLength * side, 0xff);
  for (let y = 0; y < side; y++) {
    pixels[y * rowLength] = 0;
    const my = Math.floor(y / QR_SCALE) - QR_MARGIN;
    if (my < 0 || my >= modules.size) continue;
    for (let mx = 0; mx < modules.size; mx++) {
      if (modules.get(my, mx))
        pixels.fill(
          0x00,
          y * rowLength + 1 + (mx + QR_MARGIN) * QR_SCALE,
          y * rowLength + 1 + (mx + QR_MARGIN + 1) * QR_SCALE,
        );
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 0, 0, 0, 0], 8); // bit depth 8, greyscale, deflate, adaptive filtering, no interlace
  const png = Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
  return { png, side };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}
