import type { Quote, Statement, VoiceBalanceRow } from './types';

/** A reader's reassignment of speakers to camps: speaker name -> camp. */
export type CampOverrides = Readonly<Record<string, string>>;

/** The default: no reassignment. */
const NO_OVERRIDES: CampOverrides = {};
/**
 * Names that even an empty overrides object answers, from Object.prototype ('constructor', 'toString'):
 * without overrides, only these need the (slow) lookup by name.
 */
const INHERITED: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** A camp's row, created on first use. */
function campRow(rows: Map<string, VoiceBalanceRow>, camp: string): VoiceBalanceRow {
  let r = rows.get(camp);
  if (!r) {
    r = { camp, quotedWords: 0, statements: 0 };
    rows.set(camp, r);
  }
  return r;
}

/** The speaker's camp, as the reader reassigned it. */
function campOf(speaker: { name: string; camp: string }, overrides: CampOverrides): string {
  return overrides === NO_OVERRIDES && !INHERITED.has(speaker.name)
    ? speaker.camp
    : (overrides[speaker.name] ?? speaker.camp);
}

/**
 * Quoted words and attributed statements per camp, largest first. Pure and small, so the browser can
 * recompute the voice chart when a reader moves a speaker to another camp.
 */
export function voiceBalanceOf(
  quotes: readonly Quote[],
  statements: readonly Statement[],
  overrides: CampOverrides = NO_OVERRIDES,
): VoiceBalanceRow[] {
  const rows = new Map<string, VoiceBalanceRow>();
  for (const q of quotes)
    if (q.speaker && q.kind !== 'scare') campRow(rows, campOf(q.speaker, overrides)).quotedWords += q.words;
  for (const s of statements) campRow(rows, campOf(s.speaker, overrides)).statements += 1;
  return [...rows.values()].sort((x, y) => y.quotedWords - x.quotedWords || y.statements - x.statements);
}
