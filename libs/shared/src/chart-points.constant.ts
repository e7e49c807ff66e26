/** Charts draw at most this many points; longer series are aggregated in SQL or merged into buckets in the admin. */
export const MAX_CHART_POINTS = 1000;
