import type { ReactNode } from 'react';
import { hatchId, SERIES } from './chart-config';

export interface TableColumn<R> {
  label: string;
  value: (row: R) => string | number;
}

/**
 * A chart with its accessible name, a one-line reading guide, and the same numbers as a table for screen
 * readers, print and anyone who prefers figures to bars.
 */
export function ChartFigure<R>({
  id,
  title,
  guide,
  height,
  rows,
  columns,
  empty,
  children,
}: {
  id: string;
  title: string;
  guide: string;
  /** Fixed plot height; leave out when the children size themselves. */
  height?: number;
  rows: readonly R[];
  columns: TableColumn<R>[];
  empty?: string | null;
  children: ReactNode;
}) {
  return (
    <figure
      aria-labelledby={`chart-${id}-title`}
      data-testid={`chart-${id}`}
      data-empty={empty ? 'true' : undefined}
      className="chart min-w-0 rounded-lg border border-stone-200 bg-white p-4"
    >
      <figcaption>
        <span id={`chart-${id}-title`} className="block font-semibold">
          {title}
        </span>
        <span className="mt-1 block text-sm text-stone-600">{guide}</span>
      </figcaption>
      {empty ? <p className="mt-2 text-sm italic text-stone-500">{empty}</p> : null}
      {/* Nothing to plot: the note says why, and empty axes and an empty table would only add noise. */}
      {empty ? null : (
        <>
          <div className="mt-3 w-full" style={height ? { height } : undefined}>
            {children}
          </div>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-stone-700">Show the numbers as a table</summary>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">{title}</caption>
                <thead>
                  <tr>
                    {columns.map((c) => (
                      <th
                        key={c.label}
                        scope="col"
                        className="border-b border-stone-300 py-1 pr-3 font-semibold"
                      >
                        {c.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows are a fixed server snapshot
                    <tr key={i}>
                      {columns.map((c) => (
                        <td key={c.label} className="border-b border-stone-100 py-1 pr-3">
                          {c.value(r)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </figure>
  );
}

/** The hatch pattern that marks Article B's bars (place inside a chart's SVG). */
export function HatchDefs({ chart }: { chart: string }) {
  return (
    <defs>
      <pattern
        id={hatchId(chart)}
        patternUnits="userSpaceOnUse"
        width="6"
        height="6"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill={SERIES.b.color} />
        <line x1="0" y1="0" x2="0" y2="6" stroke="white" strokeWidth="2" />
      </pattern>
    </defs>
  );
}
