import type { Quote, Statement, VoiceBalanceRow } from './types';

/** A reader's reassignment of speakers to camps: speaker name -> camp. */
export type CampOverrides = Readonly<Record<string, string>>;

/**
 * Quoted words and attributed statements per camp, largest first. Pure and small, so the browser can
 * recompute the voice chart when a reader moves a speaker to another camp.
 */
export function voiceBalanceOf(
  quotes: readonly Quote[],
  statements: readonly Statement[],
  overrides: CampOverrides = {},
): VoiceBalanceRow[] {
  const rows = new Map<string, VoiceBalanceRow>();
  const row = (camp: string) => {
    const r = rows.get(camp) ?? { camp, quotedWords: 0, statements: 0 };
    rows.set(camp, r);
    return r;
  };
  const campOf = (speaker: { name: string; camp: string }) => overrides[speaker.name] ?? speaker.camp;
  for (const q of quotes) if (q.speaker && q.kind !== 'scare') row(campOf(q.speaker)).quotedWords += q.words;
  for (const s of statements) row(campOf(s.speaker)).statements += 1;
  return [...rows.values()].sort((x, y) => y.quotedWords - x.quotedWords || y.statements - x.statements);
}
