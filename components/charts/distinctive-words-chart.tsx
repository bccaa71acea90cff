'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartRows } from '@/lib/analysis/types';
import { AXIS_TICK, hatchId, SERIES } from './chart-config';
import { ChartFigure, HatchDefs } from './chart-figure';

type Row = ChartRows['distinctive'][number];

/** Words one article uses markedly more than the other (log-odds z-scores): A to the right, B to the left. */
export function DistinctiveWordsChart({
  rows,
  threshold,
  note,
}: {
  rows: Row[];
  threshold: number;
  note: string | null;
}) {
  const sorted = [...rows].sort((x, y) => y.z - x.z);
  return (
    <ChartFigure
      id="distinctive"
      title="Distinctive words of each article"
      guide={`Bars to the right (solid) are words typical of A, to the left (hatched) of B. Length is the z-score; only words beyond ±${threshold} are shown, so chance differences stay out.`}
      height={Math.max(200, sorted.length * 26 + 60)}
      rows={sorted}
      columns={[
        { label: 'Word', value: (r) => r.word },
        { label: 'Leans to', value: (r) => (r.side === 'a' ? 'A' : 'B') },
        { label: 'z-score', value: (r) => r.z.toFixed(2) },
      ]}
      empty={sorted.length === 0 ? (note ?? 'No word is distinctive enough to show.') : null}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={sorted} layout="vertical" margin={{ left: 8, right: 16 }} title="Distinctive words">
          <HatchDefs chart="distinctive" />
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={AXIS_TICK} />
          <YAxis type="category" dataKey="word" width={110} tick={AXIS_TICK} interval={0} />
          <ReferenceLine x={0} stroke="#57534e" />
          <Tooltip />
          <Bar isAnimationActive={false} dataKey="z" name="z-score">
            {sorted.map((r) => (
              <Cell
                key={r.word}
                fill={r.side === 'a' ? SERIES.a.color : `url(#${hatchId('distinctive')})`}
                stroke={r.side === 'a' ? SERIES.a.color : SERIES.b.color}
              />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
