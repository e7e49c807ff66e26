/** The hint under a field's label; its id is referenced by the control's aria-describedby. */
export function FieldHint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <span id={id} className="field__hint">
      {hint}
    </span>
  ) : null;
}
