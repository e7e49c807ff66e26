// Builds the public pages' island scripts (src/islands/<name>.island.tsx) into public/_islands/<name>.<hash>.js
// with a manifest.json the pages read. React is Preact here (preact/compat), next-intl is use-intl (next-intl.shim.ts):
// the same components the server renders with React, in a fraction of the bytes. Part of `nx build admin`.
//
//   node apps/admin/src/islands/build-islands.mjs [--metafile]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const admin = path.resolve(here, '../..');
const outdir = path.join(admin, 'public/_islands');
const names = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.island.tsx'))
  .map((f) => f.slice(0, -'.island.tsx'.length));

const sharedSource = path.resolve(admin, '../../libs/shared/src');

/**
 * libs/shared declares no side effects (its package.json), but the tsconfig path that points the admin at its
 * source bypasses the package, so esbuild would keep every module index.ts names (and zod with them).
 */
const sharedWithoutSideEffects = {
  name: 'shared-without-side-effects',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'shared' || !(args.path === '@wir/shared' || args.importer.startsWith(sharedSource)))
        return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'shared',
      });
      return resolved.path.startsWith(sharedSource) ? { ...resolved, sideEffects: false } : resolved;
    });
  },
};

const formatMessageShim = path.join(here, 'format-message.shim.ts');

/** use-intl's formatter → format-message.shim.ts (ICU strings and precompiled texts alike), except inside the shim. */
const formatMessageEitherWay = {
  name: 'format-message-either-way',
  setup(b) {
    b.onResolve({ filter: /^use-intl\/format-message$/ }, (args) =>
      args.importer === formatMessageShim ? undefined : { path: formatMessageShim },
    );
  },
};

fs.rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: admin,
  entryPoints: Object.fromEntries(names.map((n) => [n, path.join(here, `${n}.island.tsx`)])),
  entryNames: '[name].[hash]',
  outdir,
  bundle: true,
  minify: true,
  format: 'iife',
  // Old phones: no syntax newer than ES2019 (Safari 12.1, Chrome 73).
  target: 'es2019',
  platform: 'browser',
  jsx: 'automatic',
  tsconfig: path.join(admin, 'tsconfig.json'),
  // libs/shared from its source (tree-shaken; it declares no side effects).
  conditions: ['@wir/source'],
  alias: {
    react: 'preact/compat',
    'react-dom': 'preact/compat',
    'react-dom/client': 'preact/compat/client',
    'react/jsx-runtime': 'preact/jsx-runtime',
    'next-intl': path.join(here, 'next-intl.shim.ts'),
  },
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [sharedWithoutSideEffects, formatMessageEitherWay],
  legalComments: 'none',
  metafile: true,
  write: true,
  logLevel: 'warning',
});

const manifest = {};
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  const name = names.find((n) => output.entryPoint?.endsWith(`${n}.island.tsx`));
  if (name) manifest[name] = path.basename(file);
}
fs.writeFileSync(path.join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
if (process.argv.includes('--metafile'))
  fs.writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(result.metafile));
console.log(`Islands: ${Object.values(manifest).join(', ')}`);
