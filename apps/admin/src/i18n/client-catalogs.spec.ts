import fs from 'node:fs';
import path from 'node:path';
import catalog from '@messages/de.json';
import { CLIENT_CATALOGS, pickNamespaces, type CatalogScope } from './client-catalogs';
import { APP_DIR, createScanner, routeFiles } from './client-namespaces.scan';

const scopes = Object.keys(CLIENT_CATALOGS) as CatalogScope[];
const routeDirOf = (file: string) => `/${path.dirname(file)}`.replace(/\/\.?$/, '') || '/';
/** The layouts' scopes from the root down to `dir` (a route folder such as `/(admin)/foerderung`). */
const scopesAbove = (dir: string) => scopes.filter((s) => s === '/' || dir === s || dir.startsWith(`${s}/`));
const scan = createScanner(catalog);
const needs = new Map(routeFiles().map((file) => [file, scan(path.join(APP_DIR, file))]));

describe('message catalogs per route (CLIENT_CATALOGS)', () => {
  it('finds the routes and their client namespaces (the scan itself works)', () => {
    expect(needs.get('(admin)/massnahmen/page.tsx')?.has('measures')).toBe(true);
    expect(needs.get('login/page.tsx')?.has('login')).toBe(true);
    // A namespace handed to a client component in a prop (EraseStep's texts="registrations.erase").
    expect(needs.get('(admin)/netzwerk/[id]/page.tsx')?.get('registrations')).toMatch(/contact-detail-view|erase/);
  });

  it.each(scopes)('%s: its layout renders <ClientMessages> with this scope', (scope) => {
    const layout = path.join(APP_DIR, scope, 'layout.tsx');
    expect(fs.existsSync(layout) && fs.readFileSync(layout, 'utf8')).toContain(`<ClientMessages scope="${scope}">`);
  });

  it('gives every client component the namespaces it uses', () => {
    const missing: string[] = [];
    for (const [file, used] of needs) {
      const given = new Set(scopesAbove(routeDirOf(file)).flatMap((s) => CLIENT_CATALOGS[s]));
      for (const [namespace, user] of used)
        if (!given.has(namespace as never))
          missing.push(`${file}: '${namespace}' (used in ${path.relative(path.dirname(APP_DIR), user)})`);
    }
    expect(missing).toEqual([]);
  });

  it('lists no namespace that nothing below the layout uses or that a layout above already gives', () => {
    const needless: string[] = [];
    for (const scope of scopes) {
      const below = [...needs].filter(([file]) => scopesAbove(routeDirOf(file)).includes(scope));
      const above = new Set(
        scopesAbove(scope)
          .filter((s) => s !== scope)
          .flatMap((s) => CLIENT_CATALOGS[s]),
      );
      for (const namespace of CLIENT_CATALOGS[scope]) {
        if (above.has(namespace)) needless.push(`${scope}: '${namespace}' is given above`);
        else if (!below.some(([, used]) => used.has(namespace))) needless.push(`${scope}: '${namespace}' is unused`);
      }
    }
    expect(needless).toEqual([]);
  });

  it('picks whole namespaces, compiled messages (arrays) included', () => {
    const compiled = { a: { x: ['Hallo ', ['name', 0]] }, b: { y: 'z' }, c: {} };
    expect(pickNamespaces(compiled, ['a', 'c', 'missing'])).toEqual({ a: compiled.a, c: {} });
  });
});
