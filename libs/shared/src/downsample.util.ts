/** Charts draw at most this many points; longer series are aggregated in SQL or downsampled. */
export const MAX_CHART_POINTS = 1000;

/**
 * Largest-Triangle-Three-Buckets (Steinarsson 2013): keeps the first and the last point and, from
 * each of `max − 2` equal buckets between them, the point that spans the largest triangle with its
 * neighbours, so peaks and dips survive. Series of at most `max` points come back unchanged (same array).
 * `y` reads a point's value; the index is the x axis (points evenly spaced, e.g. days or months).
 */
export function downsample<T>(points: readonly T[], y: (point: T) => number, max = MAX_CHART_POINTS): readonly T[] {
  if (max < 3) throw new RangeError('downsample: max must be at least 3');
  if (points.length <= max) return points;
  const out: T[] = [points[0]];
  const size = (points.length - 2) / (max - 2);
  let chosen = 0;
  for (let b = 0; b < max - 2; b++) {
    const start = Math.floor(b * size) + 1;
    const end = Math.min(Math.floor((b + 1) * size) + 1, points.length - 1);
    // The next bucket's average is the triangle's third corner (the last point for the last bucket).
    const nextStart = end;
    const nextEnd = Math.min(Math.floor((b + 2) * size) + 1, points.length);
    let avgX = 0;
    let avgY = 0;
    for (let i = nextStart; i < nextEnd; i++) {
      avgX += i;
      avgY += y(points[i]);
    }
    const n = Math.max(1, nextEnd - nextStart);
    avgX /= n;
    avgY /= n;
    const ax = chosen;
    const ay = y(points[chosen]);
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const area = Math.abs((ax - avgX) * (y(points[i]) - ay) - (ax - i) * (avgY - ay));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    out.push(points[best]);
    chosen = best;
  }
  out.push(points[points.length - 1]);
  return out;
}
