import type { LocalizedText } from '@wir/shared';

/** What the inventory's and the directory's search look in: every translation and the contact's name, lower case. */
export function offerSearchText(o: {
  title: LocalizedText;
  description: Partial<LocalizedText>;
  contactName: string;
}): string {
  return [...Object.values(o.title), ...Object.values(o.description), o.contactName]
    .filter((t): t is string => typeof t === 'string' && t.length > 0)
    .join('\n')
    .toLowerCase();
}
