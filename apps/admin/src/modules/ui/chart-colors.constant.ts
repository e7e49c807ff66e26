/**
 * Chart colours from the stylesheet's palette. Series that carry meaning (totals, confirmed,
 * waiting, capacity) keep at least 3:1 against white (WCAG 1.4.11); free seats and the grid are
 * pale on purpose, as background.
 */
export const CHART_COLORS = {
  primary: '#0b4f8a',
  confirmed: '#1f6f3f',
  waitlisted: '#9a5b00',
  free: '#dde3e9',
  perDay: '#9dbbd9',
  freeStroke: '#7a8796',
  capacity: '#a4161a',
  grid: '#c9d2db',
} as const;
