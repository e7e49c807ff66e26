import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './src/i18n/request.ts',
  experimental: {
    // The catalogs are compiled at build time (icu-minify), so the browser gets next-intl's small formatter
    // instead of the ICU message parser (about 13 kB gzip on every page).
    messages: { path: './messages', format: 'json', locales: 'infer', sourceLocale: 'de', precompile: true },
  },
});

const nextConfig: NextConfig = {
  // libs/shared is a workspace package; let Next compile it with the app.
  transpilePackages: ['@wir/shared'],
  // The monorepo root holds the hoisted node_modules.
  turbopack: { root: path.resolve(__dirname, '../..') },
  outputFileTracingRoot: path.resolve(__dirname, '../..'),
  poweredByHeader: false,
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
