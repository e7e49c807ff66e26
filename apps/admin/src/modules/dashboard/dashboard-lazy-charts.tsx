'use client';

import dynamic from 'next/dynamic';

// The charts load after the first paint and never on the server: recharts stays out of the page's first JavaScript.
const placeholder = () => <div className="skeleton dashboard-chart__skeleton" />;
const load = { ssr: false, loading: placeholder } as const;

export const ColumnsChart = dynamic(() => import('./dashboard-charts').then((m) => m.ColumnsChart), load);
export const BarsChart = dynamic(() => import('./dashboard-charts').then((m) => m.BarsChart), load);
export const BurnDownLines = dynamic(() => import('./dashboard-charts').then((m) => m.BurnDownLines), load);
export const StatusStack = dynamic(() => import('./dashboard-charts').then((m) => m.StatusStack), load);
