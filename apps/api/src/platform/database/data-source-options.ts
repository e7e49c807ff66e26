import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '#api/platform/config/app-config';
import { ensurePrivateFileSync, PRIVATE_DIR_MODE } from '#api/platform/security/private-files.util';
import { migrations } from '#api/migrations/index';

/** The entity classes the data source maps; the composition root (`apps/api/src/entities.ts`) collects them from the modules. */
export type EntityList = NonNullable<DataSourceOptions['entities']>;

export function dataSourceOptions(config: AppConfig, entities: EntityList): DataSourceOptions {
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
  // The service user's alone: DATA_DIR made 0700 when it is created here (an existing one is the
  // operator's choice), the file 0600 (SQLite gives its -wal and -shm the file's mode).
  const file = config.database.file;
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: PRIVATE_DIR_MODE });
  ensurePrivateFileSync(file, [`${file}-wal`, `${file}-shm`]);
  return {
    ...common,
    type: 'better-sqlite3',
    database: file,
    enableWAL: true,
    prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 3000');
      // Erased personal data is overwritten with zeros, not just unlinked from the page (see TransactionRunner.flushErasedData).
      db.pragma('secure_delete = ON');
    },
  };
}
