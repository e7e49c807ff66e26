/** A text as next-intl gets it: the ICU string, or its compiled form (an array) with messages.precompile in next.config.ts. */
type Message = string | readonly unknown[];
type Catalog = { [key: string]: Message | Catalog };

const isCatalog = (value: unknown): value is Catalog =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep merge of message catalogs: later catalogs win, texts they lack come from earlier ones. */
export function mergeMessages(...catalogs: Catalog[]): Catalog {
  const merged: Catalog = {};
  for (const catalog of catalogs) {
    for (const [key, value] of Object.entries(catalog)) {
      const existing = merged[key];
      merged[key] = isCatalog(value) && isCatalog(existing) ? mergeMessages(existing, value) : value;
    }
  }
  return merged;
}
