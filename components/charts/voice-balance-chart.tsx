'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRows } from '@/lib/analysis/types';
import { AXIS_TICK, hatchId, SERIES, shortLabel } from './chart-config';
import { ChartFigure, HatchDefs } from './chart-figure';

export type VoiceRow = ChartRows['voice'][number];

/** Quoted words and attributed statements per camp, A beside B. */
export function VoiceBalanceChart({ rows }: { rows: VoiceRow[] }) {
  const height = Math.max(220, rows.length * 52 + 80);
  const bars = (a: 'aWords' | 'aStatements', b: 'bWords' | 'bStatements', title: string) => (
    <div className="min-w-0">
      <p className="text-center text-sm font-medium">{title}</p>
      <div style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }} title={title}>
            <HatchDefs chart={a} />
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
            <YAxis
              type="category"
              dataKey="camp"
              width={140}
              tick={AXIS_TICK}
              interval={0}
              tickFormatter={(v: string) => shortLabel(v, 30)}
            />
            <Tooltip />
            <Legend />
            <Bar isAnimationActive={false} dataKey={a} name={SERIES.a.label} fill={SERIES.a.color} />
            <Bar
              isAnimationActive={false}
              dataKey={b}
              name={SERIES.b.label}
              fill={`url(#${hatchId(a)})`}
              stroke={SERIES.b.color}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
  return (
    <ChartFigure
      id="voice"
      title="Voice balance: who gets to speak"
      guide="For each camp (country and sector of the speakers): how many words are quoted from it, and how many statements, direct or paraphrased, are attributed to it. A solid, B hatched."
      rows={rows}
      columns={[
        { label: 'Camp', value: (r) => r.camp },
        { label: 'A quoted words', value: (r) => r.aWords },
        { label: 'B quoted words', value: (r) => r.bWords },
        { label: 'A statements', value: (r) => r.aStatements },
        { label: 'B statements', value: (r) => r.bStatements },
      ]}
      empty={rows.length === 0 ? 'Neither article quotes or paraphrases an identified speaker.' : null}
    >
      <div className="grid h-full gap-4 sm:grid-cols-2">
        {bars('aWords', 'bWords', 'Quoted words')}
        {bars('aStatements', 'bStatements', 'Statements')}
      </div>
    </ChartFigure>
  );
}
