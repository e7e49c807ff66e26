import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Which message namespaces the browser needs, found by reading the code (only client-catalogs.spec.ts uses this).
 * From a route file (page, layout, …) the scan follows the imports (relative and `@/…`, static and `import()`);
 * a `'use client'` file and everything it imports run in the browser. In those files a namespace counts as used
 * when `useTranslations('ns…')` names it, or when a string or the start of a template string is a path of the
 * German catalog (`'ns.key'`, `` `ns.${key}` ``): the keys of `useTranslations()` and namespaces handed over in
 * props (`texts="registrations.erase"`). Server files are only walked through: their texts come from the full
 * catalog on the server.
 */

const SRC = path.resolve(__dirname, '..');
export const APP_DIR = path.join(SRC, 'app');

type Catalog = { [key: string]: unknown };

interface ParsedFile {
  isClient: boolean;
  imports: string[];
  namespaces: Set<string>;
}

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(SRC, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return null; // packages, @wir/shared (no texts), @messages
  const candidates = [`${base}.tsx`, `${base}.ts`, path.join(base, 'index.tsx'), path.join(base, 'index.ts'), base];
  return candidates.find((file) => /\.tsx?$/.test(file) && fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

/** The top-level namespace a catalog path (`ns.a.b`, or a prefix ending in `.`) starts with, if the path exists. */
function namespaceOfPath(text: string, catalog: Catalog, prefixOnly: boolean): string | null {
  const parts = text.split('.');
  if (prefixOnly) {
    if (parts.length < 2 || parts.at(-1) !== '') return null;
    parts.pop();
  } else if (parts.length < 2) return null;
  let node: unknown = catalog;
  for (const part of parts) {
    if (typeof node !== 'object' || node === null || Array.isArray(node) || !(part in node)) return null;
    node = (node as Catalog)[part];
  }
  return parts[0];
}

function parse(file: string, catalog: Catalog): ParsedFile {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const firstStatement = source.statements[0];
  const isClient =
    firstStatement !== undefined &&
    ts.isExpressionStatement(firstStatement) &&
    ts.isStringLiteral(firstStatement.expression) &&
    firstStatement.expression.text === 'use client';
  const imports: string[] = [];
  const namespaces = new Set<string>();
  const add = (namespace: string | null) => namespace && namespaces.add(namespace);

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly : node.isTypeOnly;
      if (!typeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
        imports.push(node.moduleSpecifier.text);
      return;
    }
    if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword && first && ts.isStringLiteralLike(first))
        imports.push(first.text);
      if (ts.isIdentifier(node.expression) && node.expression.text === 'useTranslations' && first) {
        if (ts.isStringLiteralLike(first)) add(first.text.split('.')[0]);
        else if (ts.isTemplateExpression(first)) add(first.head.text.split('.')[0] || null);
      }
    }
    if (ts.isStringLiteralLike(node)) add(namespaceOfPath(node.text, catalog, false));
    if (ts.isTemplateExpression(node)) add(namespaceOfPath(node.head.text, catalog, true));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { isClient, imports, namespaces };
}

export function createScanner(catalog: Catalog) {
  const parsed = new Map<string, ParsedFile>();
  const parsedOf = (file: string) => {
    let result = parsed.get(file);
    if (!result) parsed.set(file, (result = parse(file, catalog)));
    return result;
  };

  /** The namespaces the client components reachable from `entry` (a route file) use, with a file naming each. */
  return function clientNamespaces(entry: string): Map<string, string> {
    const used = new Map<string, string>();
    const seen = new Set<string>();
    const walk = (file: string, inClient: boolean) => {
      const key = `${inClient ? 'c' : 's'}:${file}`;
      if (seen.has(key)) return;
      seen.add(key);
      const info = parsedOf(file);
      const client = inClient || info.isClient;
      if (client) for (const namespace of info.namespaces) if (!used.has(namespace)) used.set(namespace, file);
      for (const specifier of info.imports) {
        const target = resolveImport(file, specifier);
        if (target) walk(target, client);
      }
    };
    walk(entry, false);
    return used;
  };
}

const ROUTE_FILE = /^(page|layout|template|error|loading|not-found|default)\.tsx?$/;

/** Every route file of the App Router (api routes have no client side), relative to app/, e.g. `(admin)/page.tsx`. */
export function routeFiles(dir = APP_DIR): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...routeFiles(full));
    else if (ROUTE_FILE.test(entry.name)) files.push(path.relative(APP_DIR, full));
  }
  return files.sort();
}
