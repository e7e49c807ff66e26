import 'reflect-metadata';
import { setFlagsFromString } from 'node:v8';
import type { AddressInfo } from 'node:net';
import { Logger } from 'nestjs-pino';
import { createApp } from './create-app';
import { AppConfig, ConfigError, loadConfig } from './platform/config/app-config';

// Long exports allocate many short-lived rows; V8's allocation-site pretenuring would move them
// straight to the old space after the first export, so each later one grew the heap by ~100 MB
// (measured, docs/benchmarks.md). Node refuses this flag in NODE_OPTIONS, so it is set here, first.
setFlagsFromString('--no-allocation-site-pretenuring');

function configOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nThe API did not start. See the README for every setting.\n`);
      process.exit(78);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  const app = await createApp(config);
  const logger = app.get(Logger);
  await app.listen(config.port, config.host);
  const { port } = app.getHttpServer().address() as AddressInfo;
  logger.log(`API listening on http://localhost:${port}/api (database: ${config.database.kind})`);

  // SIGTERM: stop accepting, let in-flight requests finish, exit within the timeout.
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received, draining`);
    setTimeout(() => {
      process.stderr.write('shutdown timed out, exiting\n');
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    app
      .close()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`API failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
