type Option = { value: string; label: string };

/**
 * Select or checkbox options of master-data entries: the id as the value, the name as the label;
 * after an option without a value ("all", "none") when `first` names one.
 */
export function entryOptions(entries: readonly { id: number; name: string }[] | undefined, first?: string): Option[] {
  const options = (entries ?? []).map((e) => ({ value: String(e.id), label: e.name }));
  return first === undefined ? options : [{ value: '', label: first }, ...options];
}

/** The municipalities a choice of place offers: the district-wide entry is no place of its own. */
export const placesOf = <M extends { districtWide: boolean }>(municipalities: readonly M[] | undefined) =>
  municipalities?.filter((m) => !m.districtWide);
