'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRows } from '@/lib/analysis/types';
import { AXIS_TICK, hatchId, SERIES, shortLabel } from './chart-config';
import { ChartFigure, HatchDefs } from './chart-figure';

type Row = ChartRows['loadedCategories'][number];

/** Loaded terms per 1,000 words in each category, A beside B. */
export function LoadedCategoriesChart({ rows }: { rows: Row[] }) {
  return (
    <ChartFigure
      id="loaded-categories"
      title="Loaded terms per 1,000 words, by category"
      guide="Longer bar = more words of that kind. Article A is solid, article B hatched."
      height={Math.max(220, rows.length * 44 + 70)}
      rows={rows}
      columns={[
        { label: 'Category', value: (r) => r.label },
        { label: 'A per 1,000 words', value: (r) => r.a },
        { label: 'B per 1,000 words', value: (r) => r.b },
      ]}
      empty={rows.length === 0 ? 'No loaded terms in either article.' : null}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ left: 8, right: 16 }}
          title="Loaded terms per 1,000 words"
        >
          <HatchDefs chart="loaded" />
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={AXIS_TICK} />
          <YAxis
            type="category"
            dataKey="label"
            width={140}
            tick={AXIS_TICK}
            tickFormatter={(v: string) => shortLabel(v, 30)}
          />
          <Tooltip />
          <Legend />
          <Bar isAnimationActive={false} dataKey="a" name={SERIES.a.label} fill={SERIES.a.color} />
          <Bar
            isAnimationActive={false}
            dataKey="b"
            name={SERIES.b.label}
            fill={`url(#${hatchId('loaded')})`}
            stroke={SERIES.b.color}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
