/** An offer row as the page edits it (all fields optional while typing). */
export type OfferRowDraft = {
  title?: string;
  description?: string;
  targetGroups?: string[];
  status?: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
  contactPublic?: boolean;
};

const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The rows that can be saved while the person types: a row needs its title, and an e-mail address
 * half typed is left out until it is one (the API refuses a save with a bad row as a whole).
 */
export function offerRowsToSave(rows: OfferRowDraft[] | Record<string, unknown>[]): Record<string, unknown>[] {
  return (rows as OfferRowDraft[])
    .filter((row) => (row.title ?? '').trim() !== '')
    .map((row) =>
      Object.fromEntries(
        Object.entries(row).filter(
          ([key, value]) =>
            value !== undefined &&
            value !== '' &&
            (key !== 'contactEmail' || LOOKS_LIKE_EMAIL.test(String(value).trim())),
        ),
      ),
    );
}
