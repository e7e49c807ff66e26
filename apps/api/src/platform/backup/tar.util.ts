import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { once } from 'node:events';
import { createGunzip, createGzip } from 'node:zlib';

/**
 * A minimal POSIX ustar writer and reader (regular files only) over gzip, so a backup is one
 * `.tar.gz` that `tar -xzf` also opens, without a dependency. Names are at most 255 bytes.
 */
const BLOCK = 512;
const MAX_SIZE = 0o77777777777; // 11 octal digits: 8 GiB per file

export type TarEntryInfo = { name: string; size: number; sha256: string };

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function splitName(name: string): { name: string; prefix: string } {
  if (Buffer.byteLength(name) <= 100) return { name, prefix: '' };
  const cut = name.lastIndexOf('/', 155);
  if (cut <= 0 || Buffer.byteLength(name.slice(cut + 1)) > 100 || Buffer.byteLength(name.slice(0, cut)) > 155) {
    throw new Error(`name too long for the archive: ${name}`);
  }
  return { name: name.slice(cut + 1), prefix: name.slice(0, cut) };
}

function header(entryName: string, size: number, mtime: Date): Buffer {
  if (size > MAX_SIZE) throw new Error(`file too large for the archive: ${entryName}`);
  const h = Buffer.alloc(BLOCK);
  const { name, prefix } = splitName(entryName);
  h.write(name, 0, 100, 'utf8');
  h.write(octal(0o600, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write('0', 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
  return h;
}

function padding(size: number): Buffer {
  const rest = size % BLOCK;
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest);
}

/** Writes entries one after the other into `<file>` (gzip); `finish()` writes the end blocks and closes it. */
export class TarWriter {
  private readonly gzip = createGzip();
  private readonly out: fs.WriteStream;
  private readonly done: Promise<void>;

  constructor(file: string) {
    this.out = fs.createWriteStream(file, { flags: 'wx', mode: 0o600 });
    this.gzip.pipe(this.out);
    this.done = new Promise((resolve, reject) => {
      this.out.on('close', resolve);
      this.out.on('error', reject);
      this.gzip.on('error', reject);
    });
    this.done.catch(() => undefined);
  }

  private async write(chunk: Buffer): Promise<void> {
    if (!this.gzip.write(chunk)) await once(this.gzip, 'drain');
  }

  async addBuffer(name: string, content: Buffer, mtime = new Date()): Promise<TarEntryInfo> {
    await this.write(header(name, content.length, mtime));
    await this.write(content);
    await this.write(padding(content.length));
    return { name, size: content.length, sha256: createHash('sha256').update(content).digest('hex') };
  }

  /** Streams a file in; its size is taken when it is opened and must not change while it is read. */
  async addFile(name: string, file: string): Promise<TarEntryInfo> {
    const handle = await fs.promises.open(file, 'r');
    try {
      const stat = await handle.stat();
      await this.write(header(name, stat.size, stat.mtime));
      const hash = createHash('sha256');
      let read = 0;
      for await (const chunk of handle.createReadStream({
        autoClose: false,
        start: 0,
        end: Math.max(stat.size - 1, 0),
      })) {
        const buf = chunk as Buffer;
        if (stat.size === 0) break;
        read += buf.length;
        hash.update(buf);
        await this.write(buf);
      }
      if (read !== stat.size) throw new Error(`${name} changed size while it was archived`);
      await this.write(padding(stat.size));
      return { name, size: stat.size, sha256: hash.digest('hex') };
    } finally {
      await handle.close();
    }
  }

  async finish(): Promise<void> {
    await this.write(Buffer.alloc(BLOCK * 2));
    this.gzip.end();
    await this.done;
  }

  /** Closes the file after a failure (the caller removes it). */
  async abort(): Promise<void> {
    this.gzip.destroy();
    this.out.destroy();
    await this.done.catch(() => undefined);
  }
}

export class ArchiveError extends Error {}

function readString(h: Buffer, offset: number, length: number): string {
  const raw = h.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

function safeRelative(name: string): string {
  const normal = path.posix.normalize(name);
  if (
    !name ||
    path.posix.isAbsolute(name) ||
    normal.startsWith('../') ||
    normal === '..' ||
    normal !== name ||
    name.includes('\\')
  ) {
    throw new ArchiveError(`the archive holds an unsafe name: ${JSON.stringify(name)}`);
  }
  return normal;
}

/**
 * Extracts every regular file of a `.tar.gz` into `dir` (which must exist), hashing as it goes.
 * A truncated or corrupted archive, a bad header checksum or an unsafe name is an ArchiveError.
 */
export async function extractTar(archive: string, dir: string): Promise<TarEntryInfo[]> {
  const entries: TarEntryInfo[] = [];
  let pending: Buffer = Buffer.alloc(0);
  let current: {
    name: string;
    size: number;
    remaining: number;
    pad: number;
    fd: number;
    hash: ReturnType<typeof createHash>;
  } | null = null;
  let ended = false;

  const input = fs.createReadStream(archive).pipe(createGunzip());
  try {
    for await (const chunk of input) {
      pending = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
      for (;;) {
        if (current) {
          if (current.remaining > 0) {
            if (pending.length === 0) break;
            const take = Math.min(current.remaining, pending.length);
            const part = pending.subarray(0, take);
            fs.writeSync(current.fd, part);
            current.hash.update(part);
            current.remaining -= take;
            pending = pending.subarray(take);
            continue;
          }
          if (pending.length < current.pad) break;
          pending = pending.subarray(current.pad);
          fs.closeSync(current.fd);
          entries.push({ name: current.name, size: current.size, sha256: current.hash.digest('hex') });
          current = null;
          continue;
        }
        if (ended || pending.length < BLOCK) break;
        const h = pending.subarray(0, BLOCK);
        pending = pending.subarray(BLOCK);
        if (h.every((b) => b === 0)) {
          ended = true;
          break;
        }
        let sum = 0;
        for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
        if (parseInt(readString(h, 148, 8).trim(), 8) !== sum)
          throw new ArchiveError('the archive is damaged (a header checksum does not match)');
        const type = String.fromCharCode(h[156]);
        const prefix = readString(h, 345, 155);
        const name = safeRelative(prefix ? `${prefix}/${readString(h, 0, 100)}` : readString(h, 0, 100));
        const size = parseInt(readString(h, 124, 12).trim() || '0', 8);
        if (type !== '0' && type !== '\0' && type !== '5')
          throw new ArchiveError(`the archive holds an entry that is not a file: ${name}`);
        if (type === '5') continue;
        const target = path.join(dir, name);
        fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
        current = {
          name,
          size,
          remaining: size,
          pad: padding(size).length,
          fd: fs.openSync(target, 'wx', 0o600),
          hash: createHash('sha256'),
        };
      }
    }
  } catch (error) {
    if (current) fs.closeSync(current.fd);
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(`the archive is damaged or incomplete (${(error as Error).message})`);
  }
  if (current) {
    fs.closeSync(current.fd);
    throw new ArchiveError(`the archive is incomplete (${current.name} is cut off)`);
  }
  if (!ended) throw new ArchiveError('the archive is incomplete (its end is missing)');
  return entries;
}
