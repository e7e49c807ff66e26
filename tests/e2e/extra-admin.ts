import { spawn } from 'node:child_process';
import path from 'node:path';
import { API_PORT } from './e2e-env';

/**
 * A second admin server (the same build as the journeys' admin, apps/admin/server.mjs) on its own
 * port with its own settings, in front of the same API. `stop()` ends its process group.
 */
export async function startExtraAdmin(
  port: number,
  env: Record<string, string>,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const repoRoot = path.resolve(__dirname, '../..');
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'apps/admin/server.mjs'), '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: path.join(repoRoot, 'apps/admin'),
      env: { ...process.env, API_URL: `http://127.0.0.1:${API_PORT}`, NEXT_TELEMETRY_DISABLED: '1', ...env },
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let closed = false;
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  void exited.then(() => (closed = true));
  const stop = async () => {
    if (closed) return;
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await exited;
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (closed) throw new Error(`the extra admin on ${port} exited: ${stderr}`);
    const up = await fetch(`${url}/login`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the extra admin on ${port} did not come up: ${stderr}`);
}
