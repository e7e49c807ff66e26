/**
 * The catalog for a stored language ("ar", "AR", "ar-SY" → ar), or the fallback (German) when the
 * module has none in that language. Every module's mail texts pick their language this way.
 */
export function mailCatalogFor<C>(catalogs: Readonly<Record<string, C>>, language: string, fallback: C): C {
  const base = language.trim().toLowerCase().split(/[-_]/)[0];
  return Object.prototype.hasOwnProperty.call(catalogs, base) ? catalogs[base] : fallback;
}
