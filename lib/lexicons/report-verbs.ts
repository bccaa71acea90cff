import { z } from 'zod';
import data from '@/data/lexicons/report-verbs.json';
import {
  compilePhrases,
  type MatchMode,
  type PhraseMatch,
  type PhraseMatcher,
} from '@/lib/analysis/phrase-matcher';
import { type Token, WordTable } from '@/lib/analysis/tokenize';
import type { VerbStance } from '@/lib/analysis/types';
import { contextRules, duplicates, entryBase, fileMeta, phrase, posTags } from './schema';

const senseWords = z
  .array(z.string().min(1))
  .min(1)
  .transform((list): ReadonlySet<string> => new Set(list.map((w) => w.toLowerCase())));

/** Universal POS tags as wink gives them. */
const senseTags = z
  .array(
    z.enum([
      'ADJ',
      'ADP',
      'ADV',
      'AUX',
      'CCONJ',
      'DET',
      'INTJ',
      'NOUN',
      'NUM',
      'PART',
      'PRON',
      'PROPN',
      'PUNCT',
      'SCONJ',
      'SYM',
      'VERB',
      'X',
    ]),
  )
  .min(1);

/**
 * Sentence and neighbour rules an entry of a loaded-term file or of report-verbs.json, or a variant of
 * naming-variants.json, may carry beside its word contexts, for words whose loaded sense is one of several
 * (applied by the loaded-terms and naming detectors, `inSense` in lib/analysis/loaded-context.ts):
 * - `onlyNear`: the entry counts only in a sentence that also holds one of these words, by form or lemma
 *   ('amnesty' and 'surge' of migrants: near 'immigrants', 'border', 'asylum'; an amnesty law for a
 *   secession bid and a surge in violent crime are plain);
 * - `notNear`: it is skipped in a sentence that holds one ('epidemic' is literal beside 'virus' or 'cases');
 * - `onlyAfterPos` / `onlyBeforePos`: the word right before / after it must carry one of these tags
 *   ('flu panic': 'panic' after a noun names a scare; 'caused panic' reports an emotion).
 */
export const senseRuleFields = {
  onlyNear: senseWords.optional(),
  notNear: senseWords.optional(),
  onlyAfterPos: senseTags.optional(),
  onlyBeforePos: senseTags.optional(),
};

/** A parsed sense rule: word sets lowercased, POS tags as listed. */
export interface SenseRule {
  onlyNear?: ReadonlySet<string>;
  notNear?: ReadonlySet<string>;
  onlyAfterPos?: readonly string[];
  onlyBeforePos?: readonly string[];
}

/** The sense rule of a parsed entry, or undefined when it has none. */
export function senseOf(e: SenseRule): SenseRule | undefined {
  const { onlyNear, notNear, onlyAfterPos, onlyBeforePos } = e;
  if (!onlyNear && !notNear && !onlyAfterPos && !onlyBeforePos) return undefined;
  return {
    ...(onlyNear && { onlyNear }),
    ...(notNear && { notNear }),
    ...(onlyAfterPos && { onlyAfterPos }),
    ...(onlyBeforePos && { onlyBeforePos }),
  };
}

export const reportVerbEntry = z.object({
  /** The verb's lemma, or a lemma phrase ('lash out', 'point out', 'maintain that'). */
  lemma: phrase,
  stance: z.enum(['neutral', 'doubting', 'dramatising', 'endorsing', 'conceding']),
  ...entryBase,
  /** Surface forms wink-nlp does not lemmatise to `lemma` ('raged' -> 'rag'). */
  forms: z.array(phrase).optional(),
  mode: z.enum(['lower', 'lemma', 'any', 'exact']).optional(),
  pos: posTags.optional(),
  ...contextRules,
  ...senseRuleFields,
});

export const reportVerbFile = z
  .object({ ...fileMeta, entries: z.array(reportVerbEntry).min(1) })
  .refine((f) => duplicates(f.entries.map((e) => e.lemma)).length === 0, 'duplicate lemma');

export type ReportVerb = z.output<typeof reportVerbEntry> & { stance: VerbStance };

let verbs: ReportVerb[] | undefined;
let matcher: PhraseMatcher<ReportVerb> | undefined;
/** Single report verbs by lemma and by listed form, cached per word id (see reportVerbOf). */
let byLemma: WordTable<ReportVerb | null> | undefined;

/** Every report verb in data/lexicons/report-verbs.json, validated once. */
export function reportVerbs(): readonly ReportVerb[] {
  verbs ??= reportVerbFile.parse(data).entries;
  return verbs;
}

/** Matches report verbs (single lemmas, lemma phrases and listed surface forms) over a token range. */
export function reportVerbMatcher(): PhraseMatcher<ReportVerb> {
  matcher ??= compilePhrases(
    reportVerbs().flatMap((v) => {
      const multi = v.lemma.includes(' ');
      const base = {
        // Single verbs are restricted to verbs ('the claim' is not a report verb); phrases carry their own context.
        pos: v.pos ?? (multi || v.mode ? undefined : ['VERB']),
        notAfter: v.notAfter,
        notBefore: v.notBefore,
        onlyBefore: v.onlyBefore,
        data: v,
      };
      const mode: MatchMode = v.mode ?? 'lemma';
      return [
        { ...base, phrase: v.lemma, mode },
        // Listed forms are ones wink mishandles (often mis-tagged too), so only an explicit POS applies.
        ...(v.forms ?? []).map((f) => ({ ...base, pos: v.pos, phrase: f, mode: 'lower' as const })),
      ];
    }),
  );
  return matcher;
}

/** Report verbs in tokens [from, to). */
export function matchReportVerbs(
  tokens: readonly Token[],
  from?: number,
  to?: number,
): PhraseMatch<ReportVerb>[] {
  return reportVerbMatcher().match(tokens, from, to);
}

/** The report verb of one token by its lemma (or listed form), for attribution patterns like '..., X said'. */
export function reportVerbOf(token: Token): ReportVerb | null {
  if (!byLemma) {
    const map = new Map<string, ReportVerb>();
    for (const v of reportVerbs()) {
      if (v.lemma.includes(' ')) continue;
      map.set(v.lemma, v);
      for (const f of v.forms ?? []) map.set(f, v);
    }
    // Lemmas and lowercased forms share one id space, so one table serves both lookups.
    byLemma = new WordTable((w) => map.get(w) ?? null);
  }
  // Context rules (notAfter/notBefore) need the neighbours: matchReportVerbs applies them.
  return byLemma.lemma(token) ?? byLemma.lower(token);
}

let byLemmaName: Map<string, ReportVerb> | undefined;

/** The single report verb with this lemma ('claim', 'warn'), if the lexicon lists one. */
export function reportVerbNamed(lemma: string): ReportVerb | null {
  byLemmaName ??= new Map(reportVerbs().map((v) => [v.lemma, v]));
  return byLemmaName.get(lemma) ?? null;
}

/** Per lowercased word: whether it is the third person of a single report verb (see below). */
let thirdPerson: WordTable<boolean> | undefined;

/**
 * Whether a word is the third-person singular of a single report verb ('Says', 'Reveals', 'Denies',
 * 'Pushes'): a title-case headline capitalises its verb ('Retired General Reveals ...'), and wink then
 * tags it as a name.
 */
export function isThirdPersonReportVerb(token: Token): boolean {
  if (!thirdPerson) {
    const set = new Set(reportVerbs().flatMap((v) => (v.lemma.includes(' ') ? [] : [v.lemma])));
    thirdPerson = new WordTable((w) => {
      if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss')) return false;
      if (w.endsWith('ies') && set.has(`${w.slice(0, -3)}y`)) return true;
      if (w.endsWith('es') && set.has(w.slice(0, -2))) return true;
      return set.has(w.slice(0, -1));
    });
  }
  return thirdPerson.lower(token);
}
