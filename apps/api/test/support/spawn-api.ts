import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';

export const MAIN_JS = path.resolve(__dirname, '../../dist/main.js');

export type SpawnedApi = { proc: ChildProcess; port: number; output: () => string; exited: Promise<number | null> };

/** Starts the built API (`apps/api/dist/main.js`) as its own process on a free port. */
export async function spawnApi(env: Record<string, string>, timeoutMs = 30_000): Promise<SpawnedApi> {
  const proc = spawn(process.execPath, [MAIN_JS], {
    // LOG_LEVEL info: the start-up line that names the port is an info line.
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += String(d)));
  proc.stderr!.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start:\n${out}`)), timeoutMs);
    const check = () => {
      const m = /listening on http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    proc.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`API exited with ${code}:\n${out}`));
    });
  });
  return { proc, port, output: () => out, exited };
}

/** Runs the built API expecting it to stop by itself; returns its exit code and output. */
export function runApiToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const proc = spawn(process.execPath, [MAIN_JS], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout.on('data', (d) => (output += String(d)));
  proc.stderr.on('data', (d) => (output += String(d)));
  return new Promise((resolve) => proc.on('exit', (code) => resolve({ code, output })));
}
