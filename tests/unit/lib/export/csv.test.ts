import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis, Comparison } from '@/lib/analysis/types';
import { CSV_COLUMNS, comparisonCsv, csvCell, toCsv } from '@/lib/export/csv';
import type { StoredComparison } from '@/lib/store/types';

/** A small RFC 4180 reader, so the tests check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'Kyiv', 'Kyiv'],
    ['comma', 'a, b', '"a, b"'],
    ['double quote', 'say "no"', '"say ""no"""'],
    ['newline', 'two\nlines', '"two\nlines"'],
    ['CRLF', 'two\r\nlines', '"two\r\nlines"'],
    ['number', 3.5, '3.5'],
    ['negative number (a number, not a formula)', -0.25, '-0.25'],
    ['NaN', Number.NaN, ''],
    ['boolean', true, 'true'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['formula =', '=1+1', "'=1+1"],
    ['formula +', '+1', "'+1"],
    ['formula -', '-cmd', "'-cmd"],
    ['formula @', '@SUM(A1)', "'@SUM(A1)"],
    ['formula after tab', '\t=1', "'\t=1"],
    ['formula with comma gets both', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
  ])('%s', (_, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each(['a=1', 'e-mail', 'x+y', 'name@example.org', ' =1'])(
    'leaves %s alone (no formula start)',
    (value) => {
      expect(csvCell(value)).toBe(value);
    },
  );
});

describe('toCsv', () => {
  it('writes CRLF-terminated records that read back to the same cells', () => {
    const rows = [
      ['x', 'he said "hi", then left', 'line\nbreak'],
      ['y', '', 'plain'],
    ];
    const csv = toCsv(['k', 'v', 'w'], rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([['k', 'v', 'w'], ...rows]);
  });
});

function analysis(parts: Partial<ArticleAnalysis>): ArticleAnalysis {
  return {
    wordCount: 100,
    blocks: [],
    namingVariants: [],
    loadedTerms: [],
    sources: [],
    quotes: [],
    statements: [],
    voiceBalance: [],
    campsNamedNotHeard: [],
    frames: [],
    tone: [],
    toneMean: 0,
    ...parts,
  };
}

describe('comparisonCsv', () => {
  const a = analysis({
    loadedTerms: [
      {
        start: 10,
        end: 29,
        text: 'controversial ammo',
        term: 'controversial',
        category: 'evaluative',
        inQuote: false,
        explanation: "Labels the weapon as disputed, in the outlet's own voice.",
        neutral: 'cluster munitions',
        source: 'test',
      },
    ],
    sources: [
      {
        name: 'US officials',
        type: 'anonymous',
        affiliation: 'United States government',
        camp: 'Anonymous officials',
        mentions: [
          { start: 0, end: 12, cue: 'according to' },
          { start: 40, end: 52, cue: 'said' },
        ],
      },
    ],
    voiceBalance: [{ camp: 'Anonymous officials', quotedWords: 0, statements: 2 }],
  });
  const b = analysis({
    quotes: [
      {
        start: 5,
        end: 30,
        text: '=cmd|" /C calc"!A0, he said',
        kind: 'direct',
        speaker: {
          name: 'Joe Biden',
          type: 'person',
          affiliation: 'President',
          camp: 'United States government',
        },
        verb: 'said',
        verbStance: 'neutral',
        words: 5,
      },
    ],
    voiceBalance: [{ camp: 'United States government', quotedWords: 5, statements: 1 }],
  });
  const stored: StoredComparison = {
    id: 'AAAAAAAAAAAAAAAAAAAAAA',
    createdAt: '2026-01-01T00:00:00.000Z',
    modelVersion: 'test',
    input: { a: { text: 'x', outlet: '@Outlet A' }, b: { text: 'y' } },
    comparison: { articles: [a, b] } as unknown as Comparison,
  };

  it('has one table column and a row per term, source, quote and camp, per article', () => {
    const csv = comparisonCsv(stored);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const records = rows.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])));
    expect(records.map((r) => [r.table, r.article])).toEqual([
      ['loaded_term', 'A'],
      ['source', 'A'],
      ['voice_balance', 'A'],
      ['quote', 'B'],
      ['voice_balance', 'B'],
    ]);
    expect(records[0]).toMatchObject({
      outlet: "'@Outlet A",
      text: 'controversial ammo',
      name: 'controversial',
      category: 'evaluative',
      in_quote: 'false',
      in_reported_speech: 'false',
      start: '10',
      end: '29',
      neutral: 'cluster munitions',
    });
    expect(records[1]).toMatchObject({
      name: 'US officials',
      type: 'anonymous',
      count: '2',
      verb: 'according to; said',
    });
    expect(records[3]).toMatchObject({
      text: '\'=cmd|" /C calc"!A0, he said',
      name: 'Joe Biden',
      camp: 'United States government',
      words: '5',
    });
    expect(records[4]).toMatchObject({ camp: 'United States government', words: '5', statements: '1' });
  });

  it('every row has every column', () => {
    const rows = parseCsv(comparisonCsv(stored).slice(1));
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });
});
