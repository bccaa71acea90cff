'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ParagraphLengthRow {
  paragraph: string;
  a: number;
  b: number;
}

/** Words per paragraph in each article; the rows are computed on the server. */
export function ParagraphLengthChart({ rows }: { rows: ParagraphLengthRow[] }) {
  return (
    <figure aria-label="Words per paragraph, article A and article B" data-testid="chart-paragraph-length">
      <div className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="paragraph" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="a" name="Article A" fill="#b45309" />
            <Bar dataKey="b" name="Article B" fill="#1d4ed8" />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
