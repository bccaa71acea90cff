'use client';

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartRows } from '@/lib/analysis/types';
import { AXIS_TICK, SERIES } from './chart-config';
import { ChartFigure } from './chart-figure';

type Row = ChartRows['tone'][number];

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Sentence sentiment from the first to the last sentence of each article. */
export function ToneChart({ rows, meanA, meanB }: { rows: Row[]; meanA: number; meanB: number }) {
  const a = rows.filter((r) => r.side === 'a');
  const b = rows.filter((r) => r.side === 'b');
  return (
    <ChartFigure
      id="tone"
      title="Tone along each article"
      guide={`Each point is one sentence, from the start (left) to the end (right) of the article; above the line is positive wording, below negative. Average: A ${meanA.toFixed(2)}, B ${meanB.toFixed(2)}. A is a solid line, B dashed.`}
      height={260}
      rows={rows}
      columns={[
        { label: 'Article', value: (r) => r.side.toUpperCase() },
        { label: 'Sentence', value: (r) => r.sentence },
        { label: 'Position', value: (r) => pct(r.position) },
        { label: 'Tone (−1 to +1)', value: (r) => r.score },
      ]}
      empty={rows.length === 0 ? 'No sentences to score.' : null}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart margin={{ left: 0, right: 16 }} title="Tone along each article">
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" dataKey="position" domain={[0, 1]} tickFormatter={pct} tick={AXIS_TICK} />
          <YAxis type="number" domain={[-1, 1]} tick={AXIS_TICK} />
          <ReferenceLine y={0} stroke="#57534e" />
          <Tooltip
            formatter={(v) => Number(v).toFixed(2)}
            labelFormatter={(v) => `${pct(Number(v))} into the article`}
          />
          <Legend />
          <Line
            isAnimationActive={false}
            data={a}
            dataKey="score"
            name={SERIES.a.label}
            stroke={SERIES.a.color}
            strokeWidth={2}
            dot={{ r: 2 }}
          />
          <Line
            isAnimationActive={false}
            data={b}
            dataKey="score"
            name={SERIES.b.label}
            stroke={SERIES.b.color}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={{ r: 2 }}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
