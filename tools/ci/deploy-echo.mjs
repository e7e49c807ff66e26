// Stand-ins for the admin and the API processes in tools/ci/deploy-check.sh: each answers with the
// headers it received. The admin stand-in applies the real admin's forwarded-header rules
// (apps/admin/server/forwarded-headers.mjs, ADMIN_TRUST_PROXY=loopback) first, as server.mjs does.
//   node tools/ci/deploy-echo.mjs <admin-port> <api-port> [<api-port> …]
import { createServer } from 'node:http';
import { applyForwardedHeaders } from '../../apps/admin/server/forwarded-headers.mjs';
import { parseTrustProxy } from '../../apps/admin/server/trust-proxy.mjs';

const [adminPort, ...apiPorts] = process.argv.slice(2).map(Number);
const trust = parseTrustProxy('loopback');
const answer = (name, req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ name, method: req.method, url: req.url, headers: req.headers }));
};
const servers = [
  createServer((req, res) => (applyForwardedHeaders(req, trust), answer('admin', req, res))).listen(
    adminPort,
    '127.0.0.1',
  ),
];
for (const port of apiPorts)
  servers.push(createServer((req, res) => answer(`api:${port}`, req, res)).listen(port, '127.0.0.1'));
const stop = () => servers.forEach((s) => s.close(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
