// The admin's pure logic (form values, German number and date input, check-in state, filters) and
// the small server's header helpers. No DOM: a util that needs one is left to the browser tests.
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // libs/shared from its TypeScript source, as Next compiles it (transpilePackages).
  testEnvironmentOptions: { customExportConditions: ['@wir/source', 'node', 'require', 'default'] },
};

module.exports = {
  projects: [
    {
      ...base,
      displayName: 'admin',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      transform: {
        '^.+\\.ts$': [
          '@swc/jest',
          { swcrc: false, jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } },
        ],
        // next-intl's message format (ICU plurals and selects), which ships as ES modules only: the error texts' test formats with it.
        '/node_modules/(intl-messageformat|@formatjs)/.+\\.js$': [
          '@swc/jest',
          { swcrc: false, jsc: { target: 'es2022' }, module: { type: 'commonjs' } },
        ],
      },
      transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
      moduleFileExtensions: ['ts', 'js', 'json'],
      // The admin's `@/` and `@messages/` aliases (tsconfig.json "paths").
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1', '^@messages/(.*)$': '<rootDir>/messages/$1' },
    },
    {
      // server.mjs and its helpers are native ES modules: run as they are (the test target sets
      // --experimental-vm-modules, which Jest needs for ES modules).
      ...base,
      displayName: 'admin-server',
      testMatch: ['<rootDir>/server/**/*.spec.mjs'],
      transform: {},
      moduleFileExtensions: ['mjs', 'js', 'json'],
    },
  ],
};
