// `npm start`: build what is needed, then run API and admin in production mode on the embedded
// SQLite default (or DATABASE_URL), load the demo data on first start, print where to go.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, stopAll, waitFor } from './process-group.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = {
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
  ...process.env,
};
const apiPort = env.PORT ?? '3000';
const adminPort = env.ADMIN_PORT ?? '4200';

console.log('Building (cached after the first time) …');
const build = spawnSync(
  path.join(root, 'node_modules/.bin/nx'),
  ['run-many', '-t', 'build', '--projects=shared,api,admin', '--outputStyle=static'],
  {
    cwd: root,
    env,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

run('API', process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
  cwd: root,
  env: {
    NODE_ENV: 'production',
    LOAD_DEMO_DATA: 'true',
    // The admin's /api proxy runs on this machine and forwards the client address.
    TRUST_PROXY: 'loopback',
    ADMIN_ORIGIN: `http://localhost:${adminPort}`,
    ...env,
    PORT: apiPort,
  },
});
if (!(await waitFor(`http://127.0.0.1:${apiPort}/api/health/ready`))) {
  console.error('The API did not become ready.');
  stopAll(1);
} else {
  // Next behind the admin's own server, which decides the client address the API sees (ADMIN_TRUST_PROXY).
  run('Admin', process.execPath, [path.join(root, 'apps/admin/server.mjs'), '-p', adminPort], {
    cwd: path.join(root, 'apps/admin'),
    env: { ...env, API_URL: env.API_URL ?? `http://127.0.0.1:${apiPort}` },
  });
  if (await waitFor(`http://127.0.0.1:${adminPort}/login`)) {
    const login = env.ADMIN_EMAIL
      ? `Log in as ${env.ADMIN_EMAIL} with ADMIN_PASSWORD.`
      : 'Log in as admin@wir.local with the password printed above on the first start (shown only once).\n  Lost it? Start again with ADMIN_EMAIL and ADMIN_PASSWORD set: that admin is created if absent.';
    console.log(
      `\n  WIR platform is running.\n  Admin: http://localhost:${adminPort}\n  API:   http://localhost:${apiPort}/api  (docs for logged-in staff: http://localhost:${adminPort}/api/docs)\n  ${login}\n  Stop with Ctrl+C.\n`,
    );
  } else {
    console.error('The admin did not come up.');
    stopAll(1);
  }
}
