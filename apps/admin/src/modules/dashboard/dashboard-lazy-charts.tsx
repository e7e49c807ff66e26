'use client';

import dynamic from 'next/dynamic';

// The charts load after the first paint and never on the server: recharts stays out of the page's first JavaScript.
// (next/dynamic wants its options as an object literal at each call.)
const placeholder = () => <div className="skeleton dashboard-chart__skeleton" />;

export const ColumnsChart = dynamic(() => import('./dashboard-charts').then((m) => m.ColumnsChart), {
  ssr: false,
  loading: placeholder,
});
export const BarsChart = dynamic(() => import('./dashboard-charts').then((m) => m.BarsChart), {
  ssr: false,
  loading: placeholder,
});
export const BurnDownLines = dynamic(() => import('./dashboard-charts').then((m) => m.BurnDownLines), {
  ssr: false,
  loading: placeholder,
});
export const StatusStack = dynamic(() => import('./dashboard-charts').then((m) => m.StatusStack), {
  ssr: false,
  loading: placeholder,
});
