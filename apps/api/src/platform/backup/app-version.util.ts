import * as fs from 'node:fs';
import * as path from 'node:path';

let cached: string | undefined;

/** The API's version from apps/api/package.json (the same relative place from src/ and from dist/). */
export function appVersion(): string {
  if (cached) return cached;
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
      version?: string;
    };
    cached = pkg.version ?? 'unknown';
  } catch {
    cached = 'unknown';
  }
  return cached;
}
