import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// The admin's browser code bundles no zod (issue 12: ~32 kB gzip on every page) and the CSP has no
// 'unsafe-eval', which zod's parsers would need without `jitless`. So every file that runs in the browser
// (a 'use client' file and what it imports) takes from @wir/shared only values of zod-free modules
// (`*.constant.ts`, `*.util.ts`), and imports zod itself only as a type.
const SRC = resolve(__dirname, '..');
const SHARED = resolve(__dirname, '../../../../libs/shared/src');

const read = (file: string) => readFileSync(file, 'utf8');
const importsZodValue = (source: string) => /^import\s+(?!type\b)[^;]*from\s+'zod'/m.test(source);

function sharedModuleOf(): Map<string, string> {
  const owner = new Map<string, string>();
  for (const name of readdirSync(SHARED)) {
    if (!name.endsWith('.ts') || name.endsWith('.spec.ts') || name === 'index.ts') continue;
    for (const m of read(join(SHARED, name)).matchAll(/^export (?:const|function|class|enum) (\w+)/gm))
      owner.set(m[1], name);
  }
  return owner;
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? join(SRC, spec.slice(2)) : resolve(dirname(from), spec);
  return ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((file) => existsSync(file));
}

/** Value imports (not `import type`, not `type X` members) of a file: module specifier and names. */
function valueImports(source: string): { spec: string; names: string[] }[] {
  return [...source.matchAll(/^import\s+(?!type\b)([^;]*?)\s+from\s+'([^']+)'/gms)].map((m) => ({
    spec: m[2],
    names: (m[1].match(/\{([^}]*)\}/)?.[1] ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part && !part.startsWith('type '))
      .map((part) => part.split(/\s+as\s+/)[0]),
  }));
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

function browserFiles(): string[] {
  const seen = new Set<string>();
  const queue = allFiles(SRC).filter((file) => /^\s*['"]use client['"]/.test(read(file)));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const { spec } of valueImports(read(file))) {
      if (!spec.startsWith('@/') && !spec.startsWith('.')) continue;
      const target = resolveLocal(file, spec);
      if (target) queue.push(target);
    }
  }
  return [...seen];
}

describe('browser code of the admin', () => {
  const files = browserFiles();
  const owner = sharedModuleOf();

  it('finds the client components', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('imports from @wir/shared only values of zod-free modules', () => {
    const offending: string[] = [];
    for (const file of files)
      for (const { spec, names } of valueImports(read(file)))
        if (spec === '@wir/shared')
          for (const name of names) {
            const module = owner.get(name);
            if (module && importsZodValue(read(join(SHARED, module))))
              offending.push(`${file.slice(SRC.length + 1)}: ${name} (${module})`);
          }
    expect(offending).toEqual([]);
  });

  it('imports zod only as a type', () => {
    expect(files.filter((file) => importsZodValue(read(file))).map((file) => file.slice(SRC.length + 1))).toEqual([]);
  });
});
