import { PassThrough } from 'node:stream';

/** Runs a stream writer into memory and returns every byte it wrote (how the writers' tests read their files back). */
export async function writtenBytes(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}
