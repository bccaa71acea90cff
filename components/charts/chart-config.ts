/** Every chart series with the label and colour it is drawn in, so all charts and tables agree. */
export const SERIES = {
  a: { label: 'Article A', color: '#b45309' },
  b: { label: 'Article B', color: '#1d4ed8' },
  aWords: { label: 'A · quoted words', color: '#b45309' },
  bWords: { label: 'B · quoted words', color: '#1d4ed8' },
  aStatements: { label: 'A · statements', color: '#b45309' },
  bStatements: { label: 'B · statements', color: '#1d4ed8' },
} as const;

export type SeriesKey = keyof typeof SERIES;

/** Article B is drawn hatched as well as in its own colour, so the two sides differ without colour too. */
export const hatchId = (chart: string) => `hatch-b-${chart}`;

export const AXIS_TICK = { fontSize: 12, fill: '#44403c' } as const;

/** Bars for long category names need room; shorten labels on the axis, the table keeps the full text. */
export function shortLabel(label: string, max = 22): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
