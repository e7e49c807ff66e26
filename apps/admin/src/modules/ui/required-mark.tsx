/** The visible '*' of a required field; hidden from screen readers, which hear "required" from the input. */
export function RequiredMark({ show }: { show?: boolean }) {
  return show ? (
    <span className="required-mark" aria-hidden="true">
      {' *'}
    </span>
  ) : null;
}
