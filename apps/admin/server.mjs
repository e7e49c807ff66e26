// The admin's HTTP server: Next.js (the same app `next start` / `next dev` would serve) behind a
// small front that decides which client address, scheme and host a request carries. `next start`
// keeps an X-Forwarded-For the client sent, and the /api proxy would pass it to the API, so one
// client could pose as many (rate limits, login throttling). See server/forwarded-headers.mjs.
//
//   node apps/admin/server.mjs [--dev] [-p 4200] [-H 0.0.0.0]      (ADMIN_TRUST_PROXY, API_URL)
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { applyForwardedHeaders } from './server/forwarded-headers.mjs';
import { parseTrustProxy } from './server/trust-proxy.mjs';

const { values } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    port: { type: 'string', short: 'p', default: process.env.ADMIN_PORT ?? '4200' },
    hostname: { type: 'string', short: 'H', default: '0.0.0.0' },
  },
});
const dev = values.dev;
const port = Number(values.port);
const hostname = values.hostname;

let trust;
try {
  trust = parseTrustProxy(process.env.ADMIN_TRUST_PROXY);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// Next decides between its development and production behaviour (and React's builds) by NODE_ENV.
process.env.NODE_ENV = dev ? 'development' : 'production';
const { default: next } = await import('next');

const server = createServer();
const app = next({ dev, dir: path.dirname(fileURLToPath(import.meta.url)), hostname, port, httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();

server.on('request', (req, res) => {
  applyForwardedHeaders(req, trust);
  handle(req, res).catch((error) => {
    console.error(`Admin: ${req.method} request failed`, error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end();
  });
});
server.listen(port, hostname, () => {
  console.log(
    `Admin (${dev ? 'development' : 'production'}) at http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`,
  );
});

function stop() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
