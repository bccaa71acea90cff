import type { AnalysisDoc } from './detector';
import { STOP_WORDS } from './stop-words';
import { straightApostrophes, WordTable } from './tokenize';
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

/**
 * One content lemma, the same record for every word that gives it (process-wide), so a comparison counts
 * it without looking its string up. The counts belong to the comparison numbered `call`: a record met
 * first in a later comparison is reset before use.
 */
interface Lemma {
  call: number;
  /** How many sentences of the pair have it. */
  df: number;
  /** Squared idf. */
  weight: number;
  /**
   * The B sentences that have it, as a list threaded through the comparison's posting arrays: the first
   * posting's index, -1 for none (or a frequent lemma).
   */
  postings: number;
  /** The last sentence it was added to (a bag holds each lemma once). */
  seen: number;
  /** For a lemma in more than the frequent share of sentences, its number among them; otherwise -1. */
  frequent: number;
}

interface SentenceBag extends Span {
  /** In order of first use in the sentence. */
  lemmas: Lemma[];
  /** The most similar sentence on the other side (index, -1 for none) and its similarity. */
  best: number;
  bestSim: number;
}

/** Lemma records by their (straightened) text; past MAX_LEMMAS distinct lemmas the tables start over. */
const MAX_LEMMAS = 100_000;
let lemmas = new Map<string, Lemma>();

function lemmaRecord(text: string): Lemma {
  let e = lemmas.get(text);
  if (!e) {
    e = { call: 0, df: 0, weight: 0, postings: -1, seen: 0, frequent: -1 };
    lemmas.set(text, e);
  }
  return e;
}

/** The tables from a token's words to lemma records; rebuilt whenever the records start over. */
function lemmaTables() {
  return {
    /** Per lemma: the record of the lemma with straight apostrophes (how numbers count). */
    straight: new WordTable((lemma) => lemmaRecord(straightApostrophes(lemma))),
    /** Per lemma: the record of its straightened form when it can carry content, null for stop and reporting words. */
    content: new WordTable((lemma) => {
      const l = straightApostrophes(lemma);
      return STOP_WORDS.has(l) || REPORTING.has(l) || l.length < 2 ? null : lemmaRecord(l);
    }),
    /** "US" and "U.S." are one country. */
    us: lemmaRecord('u.s.'),
  };
}
let tables = lemmaTables();

/** What a lowercased word says before its lemma is looked at: a stop word, or a lowercased spelling in US. */
const STOP = 1;
const US_FORM = 2;
const lowerFlags = new WordTable(
  (w) => (STOP_WORDS.has(w) ? STOP : 0) | (w === 'us' || w === 'u.s.' || w === 'u.s' ? US_FORM : 0),
);

/** Comparisons so far: numbers the per-comparison counts in the lemma records. */
let calls = 0;

/**
 * Body sentences as bags of lemmas, counting each lemma's sentences (`df`) for comparison `call`;
 * `used` collects the lemmas met first in this comparison.
 */
export function bagsOf(doc: AnalysisDoc, call: number, used: Lemma[], bag: { n: number }): SentenceBag[] {
  const out: SentenceBag[] = [];
  const { tokens, blockKinds } = doc;
  const { straight, content, us: usLemma } = tables;
  for (const s of doc.sentences) {
    if (blockKinds[s.block] !== 'body') continue;
    const lemmas: Lemma[] = [];
    const id = ++bag.n;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i];
      if (!t?.isWord || t.pos === 'PUNCT') continue;
      const flags = lowerFlags.lower(t);
      // Numbers count: "more than 1%" and "higher than 1%" report the same figure.
      // "US" and "U.S." are one country; lowercased, "us" would be dropped as a pronoun.
      const us = (flags & US_FORM) !== 0 && US.has(t.text);
      let e: Lemma | null;
      if (t.type === 'number') e = us ? usLemma : straight.lemma(t);
      else {
        if (flags & STOP) continue;
        e = us ? usLemma : content.lemma(t);
        if (e === null) continue;
      }
      if (e.call !== call) {
        e.call = call;
        e.df = 0;
        e.postings = -1;
        e.seen = 0;
        e.frequent = -1;
        used.push(e);
      }
      if (e.seen === id) continue;
      e.seen = id;
      e.df++;
      lemmas.push(e);
    }
    out.push({ start: s.start, end: s.end, lemmas, best: -1, bestSim: 0 });
  }
  return out;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The length of a sentence's idf vector (1 for an empty one). */
function normOf(s: SentenceBag): number {
  let sum = 0;
  for (const l of s.lemmas) sum += l.weight;
  return Math.sqrt(sum) || 1;
}

/**
 * Aligns the body sentences of two articles: each is 'both' when its best match on the other side is
 * similar enough, otherwise 'only-a' / 'only-b'. An inverted index by lemma means only sentences that
 * share a word are ever compared, so the cost follows the number of shared words, not all pairs.
 */
export function overlapOf(docA: AnalysisDoc, docB: AnalysisDoc): Overlap {
  if (lemmas.size > MAX_LEMMAS) {
    lemmas = new Map();
    tables = lemmaTables();
  }
  const call = ++calls;
  const used: Lemma[] = [];
  const bag = { n: 0 };
  const a = bagsOf(docA, call, used, bag);
  const b = bagsOf(docB, call, used, bag);
  const n = a.length + b.length;
  // Lemmas found in a large share of sentences are not walked in the index (their posting lists would make
  // the cost quadratic); they add to the score of pairs found through rarer shared words, which is exact for
  // those pairs. A pair sharing only such words is left out; with idf so low, it could not reach the threshold
  // unless both sentences consist of little else.
  const frequent = Math.max(FREQUENT_MIN, n * FREQUENT_SHARE);
  // Squared idf per lemma: a sentence vector is binary, so its weights are idf alone. It depends on the
  // lemma's sentence count alone, so each count's weight is computed once.
  const weightOfDf: number[] = [];
  let frequentLemmas = 0;
  for (const e of used) {
    e.weight = weightOfDf[e.df] ??= Math.log(1 + n / e.df) ** 2;
    if (e.df > frequent) e.frequent = frequentLemmas++;
  }
  const normA = a.map(normOf);
  const normB = b.map(normOf);

  // Posting p is B sentence postSentence[p], followed by posting postNext[p]; built from the last sentence
  // back, so each list runs in sentence order. For frequent lemmas, inB[frequent * b.length + j] says
  // whether B sentence j has the lemma.
  const postSentence: number[] = [];
  const postNext: number[] = [];
  const inB: boolean[] = new Array(frequentLemmas * b.length).fill(false);
  for (let j = b.length - 1; j >= 0; j--) {
    for (const l of (b[j] as SentenceBag).lemmas) {
      if (l.frequent >= 0) inB[l.frequent * b.length + j] = true;
      else {
        postNext.push(l.postings);
        l.postings = postSentence.push(j) - 1;
      }
    }
  }

  const dot: number[] = new Array(b.length).fill(0);
  const touched: number[] = [];
  const common: Lemma[] = [];
  for (let i = 0; i < a.length; i++) {
    const s = a[i] as SentenceBag;
    for (const l of s.lemmas) {
      if (l.frequent >= 0) {
        common.push(l);
        continue;
      }
      const w = l.weight;
      for (let p = l.postings; p >= 0; p = postNext[p] ?? -1) {
        const j = postSentence[p] ?? 0;
        if (dot[j] === 0) touched.push(j);
        dot[j] = (dot[j] ?? 0) + w;
      }
    }
    for (const j of touched) {
      const t = b[j] as SentenceBag;
      let d = dot[j] ?? 0;
      for (const l of common) if (inB[l.frequent * b.length + j]) d += l.weight;
      const sim = d / ((normA[i] ?? 1) * (normB[j] ?? 1));
      dot[j] = 0;
      if (sim > s.bestSim) {
        s.bestSim = sim;
        s.best = j;
      }
      if (sim > t.bestSim) {
        t.bestSim = sim;
        t.best = i;
      }
    }
    touched.length = 0;
    common.length = 0;
  }

  const outA = labelled(a, b, 'only-a');
  const outB = labelled(b, a, 'only-b');
  return { a: outA, b: outB, sharedShareA: sharedShare(outA), sharedShareB: sharedShare(outB) };
}

/** One side's sentences with their status: 'both' when the best match is similar enough. */
function labelled(side: SentenceBag[], other: SentenceBag[], only: 'only-a' | 'only-b'): OverlapSentence[] {
  const out: OverlapSentence[] = [];
  for (const s of side) {
    const match = s.bestSim >= SIMILARITY_THRESHOLD ? other[s.best] : undefined;
    out.push({
      start: s.start,
      end: s.end,
      status: match ? 'both' : only,
      match: match ? { start: match.start, end: match.end } : null,
      similarity: round(s.bestSim),
    });
  }
  return out;
}

/** The share of a side's sentences reported by both articles. */
function sharedShare(xs: readonly OverlapSentence[]): number {
  let both = 0;
  for (const x of xs) if (x.status === 'both') both++;
  return xs.length ? round(both / xs.length) : 0;
}
