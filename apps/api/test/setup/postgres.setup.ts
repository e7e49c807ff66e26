// This Jest project runs every database test on PostgreSQL (TEST_DATABASE_URL); each test file gets a fresh database.
import { randomBytes } from 'node:crypto';

const base = process.env.TEST_DATABASE_URL;
if (!base) throw new Error('TEST_DATABASE_URL is not set');
const url = new URL(base);
url.pathname = `/wir_t_${randomBytes(6).toString('hex')}`;
process.env.DATABASE_URL = url.toString();
process.env.TEST_DB_KIND = 'postgres';
