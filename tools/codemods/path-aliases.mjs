// Codemod (issue 10): relative imports that leave their module's folder go through the path aliases.
//   apps/api:   '../../platform/auth/actor'  → '#api/platform/auth/actor'  (Node subpath import,
//               apps/api/package.json "imports"; tsconfig "paths" and Jest's moduleNameMapper say the same)
//   apps/admin: '../ui/text-field'           → '@/modules/ui/text-field'   (tsconfig "paths")
//               '../../messages/de.json'     → '@messages/de.json'
// A "unit" is one module folder (apps/api/src/{platform,modules}/<name>, apps/admin/src/modules/<name>)
// or one top folder (apps/api/src/jobs, apps/admin/src/lib, apps/api/test …). Imports inside a unit stay
// relative, and so do imports that only go down ('./jobs/…'); every import that climbs ('../') into
// another unit is rewritten.
//
// Usage: node tools/codemods/path-aliases.mjs [--check]   (--check lists what it would change, exit 1 if any)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const check = process.argv.includes('--check');

/** Where aliases point: the first whose folder holds the target wins. */
const aliasRoots = [
  { app: 'apps/api', dir: 'apps/api/src', alias: '#api' },
  { app: 'apps/admin', dir: 'apps/admin/src', alias: '@' },
  { app: 'apps/admin', dir: 'apps/admin/messages', alias: '@messages' },
];
const scanned = ['apps/api/src', 'apps/api/test', 'apps/admin/src'];
/** Folders whose children are separate units (a module each). */
const moduleParents = ['apps/api/src/platform', 'apps/api/src/modules', 'apps/admin/src/modules'];
const extensions = ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'];

const rel = (abs) => path.relative(root, abs).split(path.sep).join('/');

function unitOf(file) {
  const r = rel(file);
  for (const parent of moduleParents) {
    if (r.startsWith(`${parent}/`)) {
      const rest = r.slice(parent.length + 1).split('/');
      return rest.length > 1 ? `${parent}/${rest[0]}` : parent;
    }
  }
  for (const base of [...scanned, 'apps/admin/messages']) {
    if (r.startsWith(`${base}/`)) {
      const rest = r.slice(base.length + 1).split('/');
      return rest.length > 1 ? `${base}/${rest[0]}` : base;
    }
  }
  return path.dirname(r);
}

/** The file an import names ('' when it cannot be found: left alone). */
function resolveTarget(fromFile, spec) {
  const base = path.resolve(path.dirname(fromFile), spec);
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return { file: base, suffix: '' };
  for (const ext of extensions) if (fs.existsSync(base + ext)) return { file: base + ext, suffix: '' };
  for (const ext of extensions) {
    const index = path.join(base, `index${ext}`);
    // '#api/…' maps onto files ('./dist/*.js'), so a folder import names its index file.
    if (fs.existsSync(index)) return { file: index, suffix: '/index' };
  }
  return null;
}

function aliasFor(fromFile, spec) {
  const target = resolveTarget(fromFile, spec);
  if (!target) return null;
  if (unitOf(target.file) === unitOf(fromFile)) return null;
  const fromApp = rel(fromFile).split('/').slice(0, 2).join('/');
  const aliasRoot = aliasRoots.find((a) => a.app === fromApp && rel(target.file).startsWith(`${a.dir}/`));
  if (!aliasRoot) return null;
  const absolute = path.resolve(path.dirname(fromFile), spec) + target.suffix;
  return `${aliasRoot.alias}/${path.relative(path.join(root, aliasRoot.dir), absolute).split(path.sep).join('/')}`;
}

// import … from '…' · export … from '…' · import '…' · import('…') · require('…') · jest.mock('…') · jest.requireActual('…')
const specifier =
  /(\bfrom\s*|\bimport\s*|\bimport\(\s*|\brequire\(\s*|\bjest\.(?:mock|requireActual|doMock)\(\s*)(['"])(\.\.\/[^'"]+)\2/g;

function* sourceFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', '.next'].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|mts|cts)$/.test(entry.name)) yield full;
  }
}

let changedFiles = 0;
let changedImports = 0;
for (const dir of scanned) {
  for (const file of sourceFiles(path.join(root, dir))) {
    const source = fs.readFileSync(file, 'utf8');
    let count = 0;
    const next = source.replace(specifier, (whole, head, quote, spec) => {
      const alias = aliasFor(file, spec);
      if (!alias) return whole;
      count += 1;
      if (check) console.log(`${rel(file)}: ${spec} → ${alias}`);
      return `${head}${quote}${alias}${quote}`;
    });
    if (count === 0) continue;
    changedFiles += 1;
    changedImports += count;
    if (!check) fs.writeFileSync(file, next);
  }
}
console.log(`${check ? 'would rewrite' : 'rewrote'} ${changedImports} imports in ${changedFiles} files`);
if (check && changedImports > 0) process.exitCode = 1;
