import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { CSRF_COOKIE, type Role } from '@wir/shared';
import { createApp } from '#api/create-app';
import { AppConfig, loadConfig } from '#api/platform/config/app-config';
import { dropDatabase, newTestDatabase } from './database';

export const ADMIN = { email: 'admin@kreis-offenbach.example', password: 'Integrationsbuero-2002!' };
export const PASSWORD = 'Willkommenskultur-2014!';
/** The password an admin gives a new user; the user must change it at the first login. */
export const INITIAL_PASSWORD = 'Vom-Admin-vergeben-2014!';

export type TestApp = {
  app: NestExpressApplication;
  config: AppConfig;
  http: ReturnType<typeof request>;
  /** A logged-in client (cookie jar + CSRF header). */
  login(email: string, password: string): Promise<Client>;
  /** Creates a user with the given roles (as the admin), changes the admin-set password to PASSWORD as that user, and logs them in. */
  userWithRoles(roles: Role[]): Promise<Client & { id: number; email: string }>;
  admin(): Promise<Client>;
  close(): Promise<void>;
};

export class Client {
  constructor(
    readonly agent: ReturnType<typeof request.agent>,
    readonly csrf: string,
  ) {}
  get(url: string) {
    return this.agent.get(url);
  }
  post(url: string, body?: object) {
    return this.agent.post(url).set('X-CSRF-Token', this.csrf).send(body);
  }
  patch(url: string, body?: object) {
    return this.agent.patch(url).set('X-CSRF-Token', this.csrf).send(body);
  }
  put(url: string, body?: object) {
    return this.agent.put(url).set('X-CSRF-Token', this.csrf).send(body);
  }
  delete(url: string) {
    return this.agent.delete(url).set('X-CSRF-Token', this.csrf);
  }
}

export function cookieValue(setCookie: string[] | string | undefined, name: string): string | undefined {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const line = list.find((c) => c.startsWith(`${name}=`));
  return line?.split(';')[0].slice(name.length + 1);
}

let counter = 0;
let appCounter = 0;

/** The tests' configuration for a data folder and database: quiet, and no mail worker or jobs of its own. */
export function testConfig(
  dataDir: string,
  databaseUrl: string | undefined,
  env: Record<string, string> = {},
): AppConfig {
  return loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    // Tests drive the mail worker and the jobs themselves (runOnce, runAll) with a controlled clock.
    MAIL_WORKER_ENABLED: 'false',
    JOBS_ENABLED: 'false',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...env,
  });
}

/**
 * Another API process on the PostgreSQL database of `t`, as a second server of one installation runs it:
 * its own data folder, the same first admin; `env`: more settings.
 */
export function secondProcess(
  t: TestApp,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<NestExpressApplication> {
  if (t.config.database.kind !== 'postgres') throw new Error('a second process needs PostgreSQL');
  const config = testConfig(dataDir, t.config.database.url, {
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ...env,
  });
  return createApp(config);
}

/** Boots the real app on a fresh database of this Jest project's kind (SQLite file or a new PostgreSQL database). */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wir-test-'));
  const databaseUrl = await newTestDatabase(String(++appCounter));
  const config = testConfig(dataDir, databaseUrl, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ...env });
  const app = await createApp(config);
  const server = app.getHttpServer();
  const http = request(server);

  const login = async (email: string, password: string) => {
    const agent = request.agent(server);
    const res = await agent.post('/api/auth/login').send({ email, password });
    if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return new Client(agent, cookieValue(res.headers['set-cookie'], CSRF_COOKIE)!);
  };
  let adminClient: Client | undefined;
  const admin = async () => (adminClient ??= await login(ADMIN.email, ADMIN.password));

  return {
    app,
    config,
    http,
    login,
    admin,
    async userWithRoles(roles: Role[]) {
      const email = `user${++counter}-${roles.join('-')}@example.org`;
      const res = await (
        await admin()
      ).post('/api/users', { email, displayName: `Test ${roles.join('/')}`, password: INITIAL_PASSWORD, roles });
      if (res.status !== 201) throw new Error(`creating ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      const first = await login(email, INITIAL_PASSWORD);
      const changed = await first.post('/api/auth/password', {
        currentPassword: INITIAL_PASSWORD,
        newPassword: PASSWORD,
      });
      if (changed.status !== 204)
        throw new Error(`changing the password of ${email} failed: ${changed.status} ${JSON.stringify(changed.body)}`);
      return Object.assign(await login(email, PASSWORD), { id: res.body.id as number, email });
    },
    async close() {
      await app.close();
      if (databaseUrl) await dropDatabase(databaseUrl);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
