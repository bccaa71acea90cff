'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, hatchId, SERIES, shortLabel } from './chart-config';
import { ChartFigure, HatchDefs } from './chart-figure';

export interface PairedRow {
  label: string;
  a: number;
  b: number;
}

/** Horizontal bars per row label, article A solid beside article B hatched; shared by the rate charts. */
export function PairedBarsChart({
  id,
  title,
  guide,
  rows,
  labelHeading,
  empty,
  rowHeight,
  labelWidth,
  labelChars,
}: {
  id: string;
  title: string;
  guide: string;
  rows: PairedRow[];
  /** Heading of the label column in the data table ('Category', 'Frame'). */
  labelHeading: string;
  empty: string;
  rowHeight: number;
  labelWidth: number;
  labelChars: number;
}) {
  return (
    <ChartFigure
      id={id}
      title={title}
      guide={guide}
      height={Math.max(220, rows.length * rowHeight + 70)}
      rows={rows}
      columns={[
        { label: labelHeading, value: (r) => r.label },
        { label: 'A per 1,000 words', value: (r) => r.a },
        { label: 'B per 1,000 words', value: (r) => r.b },
      ]}
      empty={rows.length === 0 ? empty : null}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }} title={title}>
          <HatchDefs chart={id} />
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={AXIS_TICK} />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            tick={AXIS_TICK}
            tickFormatter={(v: string) => shortLabel(v, labelChars)}
          />
          <Tooltip />
          <Legend />
          <Bar isAnimationActive={false} dataKey="a" name={SERIES.a.label} fill={SERIES.a.color} />
          <Bar
            isAnimationActive={false}
            dataKey="b"
            name={SERIES.b.label}
            fill={`url(#${hatchId(id)})`}
            stroke={SERIES.b.color}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
