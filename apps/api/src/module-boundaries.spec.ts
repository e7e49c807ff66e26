import * as fs from 'node:fs';
import * as path from 'node:path';

/*
 * The walls between the API's parts (docs/architecture.md, "Who may call whom"), read from the import
 * statements of the source: platform/ and jobs/ import no feature module, and feature modules do not
 * import each other in a circle.
 */

const SRC = __dirname;
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The files under `src/` that a file imports (relative and '#api/…' imports; packages are skipped). */
function importedPaths(file: string): string[] {
  const targets: string[] = [];
  for (const match of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const spec = match[1];
    if (spec.startsWith('#api/')) targets.push(path.join(SRC, spec.slice('#api/'.length)));
    else if (spec.startsWith('.')) targets.push(path.resolve(path.dirname(file), spec));
  }
  return targets.map((target) => path.relative(SRC, target));
}

const moduleOf = (relative: string) => (relative.startsWith(`modules${path.sep}`) ? relative.split(path.sep)[1] : null);

/** Module → modules it imports, with one example file per edge. */
function moduleGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(path.join(SRC, 'modules'))) {
    const from = moduleOf(path.relative(SRC, file))!;
    for (const target of importedPaths(file)) {
      const to = moduleOf(target);
      if (!to || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, path.relative(SRC, file));
    }
  }
  return graph;
}

/** Every elementary cycle, each written from its alphabetically first module ("a -> b -> a"). */
function cycles(graph: Map<string, Map<string, string>>): string[] {
  const found = new Set<string>();
  const walk = (start: string, node: string, trail: string[]) => {
    for (const next of graph.get(node)?.keys() ?? []) {
      if (next === start) found.add([...trail, start].join(' -> '));
      else if (!trail.includes(next) && next > start) walk(start, next, [...trail, next]);
    }
  };
  for (const start of [...graph.keys()].sort()) walk(start, start, [start]);
  return [...found].sort();
}

describe('module boundaries', () => {
  it('keeps platform/ and jobs/ free of feature modules (they register with the platform instead)', () => {
    const offending = [...sourceFiles(path.join(SRC, 'platform')), ...sourceFiles(path.join(SRC, 'jobs'))].flatMap(
      (file) =>
        importedPaths(file)
          .filter((target) => moduleOf(target) !== null)
          .map((target) => `${path.relative(SRC, file)} imports ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('has no import cycle between feature modules (a port breaks one, e.g. ReceiptMeasuresPort)', () => {
    expect(cycles(moduleGraph())).toEqual([]);
  });

  it('keeps outbox_mails to the platform: modules ask OutboxService about their mails, never the table', () => {
    const outboxInternals = new Set(
      ['outbox-mail.entity', 'outbox-mail.repository'].map((f) => path.join('platform', 'mail', f)),
    );
    const offending = sourceFiles(path.join(SRC, 'modules'))
      .filter(
        (file) =>
          fs.readFileSync(file, 'utf8').includes('outbox_mails') ||
          importedPaths(file).some((target) => outboxInternals.has(target)),
      )
      .map((file) => path.relative(SRC, file));
    expect(offending).toEqual([]);
  });

  it('keeps the booking in one module that events does not import', () => {
    const graph = moduleGraph();
    expect([...(graph.get('events')?.keys() ?? [])]).not.toContain('registrations');
    expect(graph.has('seats')).toBe(false);
  });

  it('finds a cycle and a platform import when there is one (the checks can fail)', () => {
    const graph = new Map([
      ['a', new Map([['b', 'a/x.ts']])],
      ['b', new Map([['c', 'b/y.ts']])],
      ['c', new Map([['a', 'c/z.ts']])],
    ]);
    expect(cycles(graph)).toEqual(['a -> b -> c -> a']);
    expect(moduleOf(path.join('modules', 'users', 'user.entity'))).toBe('users');
  });
});
