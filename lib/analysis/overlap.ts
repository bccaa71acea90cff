import type { AnalysisDoc } from './detector';
import { STOP_WORDS } from './stop-words';
import { type Sentence, straightApostrophes, type Token, WordTable } from './tokenize';
import type { Overlap, OverlapSentence } from './types';

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

/**
 * One side's body sentences as bags of lemmas, all in one array: sentence k's lemmas are
 * `lemmas[from[k]]` up to `lemmas[from[k + 1]]`, in order of first use in the sentence.
 */
interface Bags {
  sentences: Sentence[];
  lemmas: Lemma[];
  /** One more entry than there are sentences. */
  from: number[];
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

/** What a lowercased word says before its lemma is looked at: a stop word, or a lowercased spelling in US. */
const STOP = 1;
const US_FORM = 2;

/**
 * Per lowercased word: its flags, and the content record of the last lemma it was met with (a word nearly
 * always has the same lemma), so most words take one table lookup.
 */
interface LowerEntry {
  flags: number;
  lemma: string;
  record: Lemma | null;
}

/** The tables from a token's words to lemma records; rebuilt whenever the records start over. */
function lemmaTables() {
  const content = new WordTable((lemma) => {
    const l = straightApostrophes(lemma);
    return STOP_WORDS.has(l) || REPORTING.has(l) || l.length < 2 ? null : lemmaRecord(l);
  });
  return {
    /** Per lemma: the record of the lemma with straight apostrophes (how numbers count). */
    straight: new WordTable((lemma) => lemmaRecord(straightApostrophes(lemma))),
    /** Per lemma: the record of its straightened form when it can carry content, null for stop and reporting words. */
    content,
    /** Per lowercased word: see LowerEntry. */
    lower: new WordTable(
      (w): LowerEntry => ({
        flags: (STOP_WORDS.has(w) ? STOP : 0) | (w === 'us' || w === 'u.s.' || w === 'u.s' ? US_FORM : 0),
        lemma: '',
        record: null,
      }),
    ),
    /** "US" and "U.S." are one country. */
    us: lemmaRecord('u.s.'),
  };
}
let tables = lemmaTables();

/** Comparisons so far: numbers the per-comparison counts in the lemma records. */
let calls = 0;
/** Sentences bagged so far: a lemma's `seen` holds the number of the last bag it joined. */
let bagged = 0;

/**
 * Body sentences as the units compared, a quotation of several sentences with its attribution being one
 * ('"Nobody asked us. Nobody called us. We found out from the news," Howard said.'): a sentence that ends
 * inside an open quotation joins the next one in its paragraph.
 */
function bodyUnits(doc: AnalysisDoc): Sentence[] {
  const { tokens, blockKinds } = doc;
  const units: Sentence[] = [];
  let open: Sentence | null = null;
  for (const s of doc.sentences) {
    if (blockKinds[s.block] !== 'body') continue;
    const unit: Sentence = open && open.block === s.block ? { ...open, last: s.last, end: s.end } : s;
    if (unit !== s) units.pop();
    units.push(unit);
    // Straight marks toggle; curly ones open and close.
    let depth: number = open && open.block === s.block ? 1 : 0;
    for (let i = s.first; i < s.last; i++) {
      const c = (tokens[i] as Token).text;
      if (c === '"') depth = depth ? 0 : 1;
      else if (c === '“') depth = 1;
      else if (c === '”') depth = 0;
    }
    open = depth ? unit : null;
  }
  return units;
}

/**
 * Body sentences as bags of lemmas, counting each lemma's sentences (`df`) for comparison `call`;
 * `used` collects the lemmas met first in this comparison.
 */
function bagsOf(doc: AnalysisDoc, call: number, used: Lemma[]): Bags {
  const sentences: Sentence[] = [];
  const out: Lemma[] = [];
  const from: number[] = [];
  const { tokens } = doc;
  const { straight, content, lower, us: usLemma } = tables;
  for (const s of bodyUnits(doc)) {
    sentences.push(s);
    from.push(out.length);
    const id = ++bagged;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i] as Token;
      if (!t.isWord || t.pos === 'PUNCT') continue;
      const entry = lower.lower(t);
      const flags = entry.flags;
      // Numbers count: "more than 1%" and "higher than 1%" report the same figure.
      // "US" and "U.S." are one country; lowercased, "us" would be dropped as a pronoun.
      const us = (flags & US_FORM) !== 0 && US.has(t.text);
      let e: Lemma | null;
      if (t.type === 'number') e = us ? usLemma : straight.lemma(t);
      else {
        if (us) e = usLemma;
        else if (flags & STOP) continue;
        else if (entry.lemma === t.lemma) e = entry.record;
        else {
          e = content.lemma(t);
          entry.lemma = t.lemma;
          entry.record = e;
        }
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
      out.push(e);
    }
  }
  from.push(out.length);
  return { sentences, lemmas: out, from };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Typed arrays reused by every comparison (allocating them costs more than the work done in them), by name;
 * replaced by a larger one when a comparison needs more. `dot` is all zeros between comparisons.
 */
const intBuffers = new Map<string, Int32Array>();
const floatBuffers = new Map<string, Float64Array>();
const byteBuffers = new Map<string, Uint8Array>();

/** A size of at least n: powers of two, so arrays are rarely replaced. */
const capacity = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(n, 64)));

function buffer<T extends { length: number }>(
  buffers: Map<string, T>,
  name: string,
  n: number,
  make: (n: number) => T,
): T {
  let x = buffers.get(name);
  if (!x || x.length < n) {
    x = make(capacity(n));
    buffers.set(name, x);
  }
  return x;
}
const ints = (name: string, n: number) => buffer(intBuffers, name, n, (m) => new Int32Array(m));
const floats = (name: string, n: number) => buffer(floatBuffers, name, n, (m) => new Float64Array(m));
const bytes = (name: string, n: number) => buffer(byteBuffers, name, n, (m) => new Uint8Array(m));

/** The length of each sentence's idf vector (1 for an empty one), into `norms`. */
function normsOf(side: Bags, norms: Float64Array): Float64Array {
  const { lemmas, from } = side;
  for (let k = 0; k < side.sentences.length; k++) {
    let sum = 0;
    for (let p = from[k] as number; p < (from[k + 1] as number); p++) sum += (lemmas[p] as Lemma).weight;
    norms[k] = Math.sqrt(sum) || 1;
  }
  return norms;
}

/** Per sentence of a side: the most similar sentence on the other side (-1 for none) and its similarity. */
interface Best {
  index: Int32Array;
  sim: Float64Array;
}

function noBest(n: number, index: Int32Array, sim: Float64Array): Best {
  index.fill(-1, 0, n);
  sim.fill(0, 0, n);
  return { index, sim };
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
  const a = bagsOf(docA, call, used);
  const b = bagsOf(docB, call, used);
  const na = a.sentences.length;
  const nb = b.sentences.length;
  const n = na + nb;
  // Lemmas found in a large share of sentences are not walked in the index (their posting lists would make
  // the cost quadratic); they add to the score of pairs found through rarer shared words, which is exact for
  // those pairs. A pair sharing only such words is left out; with idf so low, it could not reach the threshold
  // unless both sentences consist of little else.
  const frequent = Math.max(FREQUENT_MIN, n * FREQUENT_SHARE);
  // Squared idf per lemma: a sentence vector is binary, so its weights are idf alone. It depends on the
  // lemma's sentence count alone (at most n), so each count's weight is computed once (0: not yet).
  const weightOfDf = floats('weightOfDf', n + 1).fill(0, 0, n + 1);
  let frequentLemmas = 0;
  for (const e of used) {
    let w = weightOfDf[e.df] as number;
    if (w === 0) {
      w = Math.log(1 + n / e.df) ** 2;
      weightOfDf[e.df] = w;
    }
    e.weight = w;
    if (e.df > frequent) e.frequent = frequentLemmas++;
  }
  const normA = normsOf(a, floats('normA', na));
  const normB = normsOf(b, floats('normB', nb));
  const bestA = noBest(na, ints('bestA', na), floats('simA', na));
  const bestB = noBest(nb, ints('bestB', nb), floats('simB', nb));

  // Posting p is B sentence postSentence[p], followed by posting postNext[p]; built from the last sentence
  // back, so each list runs in sentence order. For frequent lemmas, inB[frequent * nb + j] says whether B
  // sentence j has the lemma.
  const postSentence = ints('postSentence', b.lemmas.length);
  const postNext = ints('postNext', b.lemmas.length);
  let postings = 0;
  const inB = bytes('inB', frequentLemmas * nb).fill(0, 0, frequentLemmas * nb);
  for (let j = nb - 1; j >= 0; j--) {
    for (let p = b.from[j] as number; p < (b.from[j + 1] as number); p++) {
      const l = b.lemmas[p] as Lemma;
      if (l.frequent >= 0) inB[l.frequent * nb + j] = 1;
      else {
        postNext[postings] = l.postings;
        postSentence[postings] = j;
        l.postings = postings++;
      }
    }
  }

  const dot = floats('dot', nb);
  const touched = ints('touched', nb);
  const common: Lemma[] = [];
  for (let i = 0; i < na; i++) {
    let touchedCount = 0;
    for (let p = a.from[i] as number; p < (a.from[i + 1] as number); p++) {
      const l = a.lemmas[p] as Lemma;
      if (l.frequent >= 0) {
        common.push(l);
        continue;
      }
      const w = l.weight;
      for (let q = l.postings; q >= 0; q = postNext[q] as number) {
        const j = postSentence[q] as number;
        if (dot[j] === 0) touched[touchedCount++] = j;
        dot[j] = (dot[j] as number) + w;
      }
    }
    for (let k = 0; k < touchedCount; k++) {
      const j = touched[k] as number;
      let d = dot[j] as number;
      for (const l of common) if (inB[l.frequent * nb + j]) d += l.weight;
      const sim = d / ((normA[i] as number) * (normB[j] as number));
      dot[j] = 0;
      if (sim > (bestA.sim[i] as number)) {
        bestA.sim[i] = sim;
        bestA.index[i] = j;
      }
      if (sim > (bestB.sim[j] as number)) {
        bestB.sim[j] = sim;
        bestB.index[j] = i;
      }
    }
    common.length = 0;
  }

  const outA = labelled(a.sentences, bestA, b.sentences, 'only-a');
  const outB = labelled(b.sentences, bestB, a.sentences, 'only-b');
  return { a: outA, b: outB, sharedShareA: sharedShare(outA), sharedShareB: sharedShare(outB) };
}

/** One side's sentences with their status: 'both' when the best match is similar enough. */
function labelled(
  side: readonly Sentence[],
  best: Best,
  other: readonly Sentence[],
  only: 'only-a' | 'only-b',
): OverlapSentence[] {
  const out: OverlapSentence[] = [];
  for (let k = 0; k < side.length; k++) {
    const s = side[k] as Sentence;
    const sim = best.sim[k] as number;
    const match = sim >= SIMILARITY_THRESHOLD ? other[best.index[k] as number] : undefined;
    out.push({
      start: s.start,
      end: s.end,
      status: match ? 'both' : only,
      match: match ? { start: match.start, end: match.end } : null,
      similarity: round(sim),
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
