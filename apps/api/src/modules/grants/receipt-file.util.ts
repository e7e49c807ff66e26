import { RECEIPT_FILE_TYPES } from '@wir/shared';

type ReceiptFileType = (typeof RECEIPT_FILE_TYPES)[number];

const SIGNATURES: Record<ReceiptFileType, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

export function isReceiptFileType(type: string): type is ReceiptFileType {
  return (RECEIPT_FILE_TYPES as readonly string[]).includes(type);
}

/** The declared type must match the file's first bytes: a renamed executable is not a PDF. */
export function contentMatchesType(content: Buffer, type: ReceiptFileType): boolean {
  const signature = SIGNATURES[type];
  return content.length >= signature.length && signature.every((byte, i) => content[i] === byte);
}

const EXTENSIONS: Record<ReceiptFileType, readonly string[]> = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
};
const MAX_NAME = 200;

/**
 * The name ends in the extension of the verified type, so a saved download opens as what it is
 * ("rechnung.html" stored as a PDF is sent as "rechnung.html.pdf"); at most 200 characters.
 */
export function withTypeExtension(name: string, type: string): string {
  const extensions = isReceiptFileType(type) ? EXTENSIONS[type] : [];
  if (extensions.length === 0 || extensions.some((ext) => name.toLowerCase().endsWith(ext)))
    return name.slice(0, MAX_NAME);
  return `${name.slice(0, MAX_NAME - extensions[0].length)}${extensions[0]}`;
}

/** A file name safe to store and to send back: no path, no control characters, the type's extension, at most 200 characters. */
export function cleanFileName(raw: string | undefined, type: ReceiptFileType): string {
  let decoded = raw ?? '';
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // keep the raw text
  }
  const base = decoded.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return withTypeExtension(cleaned || 'beleg', type);
}
