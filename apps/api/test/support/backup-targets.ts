import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { CSRF_COOKIE } from '@wir/shared';
import { createApp } from '#api/create-app';
import type { AppConfig } from '#api/platform/config/app-config';
import { dropDatabase, newTestDatabase } from './database';
import { Client, cookieValue, testConfig } from './test-app';

let targets = 0;

/** An empty place to restore into: a new DATA_DIR and, on PostgreSQL, a new empty database created here. */
export type RestoreTarget = { config: AppConfig; dataDir: string; databaseUrl?: string; remove(): Promise<void> };

export async function emptyRestoreTarget(env: Record<string, string> = {}): Promise<RestoreTarget> {
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wir-restore-')), 'data');
  const databaseUrl = await newTestDatabase(`r${++targets}`);
  const config = testConfig(dataDir, databaseUrl, env);
  return {
    config,
    dataDir,
    databaseUrl,
    async remove() {
      if (databaseUrl) await dropDatabase(databaseUrl);
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    },
  };
}

/** Starts the app on a restored target (its migrations run at start) and logs in as the given user. */
export async function startOn(
  config: AppConfig,
): Promise<{ app: NestExpressApplication; login(email: string, password: string): Promise<Client> }> {
  const app = await createApp(config);
  const server = app.getHttpServer();
  return {
    app,
    async login(email, password) {
      const agent = request.agent(server);
      const res = await agent.post('/api/auth/login').send({ email, password });
      if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return new Client(agent, cookieValue(res.headers['set-cookie'], CSRF_COOKIE)!);
    },
  };
}

/** Runs tasks with at most `width` at a time. */
export async function pool(tasks: (() => Promise<void>)[], width: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) await tasks[next++]();
    }),
  );
}
