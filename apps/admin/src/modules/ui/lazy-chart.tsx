'use client';

import dynamic from 'next/dynamic';
import type { ChartSpec } from './chart-spec';
import { useNearViewport } from './use-near-viewport';

const placeholder = () => <div className="skeleton" style={{ inlineSize: '100%', blockSize: '100%' }} />;

// recharts is fetched the first time a chart comes near the viewport, never on the server.
const ChartCanvas = dynamic(() => import('./chart-canvas').then((m) => m.ChartCanvas), {
  ssr: false,
  loading: placeholder,
});

/**
 * A chart's box: its height is reserved from the start (nothing below it moves when the chart arrives) and
 * recharts loads and draws only when the box comes within 200px of the viewport. Hidden from screen readers:
 * the panel's table has the figures.
 */
export function LazyChart({ spec, height, className }: { spec: ChartSpec; height: number; className?: string }) {
  const { ref, near } = useNearViewport<HTMLDivElement>('200px');
  return (
    <div
      ref={ref}
      className={className ? `chart-box ${className}` : 'chart-box'}
      style={{ blockSize: height }}
      aria-hidden="true"
    >
      {near ? <ChartCanvas spec={spec} /> : placeholder()}
    </div>
  );
}
