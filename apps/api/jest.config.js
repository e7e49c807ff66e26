// Two projects: every database test runs on SQLite and, when TEST_DATABASE_URL is set, on PostgreSQL.
const fs = require('node:fs');
const path = require('node:path');
const swc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
delete swc.$schema;

const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] },
  testEnvironmentOptions: { customExportConditions: ['@wir/source', 'node', 'require', 'default'] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // '#api/…' (package.json "imports", tsconfig "paths") from the TypeScript source.
  moduleNameMapper: { '^#api/(.*)$': '<rootDir>/src/$1' },
};

const projects = [
  { ...base, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
  {
    ...base,
    displayName: 'sqlite',
    testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
    setupFiles: ['<rootDir>/test/setup/sqlite.setup.ts'],
  },
];
if (process.env.TEST_DATABASE_URL) {
  projects.push({
    ...base,
    displayName: 'postgres',
    // *.pg-spec.ts: what only PostgreSQL has (a server that restarts under the API).
    testMatch: ['<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/test/**/*.pg-spec.ts'],
    setupFiles: ['<rootDir>/test/setup/postgres.setup.ts'],
  });
}

// TEST_DATABASES=postgres keeps only the PostgreSQL project: CI's PostgreSQL step leaves the unit and SQLite
// tests to its Node 22 step (tools/ci/node22.sh), so each runs once.
const only = process.env.TEST_DATABASES;
if (only && !projects.some((p) => p.displayName === only))
  throw new Error(`TEST_DATABASES=${only}: no such test project (is TEST_DATABASE_URL set?)`);

module.exports = {
  projects: only ? projects.filter((p) => p.displayName === only) : projects,
  testTimeout: 30000,
};
