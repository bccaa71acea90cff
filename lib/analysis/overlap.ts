import type { AnalysisDoc } from './detector';
import { STOP_WORDS } from './stop-words';
import { WordTable } from './tokenize';
import type { Overlap, OverlapSentence, Span } from './types';

/**
 * Cosine similarity of idf-weighted content lemmas at or above which two sentences report the same thing.
 * Checked by hand on the bundled pair: the one true paraphrase ("banned exports of cluster bombs with a dud
 * rate of more than 1%" / "bans exports of American cluster munitions with failure rates higher than 1%")
 * scores 0.30; sentences that only share topic words ("cluster munitions", "Ukraine", "dud rates") while
 * reporting another fact, such as Russia's own dud rates, stay at 0.22 and below. idf makes words found in
 * many sentences of the pair count little, so the topic alone never reaches the threshold.
 */
export const SIMILARITY_THRESHOLD = 0.25;

/** Attribution verbs and other words every news sentence has: not what the sentence reports. */
const REPORTING = new Set([
  'say',
  'said',
  'tell',
  'told',
  'according',
  'add',
  'report',
  'also',
  'would',
  'could',
]);

/** A lemma in more than this share of all sentences (and more than FREQUENT_MIN of them) is "frequent". */
const FREQUENT_SHARE = 0.01;
const FREQUENT_MIN = 20;

const US = new Set(['US', 'U.S.', 'U.S']);

/** One content lemma of the pair: how many sentences have it, its weight, the B sentences that have it. */
interface Lemma {
  df: number;
  /** Squared idf. */
  weight: number;
  postings: number[] | null;
  /** The last sentence it was added to (a bag holds each lemma once). */
  seen: number;
}

interface SentenceBag extends Span {
  /** In order of first use in the sentence. */
  lemmas: Lemma[];
}

const straighten = (w: string) => (w.includes('’') ? w.replace(/’/g, "'") : w);
/** Per lemma, computed once per word: the lemma with straight apostrophes. */
const straightLemma = new WordTable(straighten);
/** Per lemma: its straightened form when it can carry content, null for stop and reporting words. */
const contentLemma = new WordTable((lemma) => {
  const l = straighten(lemma);
  return STOP_WORDS.has(l) || REPORTING.has(l) || l.length < 2 ? null : l;
});
const stopWord = new WordTable((w) => STOP_WORDS.has(w));
/** Lowercased forms of the spellings in US. */
const usLower = new WordTable((w) => w === 'us' || w === 'u.s.' || w === 'u.s');

/** Body sentences as bags of lemmas; `lemmaOf` gives the pair's one record per lemma. */
function bagsOf(doc: AnalysisDoc, lemmaOf: (l: string) => Lemma, bag: { n: number }): SentenceBag[] {
  const out: SentenceBag[] = [];
  const { tokens } = doc;
  for (const s of doc.sentences) {
    if (doc.blockKinds[s.block] !== 'body') continue;
    const lemmas: Lemma[] = [];
    const id = ++bag.n;
    const add = (l: string) => {
      const e = lemmaOf(l);
      if (e.seen === id) return;
      e.seen = id;
      e.df++;
      lemmas.push(e);
    };
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i];
      if (!t?.isWord || t.pos === 'PUNCT') continue;
      // Numbers count: "more than 1%" and "higher than 1%" report the same figure.
      // "US" and "U.S." are one country; lowercased, "us" would be dropped as a pronoun.
      const us = usLower.lower(t) && US.has(t.text);
      if (t.type === 'number') {
        add(us ? 'u.s.' : straightLemma.lemma(t));
        continue;
      }
      const lemma = us ? 'u.s.' : contentLemma.lemma(t);
      if (lemma === null || stopWord.lower(t)) continue;
      add(lemma);
    }
    out.push({ start: s.start, end: s.end, lemmas });
  }
  return out;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Aligns the body sentences of two articles: each is 'both' when its best match on the other side is
 * similar enough, otherwise 'only-a' / 'only-b'. An inverted index by lemma means only sentences that
 * share a word are ever compared, so the cost follows the number of shared words, not all pairs.
 */
export function overlapOf(docA: AnalysisDoc, docB: AnalysisDoc): Overlap {
  const byLemma = new Map<string, Lemma>();
  const lemmaOf = (l: string): Lemma => {
    let e = byLemma.get(l);
    if (!e) {
      e = { df: 0, weight: 0, postings: null, seen: 0 };
      byLemma.set(l, e);
    }
    return e;
  };
  const bag = { n: 0 };
  const a = bagsOf(docA, lemmaOf, bag);
  const b = bagsOf(docB, lemmaOf, bag);
  const n = a.length + b.length;
  // Squared idf per lemma, computed once: a sentence vector is binary, so its weights are idf alone.
  for (const e of byLemma.values()) e.weight = Math.log(1 + n / e.df) ** 2;
  const norm = (s: SentenceBag) => Math.sqrt(s.lemmas.reduce((sum, l) => sum + l.weight, 0)) || 1;
  const normA = a.map(norm);
  const normB = b.map(norm);

  // Lemmas found in a large share of sentences are not walked in the index (their posting lists would make
  // the cost quadratic); they add to the score of pairs found through rarer shared words, which is exact for
  // those pairs. A pair sharing only such words is left out; with idf so low, it could not reach the threshold
  // unless both sentences consist of little else.
  const frequent = Math.max(FREQUENT_MIN, n * FREQUENT_SHARE);
  const isFrequent = (l: Lemma) => l.df > frequent;
  b.forEach((s, j) => {
    for (const l of s.lemmas) {
      if (isFrequent(l)) continue;
      if (l.postings) l.postings.push(j);
      else l.postings = [j];
    }
  });
  const setsB: (Set<Lemma> | undefined)[] = [];
  const lemmaSetB = (j: number) => {
    setsB[j] ??= new Set(b[j]?.lemmas);
    return setsB[j];
  };

  const bestA = { j: new Int32Array(a.length).fill(-1), sim: new Float64Array(a.length) };
  const bestB = { j: new Int32Array(b.length).fill(-1), sim: new Float64Array(b.length) };
  const dot = new Float64Array(b.length);
  const touched: number[] = [];
  a.forEach((s, i) => {
    const common: Lemma[] = [];
    for (const l of s.lemmas) {
      if (isFrequent(l)) {
        common.push(l);
        continue;
      }
      const w = l.weight;
      for (const j of l.postings ?? []) {
        if (dot[j] === 0) touched.push(j);
        dot[j] = (dot[j] ?? 0) + w;
      }
    }
    for (const j of touched) {
      let d = dot[j] ?? 0;
      if (common.length) {
        const set = lemmaSetB(j);
        for (const l of common) if (set.has(l)) d += l.weight;
      }
      const sim = d / ((normA[i] ?? 1) * (normB[j] ?? 1));
      dot[j] = 0;
      if (sim > (bestA.sim[i] ?? 0)) {
        bestA.sim[i] = sim;
        bestA.j[i] = j;
      }
      if (sim > (bestB.sim[j] ?? 0)) {
        bestB.sim[j] = sim;
        bestB.j[j] = i;
      }
    }
    touched.length = 0;
  });

  const label = (
    side: SentenceBag[],
    best: { j: Int32Array; sim: Float64Array },
    other: SentenceBag[],
    only: 'only-a' | 'only-b',
  ): OverlapSentence[] =>
    side.map((s, i) => {
      const m = { j: best.j[i] ?? -1, sim: best.sim[i] ?? 0 };
      const match = m.sim >= SIMILARITY_THRESHOLD ? other[m.j] : undefined;
      return {
        start: s.start,
        end: s.end,
        status: match ? 'both' : only,
        match: match ? { start: match.start, end: match.end } : null,
        similarity: round(m.sim),
      };
    });
  const outA = label(a, bestA, b, 'only-a');
  const outB = label(b, bestB, a, 'only-b');
  const share = (xs: OverlapSentence[]) =>
    xs.length ? round(xs.filter((x) => x.status === 'both').length / xs.length) : 0;
  return { a: outA, b: outB, sharedShareA: share(outA), sharedShareB: share(outB) };
}
