import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ArchiveError, extractTar, TarWriter } from './tar.util';

describe('the backup archive format (ustar in gzip)', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-tar-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('round-trips files with their SHA-256, long names included, and GNU tar reads it too', async () => {
    const file = path.join(dir, 'a.tar.gz');
    const source = path.join(dir, 'scan.bin');
    fs.writeFileSync(source, Buffer.alloc(1000, 7));
    const longName = `files/${'umfragen/'.repeat(12)}antwort.pdf`;
    const writer = new TarWriter(file);
    const written = [
      await writer.addFile('files/receipts/scan.bin', source),
      await writer.addBuffer(longName, Buffer.from('x')),
      await writer.addBuffer('empty.txt', Buffer.alloc(0)),
    ];
    await writer.finish();

    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    expect(await extractTar(file, out)).toEqual(written);
    expect(fs.readFileSync(path.join(out, 'files/receipts/scan.bin'))).toEqual(Buffer.alloc(1000, 7));
    expect(execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n')).toEqual([
      'files/receipts/scan.bin',
      longName,
      'empty.txt',
    ]);
  });

  function rawTar(name: string, type = '0'): Buffer {
    const h = Buffer.alloc(512);
    h.write(name, 0);
    h.write('0000600\0', 100);
    h.write('00000000001\0', 124);
    h.write('        ', 148);
    h.write(type, 156);
    h.write('ustar\0', 257);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    return gzipSync(Buffer.concat([h, Buffer.from('x'), Buffer.alloc(511), Buffer.alloc(1024)]));
  }

  it.each([['../outside.txt'], ['/etc/passwd'], ['files/../../x'], ['a\\b']])(
    'refuses the unsafe name %s and writes nothing outside',
    async (name) => {
      const file = path.join(dir, 'evil.tar.gz');
      fs.writeFileSync(file, rawTar(name));
      const out = path.join(dir, 'out');
      fs.mkdirSync(out);
      await expect(extractTar(file, out)).rejects.toThrow(ArchiveError);
      expect(fs.existsSync(path.join(dir, 'outside.txt'))).toBe(false);
    },
  );

  it('refuses links and devices', async () => {
    const file = path.join(dir, 'link.tar.gz');
    fs.writeFileSync(file, rawTar('link', '2'));
    fs.mkdirSync(path.join(dir, 'out'));
    await expect(extractTar(file, path.join(dir, 'out'))).rejects.toThrow(/not a file/);
  });

  it('refuses an archive without its end blocks', async () => {
    const file = path.join(dir, 'cut.tar.gz');
    const h = rawTar('a.txt');
    const plain = gunzipSync(h);
    fs.writeFileSync(file, gzipSync(plain.subarray(0, 1024)));
    fs.mkdirSync(path.join(dir, 'out'));
    await expect(extractTar(file, path.join(dir, 'out'))).rejects.toThrow(/end is missing|incomplete/);
  });
});
