import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * A throw-away PostgreSQL cluster of the machine's installed version, so a test can stop and start
 * a real server without disturbing the shared one. Runs the server as the `postgres` OS user.
 */
export class PrivatePostgres {
  readonly dir: string;
  private readonly bin: string;

  /** A port nothing listens on right now (the kernel's choice), for the private server. */
  static async freePort(): Promise<number> {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    return port;
  }

  constructor(readonly port: number) {
    const versions = fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    this.bin = `/usr/lib/postgresql/${versions[0]}/bin`;
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-pg-'));
    fs.chmodSync(this.dir, 0o777);
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private asPostgres(cmd: string, args: string[]): void {
    execFileSync('runuser', ['-u', 'postgres', '--', `${this.bin}/${cmd}`, ...args], {
      stdio: 'pipe',
      timeout: 60_000,
    });
  }

  init(): void {
    this.asPostgres('initdb', ['-D', `${this.dir}/data`, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  }

  start(): void {
    try {
      this.asPostgres('pg_ctl', [
        '-D',
        `${this.dir}/data`,
        '-l',
        `${this.dir}/log`,
        '-w',
        '-o',
        `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
        'start',
      ]);
    } catch (error) {
      const log = fs.existsSync(`${this.dir}/log`)
        ? fs.readFileSync(`${this.dir}/log`, 'utf8').slice(-2000)
        : '(no log)';
      throw new Error(`PostgreSQL did not start on port ${this.port}: ${(error as Error).message}\n${log}`);
    }
  }

  stop(): void {
    this.asPostgres('pg_ctl', ['-D', `${this.dir}/data`, '-m', 'fast', '-w', 'stop']);
  }

  destroy(): void {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
