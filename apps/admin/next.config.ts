import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

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
