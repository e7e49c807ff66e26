type Catalog = { [key: string]: string | Catalog };

/** Deep merge of message catalogs: later catalogs win, texts they lack come from earlier ones. */
export function mergeMessages(...catalogs: Catalog[]): Catalog {
  const merged: Catalog = {};
  for (const catalog of catalogs) {
    for (const [key, value] of Object.entries(catalog)) {
      const existing = merged[key];
      merged[key] = typeof value === 'object' && typeof existing === 'object' ? mergeMessages(existing, value) : value;
    }
  }
  return merged;
}
