// This Jest project runs every database test on PostgreSQL (TEST_DATABASE_URL); each test file gets a fresh database.
import { randomBytes } from 'node:crypto';

const base = process.env.TEST_DATABASE_URL;
if (!base) throw new Error('TEST_DATABASE_URL is not set');
const url = new URL(base);
url.pathname = `/wir_t_${randomBytes(6).toString('hex')}`;
process.env.DATABASE_URL = url.toString();
process.env.TEST_DB_KIND = 'postgres';

// A query sent to a pg client while another runs on it (e.g. Promise.all inside a transaction) is only
// queued by pg 8, with a one-time warning, and refused by pg 9: here it fails the test at once.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Client } = require('pg') as typeof import('pg');
type QueueingClient = { _queryQueue: unknown[]; pipeline?: boolean };
const query = Client.prototype.query;
Client.prototype.query = function (this: QueueingClient, ...args: unknown[]) {
  if (this._queryQueue.length > 0 && !this.pipeline) {
    throw new Error(
      'A query was sent to a PostgreSQL connection that is still running another (run reads inside a transaction one after the other).',
    );
  }
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;
