interface TimeSlot {
  id: number;
  startsAt: string;
  endsAt: string;
}

/** Two workshops clash when their times overlap (touching ends do not). The API refuses such a pick too. */
export function workshopsOverlap(a: TimeSlot, b: TimeSlot): boolean {
  return Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);
}

/** For each workshop that is not picked: the picked workshop it clashes with, if any. */
export function clashesWithPicked<W extends TimeSlot>(
  workshops: readonly W[],
  pickedIds: ReadonlySet<number>,
): Map<number, W> {
  const picked = workshops.filter((w) => pickedIds.has(w.id));
  const clashes = new Map<number, W>();
  for (const workshop of workshops) {
    if (pickedIds.has(workshop.id)) continue;
    const other = picked.find((p) => workshopsOverlap(p, workshop));
    if (other) clashes.set(workshop.id, other);
  }
  return clashes;
}

/** True when the picked workshops contain two that overlap. */
export function hasClash<W extends TimeSlot>(workshops: readonly W[], pickedIds: ReadonlySet<number>): boolean {
  const picked = workshops.filter((w) => pickedIds.has(w.id));
  return picked.some((a, i) => picked.slice(i + 1).some((b) => workshopsOverlap(a, b)));
}
