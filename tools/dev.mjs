// `npm run dev`: both apps with reload — the shared lib and the API recompile on change
// (tsc --watch, node --watch restarts the API), the admin runs `next dev` behind its server.mjs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, waitFor } from './process-group.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules/.bin/tsc');
const env = { NEXT_TELEMETRY_DISABLED: '1', ...process.env };
const apiPort = env.PORT ?? '3000';

for (const project of ['libs/shared/tsconfig.lib.json', 'apps/api/tsconfig.app.json']) {
  const r = spawnSync(tsc, ['-p', project], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
run('shared (tsc --watch)', tsc, ['-p', 'libs/shared/tsconfig.lib.json', '--watch', '--preserveWatchOutput'], {
  cwd: root,
});
run('api (tsc --watch)', tsc, ['-p', 'apps/api/tsconfig.app.json', '--watch', '--preserveWatchOutput'], { cwd: root });
run('API', process.execPath, ['--watch-path=apps/api/dist', '--watch-path=libs/shared/dist', 'apps/api/dist/main.js'], {
  cwd: root,
  env: { NODE_ENV: 'development', LOAD_DEMO_DATA: 'true', TRUST_PROXY: 'loopback', ...env, PORT: apiPort },
});
await waitFor(`http://127.0.0.1:${apiPort}/api/health`);
run(
  'Admin (next dev)',
  process.execPath,
  [path.join(root, 'apps/admin/server.mjs'), '--dev', '-p', env.ADMIN_PORT ?? '4200'],
  {
    cwd: path.join(root, 'apps/admin'),
    env: { ...env, API_URL: env.API_URL ?? `http://127.0.0.1:${apiPort}` },
  },
);
