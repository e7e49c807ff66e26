import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { entities } from './entities';
import { migrations } from '../../migrations';

export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = { entities, migrations, synchronize: false, migrationsRun: false, logging: false } as const;
  if (config.database.kind === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: config.database.url,
      poolSize: config.database.poolSize,
      // Bounded waits: a stuck connect or lock never hangs a request.
      connectTimeoutMS: 5000,
      extra: {
        connectionTimeoutMillis: 5000,
        idleTimeoutMillis: 30000,
        statement_timeout: 30000,
        lock_timeout: 3000,
        application_name: 'wir-api',
      },
    };
  }
  fs.mkdirSync(path.dirname(config.database.file), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.database.file,
    enableWAL: true,
    prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 3000');
    },
  };
}
