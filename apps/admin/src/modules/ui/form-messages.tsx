/** The alert (errors, announced at once) and the polite status line (success) of a form. */
export function FormMessages({ error, status }: { error: string | null; status: string }) {
  return (
    <>
      <div role="alert">{error ? <p className="alert">{error}</p> : null}</div>
      <p role="status" aria-live="polite" className="status">
        {status}
      </p>
    </>
  );
}
