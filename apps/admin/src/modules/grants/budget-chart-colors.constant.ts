import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';

/**
 * Colours of the finance charts. Every series keeps at least 3:1 against white (WCAG 1.4.11); the
 * budget lines get a palette of distinct dark hues, repeated after eight lines.
 */
export const BUDGET_CHART_COLORS = {
  planned: '#5b7fa6',
  actual: CHART_COLORS.primary,
  perMonth: CHART_COLORS.perDay,
  plannedCumulative: CHART_COLORS.waitlisted,
  total: CHART_COLORS.capacity,
  grid: CHART_COLORS.grid,
  lines: ['#0b4f8a', '#1f6f3f', '#9a5b00', '#a4161a', '#5b3a8c', '#006d77', '#6b4e16', '#3d4b5c'],
} as const;

export const lineColor = (index: number) => BUDGET_CHART_COLORS.lines[index % BUDGET_CHART_COLORS.lines.length]!;
