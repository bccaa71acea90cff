'use client';

import type { ChartRows } from '@/lib/analysis/types';
import { PairedBarsChart } from './paired-bars-chart';

/** The Policy Frames Codebook dimensions: how much of each article's vocabulary belongs to each frame. */
export function FramesChart({ rows }: { rows: ChartRows['frames'] }) {
  return (
    <PairedBarsChart
      id="frames"
      title="Frame dimensions, words per 1,000"
      guide="Which angles each article takes on the event (security, legality, politics…), counted from words that belong to each frame. Dimensions neither article touches are left out. A solid, B hatched."
      rows={rows.filter((r) => r.a > 0 || r.b > 0)}
      labelHeading="Frame"
      empty="No frame words found in either article."
      rowHeight={40}
      labelWidth={150}
      labelChars={32}
    />
  );
}
