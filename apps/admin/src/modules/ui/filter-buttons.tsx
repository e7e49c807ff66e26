interface FilterButtonsProps {
  filterLabel: string;
  resetLabel: string;
  /** Clears the filters (the form's fields are reset by the browser). */
  onReset: () => void;
}

/** A filter form's buttons: apply the filters, and reset them all. */
export function FilterButtons({ filterLabel, resetLabel, onReset }: FilterButtonsProps) {
  return (
    <div className="button-row">
      <button type="submit" className="button">
        {filterLabel}
      </button>
      <button type="reset" className="button button--ghost" onClick={onReset}>
        {resetLabel}
      </button>
    </div>
  );
}
