/**
 * Placeholder of a set of charts while their figures load: the chart grid with `charts` grey boxes (and
 * `figures` boxes for the figures above it), said once to screen readers.
 */
export function ChartsSkeleton({
  loading,
  charts,
  figures = 0,
}: {
  loading: string;
  charts: number;
  figures?: number;
}) {
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        {loading}
      </p>
      {figures > 0 ? (
        <div className="figures" aria-hidden="true">
          {Array.from({ length: figures }, (_, i) => (
            <div key={i} className="figure skeleton" style={{ blockSize: '6.5rem' }} />
          ))}
        </div>
      ) : null}
      <div className="chart-grid" aria-hidden="true">
        {Array.from({ length: charts }, (_, i) => (
          <div key={i} className="skeleton chart-skeleton" />
        ))}
      </div>
    </div>
  );
}
