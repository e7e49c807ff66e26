/** The ids that tie an input to its hint and error (aria-describedby). */
export function fieldIds(baseId: string, hint: unknown, error: unknown) {
  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, describedBy };
}
