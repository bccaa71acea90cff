import { type Token, tokenize, WordTable } from './tokenize';

/**
 * How a pattern word is compared with a token:
 * - 'lower': the token's lowercased original text (keeps British/American spelling apart);
 * - 'lemma': the token's lemma (the pattern is written as lemmas: "lash out" finds "lashed out");
 * - 'any': either of the two (the usual choice for inflected words and fixed phrases);
 * - 'exact': case-sensitive original text (proper names: "Kiev", not "kiev" in a URL slug).
 */
export type MatchMode = 'lower' | 'lemma' | 'any' | 'exact';

export interface PhrasePattern<T> {
  /** One or more words as written in running text; hyphens and apostrophes are split the way wink splits them. */
  phrase: string;
  mode?: MatchMode;
  /** Universal POS tags allowed for the first word (e.g. ['VERB'] so "claim" the noun is not a report verb). */
  pos?: readonly string[];
  /** False friends: skip the match when the word before / after it (lowercased) is one of these. */
  notAfter?: readonly string[];
  notBefore?: readonly string[];
  /**
   * The only next words (lowercased, or punctuation) after which the match counts; the end of a line too. A
   * context of two words ('to comment') is met by the next two.
   */
  onlyBefore?: readonly string[];
  data: T;
}

export interface PhraseMatch<T> {
  /** Token range [first, last) in `doc.tokens`. */
  first: number;
  last: number;
  start: number;
  end: number;
  data: T;
  pattern: CompiledPattern<T>;
}

const APPOSITION_ARTICLES = new Set(['a', 'an', 'the']);

/** Quotation marks that can close a modifier before a phrase. */
const CLOSING_MARKS = new Set(['"', '”', "'", '’']);

export interface CompiledPattern<T> {
  words: string[];
  mode: MatchMode;
  pos: ReadonlySet<string> | null;
  notAfter: ReadonlySet<string> | null;
  /** Whether some notAfter context is two words ('night of'), so the two words before are read too. */
  notAfter2: boolean;
  /** Some notBefore context is two words ('the streets' after 'flooded'). */
  notBefore2: boolean;
  notBefore: ReadonlySet<string> | null;
  onlyBefore: ReadonlySet<string> | null;
  /** Some onlyBefore context is two words ('to comment' after 'refused'). */
  onlyBefore2: boolean;
  /** Declaration order: earlier patterns win ties of equal length. */
  rank: number;
  data: T;
}

export interface PhraseMatcher<T> {
  /** Longest match wins at each position; matches never overlap and never cross a line. */
  match(tokens: readonly Token[], from?: number, to?: number): PhraseMatch<T>[];
  readonly size: number;
}

/** wink tags capitalised nouns and adjectives as PROPN at a sentence start or in title case, so those count too. */
const posSet = (list: readonly string[] | undefined): ReadonlySet<string> | null => {
  if (!list?.length) return null;
  const set = new Set(list);
  if (set.has('NOUN') || set.has('ADJ')) set.add('PROPN');
  return set;
};

const toSet = (list: readonly string[] | undefined) =>
  list?.length ? new Set(list.map((w) => w.toLowerCase())) : null;

/** Plain words and spaces split the same way everywhere; only phrases with other characters need wink. */
const PLAIN_CHARS = /^[\p{L}\p{N} ]+$/u;
/** wink splits some plain words too: 'cannot' -> can not, 'dont' -> do nt. */
const WINK_SPLITS = /(^|\s)(cannot|gimme|\p{L}+nt)(\s|$)/iu;
const isPlain = (p: string) => PLAIN_CHARS.test(p) && !WINK_SPLITS.test(p);

/**
 * Splits every phrase into words as wink splits running text ("long-awaited" into three tokens,
 * "de-occupation" into one). Phrases of plain words are split on spaces; the rest go through wink in one pass.
 */
export function splitPhrases(phrases: readonly string[]): string[][] {
  const clean = phrases.map((p) => p.replace(/\s+/g, ' ').trim());
  const out: string[][] = clean.map((p) => (isPlain(p) ? p.split(' ').filter(Boolean) : []));
  const special = clean.map((p, i) => (p && !isPlain(p) ? i : -1)).filter((i) => i >= 0);
  if (!special.length) return out;
  // (A blank line between phrases keeps each its own block: a single line break may join two lines.)
  const doc = tokenize(special.map((i) => clean[i]).join('\n\n'));
  for (const t of doc.tokens) out[special[t.block] ?? -1]?.push(t.text);
  return out;
}

function wordMatches(p: CompiledPattern<unknown>, w: string, t: Token): boolean {
  switch (p.mode) {
    case 'exact':
      // ('KYIV, Ukraine (AP) —': a dateline's capitals spell the name the same way.)
      return t.text === w || (t.text.length > 2 && t.text === w.toUpperCase() && t.text !== t.lower);
    case 'lower':
      return t.lower === w;
    case 'lemma':
      return t.lemma === w;
    default:
      return t.lower === w || t.lemma === w;
  }
}

/**
 * The singulars a sentence's capitalised first word may stand for when wink read it as a name and left it
 * unlemmatised ('Mobs set fire to', 'Thugs attacked'): 'mobs' -> mob, 'bullies' -> bully, 'hoaxes' -> hoax.
 * Empty for any other token.
 */
export function initialPluralBases(tokens: readonly Token[], i: number): string[] {
  const t = tokens[i];
  if (t?.pos !== 'PROPN' || !t.cap || t.lemma !== t.lower) return [];
  const w = t.lower;
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return [];
  // The first word of its sentence, after any opening quotation marks or brackets.
  for (let k = i - 1; k >= 0; k--) {
    const p = tokens[k] as Token;
    if (p.sentence !== t.sentence || p.block !== t.block) break;
    if (p.isWord || p.type === 'number') return [];
  }
  const out = [w.slice(0, -1)];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  else if (w.endsWith('es')) out.push(w.slice(0, -2));
  return out;
}

/**
 * The patterns that start with one word, split by their second word: at a token only the one-word patterns
 * and those whose second word is the next token's need a closer look ("in" starts seventeen hedges and
 * legal phrases, and in running text the next word rarely continues any of them).
 */
interface FirstWordEntry<T> {
  single: CompiledPattern<T>[];
  bySecond: Map<string, CompiledPattern<T>[]>;
}

/**
 * Word masks, shared by every matcher: a document's tokens are looked up once in one table whose entry for a
 * word has bit k set when matcher k has a pattern starting with that word, and bit k + 15 when some pattern
 * of matcher k has it second. Each matcher then steps over the tokens whose start bit is clear with one array
 * read, instead of its own two table lookups per token (four matchers read every article), and looks a next
 * word up among second words only when its bit says it is one. Matchers past the fifteenth do without.
 */
const MAX_MASKED = 15;
const maskedMatchers: { starts: ReadonlyMap<string, unknown>; seconds: ReadonlySet<string> }[] = [];
let maskTable = new WordTable<number>(() => 0);

/** Adds a matcher's first and second words to the masks; its start bit, or 0 when every bit is taken. */
function addMaskedMatcher(starts: ReadonlyMap<string, unknown>, seconds: ReadonlySet<string>): number {
  if (maskedMatchers.length >= MAX_MASKED) return 0;
  maskedMatchers.push({ starts, seconds });
  const matchers = maskedMatchers.slice();
  // A new table: words looked up before this matcher existed lack its bits.
  maskTable = new WordTable((w) => {
    let mask = 0;
    for (let k = 0; k < matchers.length; k++) {
      const m = matchers[k];
      if (m?.starts.has(w)) mask |= 1 << k;
      if (m?.seconds.has(w)) mask |= 1 << (k + MAX_MASKED);
    }
    return mask;
  });
  return 1 << (matchers.length - 1);
}

/** The masks of one token array, with the table they were read from (stale once a matcher is added). */
interface WordMasks {
  table: WordTable<number>;
  masks: Int32Array;
}
const masksOf = new WeakMap<readonly Token[], WordMasks>();

/** Per token, the masks of its lowercased text and its lemma together; -1 (every bit) where a token is missing. */
function wordMasks(tokens: readonly Token[]): Int32Array {
  const known = masksOf.get(tokens);
  if (known && known.table === maskTable && known.masks.length === tokens.length) return known.masks;
  const table = maskTable;
  const masks = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) masks[i] = -1;
    else masks[i] = table.lower(t) | (t.lemmaId !== t.lowerId ? table.lemma(t) : 0);
  }
  masksOf.set(tokens, { table, masks });
  return masks;
}

/** Compiles patterns into a first-word index, so matching costs one or two array lookups per token. */
export function compilePhrases<T>(patterns: readonly PhrasePattern<T>[]): PhraseMatcher<T> {
  const split = splitPhrases(patterns.map((p) => p.phrase));
  const index = new Map<string, FirstWordEntry<T>>();
  /** Every second word of a pattern: most next words are none, and need no lookup in an entry's map. */
  const secondWords = new Set<string>();
  patterns.forEach((p, rank) => {
    const mode = p.mode ?? 'any';
    const raw = split[rank] ?? [];
    if (!raw.length) return;
    const words = mode === 'exact' ? raw : raw.map((w) => w.toLowerCase());
    const compiled: CompiledPattern<T> = {
      words,
      mode,
      pos: posSet(p.pos),
      notAfter: toSet(p.notAfter),
      notAfter2: !!p.notAfter?.some((w) => w.includes(' ')),
      notBefore2: !!p.notBefore?.some((w) => w.includes(' ')),
      notBefore: toSet(p.notBefore),
      onlyBefore: toSet(p.onlyBefore),
      onlyBefore2: !!p.onlyBefore?.some((w) => w.includes(' ')),
      rank,
      data: p.data,
    };
    const key = (words[0] ?? '').toLowerCase();
    let entry = index.get(key);
    if (!entry) {
      entry = { single: [], bySecond: new Map() };
      index.set(key, entry);
    }
    if (words.length === 1) entry.single.push(compiled);
    else {
      const second = (words[1] ?? '').toLowerCase();
      secondWords.add(second);
      const list = entry.bySecond.get(second);
      if (list) list.push(compiled);
      else entry.bySecond.set(second, [compiled]);
    }
  });
  // Longest first, then declaration order: the first candidate that fits is the one to keep.
  const order = (x: CompiledPattern<T>, y: CompiledPattern<T>) =>
    y.words.length - x.words.length || x.rank - y.rank;
  for (const entry of index.values()) {
    entry.single.sort(order);
    for (const list of entry.bySecond.values()) list.sort(order);
  }
  /** The candidates starting with a word, looked up once per distinct word rather than once per token. */
  const candidates = new WordTable<FirstWordEntry<T> | null>((w) => index.get(w) ?? null);
  const bit = addMaskedMatcher(index, secondWords);
  const secondBit = bit << MAX_MASKED;

  /** A singular the token at `altAt` stands for (see initialPluralBases), matched as its lemma. */
  let altAt = -1;
  let altWord = '';
  const fits = (p: CompiledPattern<T>, tokens: readonly Token[], i: number, to: number): boolean => {
    const n = p.words.length;
    if (i + n > to) return false;
    const head = tokens[i];
    if (!head || (p.pos && !p.pos.has(head.pos))) return false;
    for (let k = 0; k < n; k++) {
      const t = tokens[i + k];
      if (!t || t.block !== head.block) return false;
      const w = p.words[k] ?? '';
      if (wordMatches(p, w, t)) continue;
      if (i + k === altAt && w === altWord && (p.mode === 'any' || p.mode === 'lemma')) continue;
      return false;
    }
    if (p.notAfter) {
      const prev = tokens[i - 1];
      if (prev && prev.block === head.block && p.notAfter.has(prev.lower)) return false;
      // ('"ultra-left" militants': a closing quotation mark between the word and the phrase.)
      const word = prev && CLOSING_MARKS.has(prev.text) ? tokens[i - 2] : undefined;
      if (word && word.block === head.block && p.notAfter.has(word.lower)) return false;
      // Two-word contexts are written with a space ('night of' before 'terror').
      const prev2 = p.notAfter2 ? tokens[i - 2] : undefined;
      if (prev && prev2 && prev2.block === head.block && p.notAfter.has(`${prev2.lower} ${prev.lower}`))
        return false;
      // An apposition renames the word before it: 'weekly testing, a regime nurses resent' is a testing regime.
      if (prev && APPOSITION_ARTICLES.has(prev.lower) && tokens[i - 2]?.text === ',') {
        const named = tokens[i - 3];
        if (named && named.block === head.block && p.notAfter.has(named.lower)) return false;
      }
    }
    if (p.notBefore) {
      const next = tokens[i + n];
      if (next && next.block === head.block && p.notBefore.has(next.lower)) return false;
      const next2 = p.notBefore2 ? tokens[i + n + 1] : undefined;
      if (next && next2 && next2.block === head.block && p.notBefore.has(`${next.lower} ${next2.lower}`))
        return false;
    }
    if (p.onlyBefore) {
      const next = tokens[i + n];
      if (next && next.block === head.block && !p.onlyBefore.has(next.lower)) {
        // Two-word contexts are written with a space ('refused' only before 'to comment', 'to answer').
        const next2 = p.onlyBefore2 ? tokens[i + n + 1] : undefined;
        if (!next2 || next2.block !== head.block || !p.onlyBefore.has(`${next.lower} ${next2.lower}`))
          return false;
      }
    }
    return true;
  };

  /** The best pattern of a sorted list that fits at i, if it beats `best` (longer, or as long and declared earlier). */
  const better = (
    list: readonly CompiledPattern<T>[] | null | undefined,
    best: CompiledPattern<T> | undefined,
    tokens: readonly Token[],
    i: number,
    to: number,
  ): CompiledPattern<T> | undefined => {
    if (!list) return best;
    for (const p of list) {
      if (
        best &&
        (p.words.length < best.words.length || (p.words.length === best.words.length && p.rank > best.rank))
      )
        break;
      if (fits(p, tokens, i, to)) return p;
    }
    return best;
  };

  /**
   * The best pattern of one entry at i (longer patterns first: those continued by the next word, then the
   * one-word ones). `second` and `secondLemma` are the next token's words, or null when no pattern has them second.
   */
  const bestOf = (
    entry: FirstWordEntry<T>,
    best: CompiledPattern<T> | undefined,
    second: string | null,
    secondLemma: string | null,
    tokens: readonly Token[],
    i: number,
    to: number,
  ): CompiledPattern<T> | undefined => {
    // Exact-mode patterns keep their capitals: their second word is filed lowercased all the same.
    if (second !== null) best = better(entry.bySecond.get(second), best, tokens, i, to);
    if (secondLemma !== null) best = better(entry.bySecond.get(secondLemma), best, tokens, i, to);
    return better(entry.single, best, tokens, i, to);
  };

  return {
    size: patterns.length,
    match(tokens, from = 0, to = tokens.length) {
      const out: PhraseMatch<T>[] = [];
      const masks = bit ? wordMasks(tokens) : null;
      let i = from;
      while (i < to) {
        const t = tokens[i];
        if (!t) break;
        // ('Mobs set fire to': a capitalised plural opening a sentence, read as a name, stands for its singular.)
        const bases = t.pos === 'PROPN' ? initialPluralBases(tokens, i) : [];
        if (!bases.length && masks && i < masks.length && !((masks[i] as number) & bit)) {
          i++;
          continue;
        }
        const byLower = candidates.lower(t);
        const byLemma = t.lemmaId !== t.lowerId ? candidates.lemma(t) : null;
        const byBase = bases.map((b) => [b, index.get(b)] as const).filter(([, e]) => e);
        if (!byLower && !byLemma && !byBase.length) {
          i++;
          continue;
        }
        const next = i + 1 < to ? tokens[i + 1] : undefined;
        // Without masks every next word is looked up; a word that is no second word finds no list.
        const nextIsSecond = next && (!masks || (masks[i + 1] as number) & secondBit);
        const second = nextIsSecond ? next.lower : null;
        const secondLemma = nextIsSecond && next.lemma !== next.lower ? next.lemma : null;
        let best: CompiledPattern<T> | undefined;
        if (byLower) best = bestOf(byLower, best, second, secondLemma, tokens, i, to);
        if (byLemma) best = bestOf(byLemma, best, second, secondLemma, tokens, i, to);
        for (const [base, entry] of byBase) {
          altAt = i;
          altWord = base;
          if (entry) best = bestOf(entry, best, second, secondLemma, tokens, i, to);
          altAt = -1;
        }
        if (!best) {
          i++;
          continue;
        }
        const last = i + best.words.length;
        out.push({
          first: i,
          last,
          start: t.start,
          end: tokens[last - 1]?.end ?? t.end,
          data: best.data,
          pattern: best,
        });
        i = last;
      }
      return out;
    },
  };
}
