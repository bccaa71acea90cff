import type { ArticleAnalysis } from '@/lib/analysis/types';
import type { StoredComparison } from '@/lib/store/types';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * One CSV for all findings tables, told apart by the `table` column (loaded_term, source, quote,
 * voice_balance), so it opens as one sheet a reader can filter. Columns a table does not use stay empty.
 */
export const CSV_COLUMNS = [
  'table',
  'article',
  'outlet',
  'text',
  'name',
  'category',
  'type',
  'affiliation',
  'camp',
  'verb',
  'in_quote',
  'in_reported_speech',
  'count',
  'words',
  'statements',
  'start',
  'end',
  'explanation',
  'neutral',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, CsvCell>>;

// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula starts neutralised with a leading apostrophe, then quoted per RFC 4180 when needed. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = typeof value === 'boolean' ? String(value) : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 lines (CRLF), header first. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
}

function articleRows(side: 'A' | 'B', outlet: string, analysis: ArticleAnalysis): Row[] {
  const rows: Row[] = [];
  const base = { article: side, outlet };
  for (const t of analysis.loadedTerms) {
    rows.push({
      ...base,
      table: 'loaded_term',
      text: t.text,
      name: t.term,
      category: t.category,
      in_quote: t.inQuote,
      in_reported_speech: t.inReportedSpeech ?? false,
      start: t.start,
      end: t.end,
      explanation: t.explanation,
      neutral: t.neutral,
    });
  }
  for (const s of analysis.sources) {
    const first = s.mentions[0];
    rows.push({
      ...base,
      table: 'source',
      name: s.name,
      type: s.type,
      affiliation: s.affiliation,
      camp: s.camp,
      count: s.mentions.length,
      start: first?.start,
      end: first?.end,
      verb: [...new Set(s.mentions.map((m) => m.cue).filter(Boolean))].join('; '),
    });
  }
  for (const q of analysis.quotes) {
    rows.push({
      ...base,
      table: 'quote',
      text: q.text,
      name: q.speaker?.name,
      category: q.kind,
      type: q.speaker?.type,
      affiliation: q.speaker?.affiliation,
      camp: q.speaker?.camp,
      verb: q.verb,
      words: q.words,
      start: q.start,
      end: q.end,
    });
  }
  for (const v of analysis.voiceBalance) {
    rows.push({
      ...base,
      table: 'voice_balance',
      camp: v.camp,
      words: v.quotedWords,
      statements: v.statements,
    });
  }
  return rows;
}

/**
 * The findings tables of a stored comparison as one CSV (see CSV_COLUMNS). Starts with a UTF-8 byte-order
 * mark so spreadsheet programs read curly quotes and accented names correctly.
 */
export function comparisonCsv(stored: StoredComparison): string {
  const [a, b] = stored.comparison.articles;
  const rows = [
    ...articleRows('A', stored.input.a.outlet ?? '', a),
    ...articleRows('B', stored.input.b.outlet ?? '', b),
  ];
  return `\uFEFF${toCsv(
    CSV_COLUMNS,
    rows.map((r) => CSV_COLUMNS.map((c) => r[c])),
  )}`;
}
