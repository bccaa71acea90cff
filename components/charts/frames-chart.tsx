'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRows } from '@/lib/analysis/types';
import { AXIS_TICK, hatchId, SERIES, shortLabel } from './chart-config';
import { ChartFigure, HatchDefs } from './chart-figure';

type Row = ChartRows['frames'][number];

/** The Policy Frames Codebook dimensions: how much of each article's vocabulary belongs to each frame. */
export function FramesChart({ rows }: { rows: Row[] }) {
  const shown = rows.filter((r) => r.a > 0 || r.b > 0);
  return (
    <ChartFigure
      id="frames"
      title="Frame dimensions, words per 1,000"
      guide="Which angles each article takes on the event (security, legality, politics…), counted from words that belong to each frame. Dimensions neither article touches are left out. A solid, B hatched."
      height={Math.max(220, shown.length * 40 + 70)}
      rows={shown}
      columns={[
        { label: 'Frame', value: (r) => r.label },
        { label: 'A per 1,000 words', value: (r) => r.a },
        { label: 'B per 1,000 words', value: (r) => r.b },
      ]}
      empty={shown.length === 0 ? 'No frame words found in either article.' : null}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={shown} layout="vertical" margin={{ left: 8, right: 16 }} title="Frame dimensions">
          <HatchDefs chart="frames" />
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={AXIS_TICK} />
          <YAxis
            type="category"
            dataKey="label"
            width={150}
            tick={AXIS_TICK}
            tickFormatter={(v: string) => shortLabel(v, 32)}
          />
          <Tooltip />
          <Legend />
          <Bar isAnimationActive={false} dataKey="a" name={SERIES.a.label} fill={SERIES.a.color} />
          <Bar
            isAnimationActive={false}
            dataKey="b"
            name={SERIES.b.label}
            fill={`url(#${hatchId('frames')})`}
            stroke={SERIES.b.color}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
