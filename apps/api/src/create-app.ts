import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { RECEIPT_FILE_MAX_BYTES, RECEIPT_FILE_TYPES } from '@wir/shared';
import { AppModule } from './app.module';
import { InitialAdminService } from './modules/users/initial-admin.service';
import type { AppConfig } from './platform/config/app-config';
import { runMigrations } from './platform/database/migrate';
import { toProblem } from './platform/errors/problem.filter';
import { setupOpenApi } from './platform/http/openapi';
import { CONTACT_IMPORT_MAX_BYTES, CONTACT_IMPORT_TYPES } from './modules/contacts/contacts.controller';
import { DemoDataService } from './seed/demo-data.service';

/** Builds the configured API: migrations run, first admin ensured, demo data when asked. Not yet listening. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(helmet());
  app.use(cookieParser());
  app.use(express.json({ limit: '1mb' }));
  // Receipt scans arrive as the raw body of one route.
  app.use('/api/receipts/:id/file', express.raw({ type: [...RECEIPT_FILE_TYPES], limit: RECEIPT_FILE_MAX_BYTES }));
  // A contacts import file (CSV) arrives as the raw body of the preview and the import (also as an operation).
  const contactImportBody = express.raw({ type: CONTACT_IMPORT_TYPES, limit: CONTACT_IMPORT_MAX_BYTES });
  app.use('/api/contacts/import', contactImportBody);
  app.use('/api/contacts/imports', contactImportBody);
  app.setGlobalPrefix('api');
  app.enableCors({ origin: config.adminOrigin, credentials: true });
  setupOpenApi(app, config.openApiDocs);
  // The schema and the first admin exist before any worker or job starts (they start in init()).
  await runMigrations(app.get(DataSource));
  await app.get(InitialAdminService).ensure();
  if (config.loadDemoData) await app.get(DemoDataService).loadIfEmpty();
  await app.init();

  // Errors raised by Express middleware (e.g. a body that is not JSON) get the same problem+json.
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const problem = toProblem(err);
    res
      .status(problem.status)
      .type('application/problem+json')
      .send(JSON.stringify({ ...problem, instance: req.path }));
  });

  return app;
}
