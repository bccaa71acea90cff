import { LOADED_CATEGORY_LABELS } from './loaded-labels';
import type {
  ArticleAnalysis,
  Contrast,
  FrameContrast,
  FrameScore,
  LoadedCategory,
  LoadedCategoryContrast,
  LoadedTerm,
  NamingContrast,
  NamingRow,
  NamingVariant,
  SourceType,
  SourcingContrast,
  TextBlock,
  ToneContrast,
  VoiceContrast,
} from './types';

const round = (n: number) => Math.round(n * 100) / 100;
export const per1000 = (n: number, words: number) => (words > 0 ? round((n * 1000) / words) : 0);

/** Counts one article's naming variants into the groups, on its side. */
function tallyNaming(groups: Map<string, NamingContrast>, side: 'a' | 'b', analysis: ArticleAnalysis): void {
  for (const n of analysis.namingVariants) {
    let c = groups.get(n.group);
    if (!c) {
      c = { kind: 'naming', group: n.group, groupLabel: n.groupLabel, origin: n.origin, a: [], b: [] };
      groups.set(n.group, c);
    }
    countNamingUse(c[side], n);
  }
}

/** Adds one use of a name to its group's rows: the count, where it stands, and the words as written. */
export function countNamingUse(rows: NamingRow[], n: NamingVariant): void {
  let row: NamingRow | undefined;
  for (const r of rows) if (r.variant === n.variant) row = r;
  // The words as the article wrote them, when every use reads the same and differs from the canonical
  // name ('illegal migrants' under 'illegal immigrants'); a lowercase variant's form in lowercase.
  // (A dateline's capitals, 'KYIV', are the canonical name.)
  const form =
    n.variant === n.variant.toLowerCase()
      ? n.text.toLowerCase()
      : n.text.toLowerCase() === n.variant.toLowerCase()
        ? n.variant
        : n.text;
  if (!row) {
    row = { variant: n.variant, count: 0, quoted: 0 };
    if (form !== n.variant) row.written = form;
    rows.push(row);
  } else if (row.written !== undefined && row.written !== form) delete row.written;
  row.count++;
  if (n.inQuote) row.quoted = (row.quoted ?? 0) + 1;
  else if (n.inReportedSpeech) row.reported = (row.reported ?? 0) + 1;
}

/** Naming groups where the two articles choose differently (a side that never names the thing is no contrast). */
export function namingContrasts(a: ArticleAnalysis, b: ArticleAnalysis): NamingContrast[] {
  const groups = new Map<string, NamingContrast>();
  tallyNaming(groups, 'a', a);
  tallyNaming(groups, 'b', b);
  // Each side's rows hold distinct variants: the sides choose differently unless both hold the same ones.
  const out: NamingContrast[] = [];
  for (const c of groups.values()) if (c.a.length && c.b.length && !sameVariants(c.a, c.b)) out.push(c);
  return out;
}

type VariantRows = readonly NamingRow[];

/**
 * Uses of a name outside quotation marks. Reported speech counts as the outlet's writing here: without
 * quotation marks the outlet chose the words ('Kiev' in 'officials said Kiev would...'), and rows keep
 * `reported` for readers who want it apart.
 */
const writtenUses = (r: NamingRow) => r.count - (r.quoted ?? 0);

/**
 * One side's names split by who chose them: the outlet (a name it writes at least once outside quotation
 * marks) and its speakers alone (quoted only).
 */
export function namingVoices(rows: readonly NamingRow[]): { own: NamingRow[]; quoted: NamingRow[] } {
  return { own: rows.filter((r) => writtenUses(r) > 0), quoted: rows.filter((r) => writtenUses(r) <= 0) };
}

/** What a written name's count holds in quotations (', 1 in a quotation'); nothing for a quoted-only name. */
export function quotedShare(r: NamingRow): string {
  const q = r.quoted ?? 0;
  return q && writtenUses(r) > 0 ? `, ${q} in ${q === 1 ? 'a quotation' : 'quotations'}` : '';
}

/** A side's names as a clause ('A writes X and quotes Y'), each name formatted by `name`. */
export function namingClause(
  side: string,
  rows: readonly NamingRow[],
  name: (r: NamingRow) => string,
): string {
  const { own, quoted } = namingVoices(rows);
  const byUse = (xs: NamingRow[]) => [...xs].sort((x, y) => y.count - x.count).map(name);
  const parts: string[] = [];
  if (own.length || !quoted.length) parts.push(`writes ${andList(byUse(own))}`);
  if (quoted.length) parts.push(`quotes ${andList(byUse(quoted))}`);
  return `${side} ${parts.join(own.length > 1 ? ', and ' : ' and ')}`;
}

/** 'x', 'x and y', 'x, y and z'. */
export const andList = (xs: readonly string[]) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;
const hasVariant = (rows: VariantRows, variant: string) => rows.some((r) => r.variant === variant);
const sameVariants = (x: VariantRows, y: VariantRows) =>
  x.every((r) => hasVariant(y, r.variant)) && y.every((r) => hasVariant(x, r.variant));

/** Whether offset `at` lies in a body line (blocks are in text order). */
export function inBody(blocks: readonly TextBlock[], at: number): boolean {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const bl = blocks[mid] as TextBlock;
    if (at < bl.start) hi = mid - 1;
    else if (at >= bl.end) lo = mid + 1;
    else return bl.kind === 'body';
  }
  return false;
}

/** loadedCounts by terms list: contrasts, findings and charts each ask it of both articles. */
const loadedCountsOf = new WeakMap<readonly LoadedTerm[], Map<LoadedCategory, number>>();

/**
 * Loaded terms in the outlet's own voice (outside quotations and reported speech) per category. Read-only:
 * it is shared.
 */
export function loadedCounts(x: ArticleAnalysis): ReadonlyMap<LoadedCategory, number> {
  let counts = loadedCountsOf.get(x.loadedTerms);
  if (!counts) {
    counts = new Map();
    // Body lines only, as the word count the rate divides by (a headline's terms are highlighted, not counted).
    for (const t of x.loadedTerms)
      if (!t.inQuote && !t.inReportedSpeech && inBody(x.blocks, t.start))
        counts.set(t.category, (counts.get(t.category) ?? 0) + 1);
    loadedCountsOf.set(x.loadedTerms, counts);
  }
  return counts;
}

export const CATEGORIES = Object.keys(LOADED_CATEGORY_LABELS) as LoadedCategory[];

export function loadedContrasts(a: ArticleAnalysis, b: ArticleAnalysis): LoadedCategoryContrast[] {
  const ca = loadedCounts(a);
  const cb = loadedCounts(b);
  const out: LoadedCategoryContrast[] = [];
  for (const category of CATEGORIES) {
    const na = ca.get(category) ?? 0;
    const nb = cb.get(category) ?? 0;
    if (na + nb > 0)
      out.push({
        kind: 'loaded-category',
        category,
        aPer1000: per1000(na, a.wordCount),
        bPer1000: per1000(nb, b.wordCount),
      });
  }
  return out;
}

/** Distinct named people whose words are quoted (scare quotes are the outlet's, not a speaker's). */
export function namedSpeakers(x: ArticleAnalysis): string[] {
  const names = new Set<string>();
  for (const q of x.quotes) if (q.kind !== 'scare' && q.speaker?.type === 'person') names.add(q.speaker.name);
  return [...names];
}

/** How many of an article's sources have one of the types. */
function countSources(x: ArticleAnalysis, ...types: SourceType[]): number {
  let n = 0;
  for (const s of x.sources) if (types.includes(s.type)) n++;
  return n;
}

const sourcingRow = (measure: SourcingContrast['measure'], a: number, b: number): SourcingContrast => ({
  kind: 'sourcing',
  measure,
  a,
  b,
});

export function sourcingContrasts(a: ArticleAnalysis, b: ArticleAnalysis): SourcingContrast[] {
  return [
    sourcingRow('anonymous', countSources(a, 'anonymous'), countSources(b, 'anonymous')),
    sourcingRow('named-speakers', namedSpeakers(a).length, namedSpeakers(b).length),
    sourcingRow('outlets', countSources(a, 'outlet', 'wire'), countSources(b, 'outlet', 'wire')),
    sourcingRow(
      'organisations',
      countSources(a, 'government', 'military', 'organisation'),
      countSources(b, 'government', 'military', 'organisation'),
    ),
  ];
}

/** A camp's row in the voice contrasts, created on first use. */
function campRow(camps: Map<string, VoiceContrast>, camp: string): VoiceContrast {
  let c = camps.get(camp);
  if (!c) {
    c = { kind: 'voice', camp, aQuotedWords: 0, bQuotedWords: 0, aStatements: 0, bStatements: 0 };
    camps.set(camp, c);
  }
  return c;
}

export function voiceContrasts(a: ArticleAnalysis, b: ArticleAnalysis): VoiceContrast[] {
  const camps = new Map<string, VoiceContrast>();
  for (const r of a.voiceBalance) {
    const c = campRow(camps, r.camp);
    c.aQuotedWords = r.quotedWords;
    c.aStatements = r.statements;
  }
  for (const r of b.voiceBalance) {
    const c = campRow(camps, r.camp);
    c.bQuotedWords = r.quotedWords;
    c.bStatements = r.statements;
  }
  return [...camps.values()].sort(
    (x, y) =>
      y.aQuotedWords + y.bQuotedWords - (x.aQuotedWords + x.bQuotedWords) || (x.camp < y.camp ? -1 : 1),
  );
}

/** The other article's frame score for a dimension; aggregate lists the dimensions in the same order for both. */
export function frameOf(
  x: ArticleAnalysis,
  i: number,
  dimension: FrameScore['dimension'],
): FrameScore | undefined {
  const f = x.frames[i];
  return f?.dimension === dimension ? f : x.frames.find((g) => g.dimension === dimension);
}

export function frameContrasts(a: ArticleAnalysis, b: ArticleAnalysis): FrameContrast[] {
  return a.frames.map((f, i) => ({
    kind: 'frame',
    dimension: f.dimension,
    aPer1000: f.per1000,
    bPer1000: frameOf(b, i, f.dimension)?.per1000 ?? 0,
  }));
}

export const toneContrast = (a: ArticleAnalysis, b: ArticleAnalysis): ToneContrast => ({
  kind: 'tone',
  aMean: a.toneMean,
  bMean: b.toneMean,
});

/** Every contrast between the two analyses, in a fixed order of kinds. */
export function contrastsOf(a: ArticleAnalysis, b: ArticleAnalysis): Contrast[] {
  const out: Contrast[] = namingContrasts(a, b);
  for (const c of loadedContrasts(a, b)) out.push(c);
  for (const c of sourcingContrasts(a, b)) out.push(c);
  for (const c of voiceContrasts(a, b)) out.push(c);
  for (const c of frameContrasts(a, b)) out.push(c);
  out.push(toneContrast(a, b));
  return out;
}
