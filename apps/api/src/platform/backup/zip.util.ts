import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A minimal ZIP writer (what Windows' Explorer and Excel users open without extra tools): each
 * entry is given whole (a table's CSV, a scan), written at once with its CRC-32; text is deflated,
 * files already compressed (PDF, PNG, JPEG) are stored. No ZIP64: at most 4 GiB and 65,535 entries.
 */
export class ZipWriter {
  private offset = 0;
  private readonly central: Buffer[] = [];
  private count = 0;

  constructor(private readonly out: Writable) {}

  private async write(chunk: Buffer): Promise<void> {
    if (this.out.destroyed) throw new Error('The download stream was closed.');
    this.offset += chunk.length;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  async add(
    name: string,
    content: Buffer,
    { compress = true, at = new Date() }: { compress?: boolean; at?: Date } = {},
  ): Promise<void> {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = compress ? deflateRawSync(content) : content;
    const method = compress ? 8 : 0;
    const crc = crc32(content);
    const time = ((at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2)) & 0xffff;
    const date = (((at.getFullYear() - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate()) & 0xffff;
    if (this.offset + 30 + nameBytes.length + data.length > 0xffffffff || ++this.count > 0xffff)
      throw new Error('The export is larger than a ZIP without ZIP64 can hold.');

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(content.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(this.offset, 42);
    this.central.push(entry, nameBytes);

    await this.write(Buffer.concat([local, nameBytes]));
    await this.write(data);
  }

  /** Writes the central directory and ends the stream. */
  async finish(): Promise<void> {
    const start = this.offset;
    const directory = Buffer.concat(this.central);
    await this.write(directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.count, 8);
    end.writeUInt16LE(this.count, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    const done = once(this.out, 'finish');
    this.out.end();
    await done;
  }
}
