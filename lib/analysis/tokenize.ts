// The only module that imports wink-nlp: the model is loaded once per process, on first use.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { isCommonWord } from './background-words';
import type { Span } from './types';

type Nlp = ReturnType<typeof winkNLP>;

let nlp: Nlp | undefined;

function getNlp(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos']);
  return nlp;
}

export interface Token extends Span {
  /** Index in `doc.tokens`. */
  i: number;
  /** Exactly as in the text. */
  text: string;
  /** `text` lowercased (original spelling kept: wink's normal form maps British to American). */
  lower: string;
  /** wink's lemma, lowercased. */
  lemma: string;
  /** Process-wide numbers of `lower` and `lemma` (equal strings, equal numbers): keys for WordTable. */
  lowerId: number;
  lemmaId: number;
  /** Universal POS tag from wink (NOUN, PROPN, VERB, PUNCT, ...). */
  pos: string;
  /** wink token type: word, number, punctuation, emoji, url, email, ... */
  type: string;
  isWord: boolean;
  /** A word that starts with a capital letter (its first character is not its own lowercase). */
  cap: boolean;
  sentence: number;
  block: number;
}

/**
 * A token as tokenize builds it. A class rather than an object literal: every token gets one fixed shape from
 * its constructor, which made reading a text about 5% cheaper (measured beside the literal, same process).
 * Its fields are plain own properties, so a token still serialises and compares like the literal did.
 */
class TokenRecord implements Token {
  constructor(
    public i: number,
    public start: number,
    public end: number,
    public text: string,
    public lower: string,
    public lemma: string,
    public lowerId: number,
    public lemmaId: number,
    public pos: string,
    public type: string,
    public isWord: boolean,
    public cap: boolean,
    public sentence: number,
    public block: number,
  ) {}
}

export interface Sentence extends Span {
  i: number;
  /** Token index range [first, last) in `doc.tokens`. */
  first: number;
  last: number;
  block: number;
  sentiment: number;
}

export interface Block extends Span {
  i: number;
  /** Token index range [first, last) in `doc.tokens`. */
  first: number;
  last: number;
}

/** One article read once: every detector runs over these same arrays. */
export interface TokenizedDoc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Non-empty lines of the text (paragraphs); their kinds are decided in structure.ts. */
  blocks: Block[];
}

/** A word with curly apostrophes made straight: 'O’Neill' and 'O'Neill', 'don’t' and 'don't' are one word. */
export const straightApostrophes = (w: string): string => (w.includes('’') ? w.replace(/’/g, "'") : w);

/** Lines with visible text, as spans trimmed of surrounding whitespace. */
export function splitBlocks(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  /** Where the last line ended and whether a blank line came since. */
  let lastEnd = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0];
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    const end = start + trimmed.length;
    const prev = spans.at(-1);
    // A line broken inside a sentence, as text copied from a PDF or an e-mail is ('... any of them,' then
    // 'and we will not ...' on the next line, no blank line between): one paragraph.
    if (prev && lastEnd === prev.end && wrappedAt(text, prev.end, start)) prev.end = end;
    else spans.push({ start, end });
    lastEnd = end;
  }
  return spans;
}

/**
 * Whether the line break between `end` (the end of a line) and `start` (the next line's first character)
 * falls inside a sentence: one line break only, the line not closed by a sentence's end, and the next one
 * going on in lowercase.
 */
function wrappedAt(text: string, end: number, start: number): boolean {
  const gap = text.slice(end, start);
  if (gap.indexOf('\n') !== gap.lastIndexOf('\n')) return false;
  const last = text.charCodeAt(end - 1);
  // (. ! ? : and closing quotation marks end a line as written.)
  if (last === 46 || last === 33 || last === 63 || last === 58 || /["”’']/.test(text.charAt(end - 1)))
    return false;
  return /\p{Ll}/u.test(text.charAt(start));
}

/**
 * What a word form (one entry of wink's vocabulary) always gives, whatever the document: its text, its
 * token type, and outside contractions a lemma that depends only on the form and the POS tag.
 */
interface Form {
  text: string;
  lower: string;
  lowerId: number;
  type: string;
  isWord: boolean;
  cap: boolean;
  /** Whitespace only: wink keeps such tokens, we drop them. */
  blank: boolean;
  /** Starts with a space, tab or line break (then only a search finds its offset). */
  leadSpace: boolean;
  /** Lemma (lowercased) and its word id under the first POS tag seen; `more` holds the other tags'. */
  pos: string;
  lemma: string;
  lemmaId: number;
  more: { pos: string; lemma: string; lemmaId: number }[] | null;
}

/**
 * Word forms seen by this process, by wink's id for them (wink's vocabulary lives as long as the model, and
 * an unknown word keeps the id it first got). Reading `its.lemma` makes wink lemmatise on demand, token by
 * token; most tokens of a text are forms already met, in it or an earlier text, so wink is asked once per
 * (form, POS). Bounded: past MAX_FORMS distinct forms the table starts over.
 */
let forms: Form[] = [];
/** wink id -> 1 + index in `forms` (0: not seen); grown as wink's vocabulary grows. */
let formOf = new Int32Array(1 << 16);
const MAX_FORMS = 50_000;
/** Misses after which tokenize reads a whole wink column rather than one token at a time. */
const BULK = 32;

/** Lowercased words and lemmas -> dense numbers; starts over with the form table. */
let wordIds = new Map<string, number>();

function wordId(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    id = wordIds.size;
    wordIds.set(word, id);
  }
  return id;
}

/**
 * A value computed once per word (a token's `lower` or `lemma`) and kept for the process: lexicon lookups
 * that every token would otherwise repeat as a Map lookup by string. The id is only a hint (ids start over
 * when the form table does), so an entry counts only when its word is the same string.
 */
export class WordTable<T> {
  /** [word, value, word, value, ...] by id: one cache line holds both. */
  private readonly slots: (string | T | undefined)[] = [];
  constructor(private readonly compute: (word: string) => T) {}

  get(id: number, word: string): T {
    const k = id * 2;
    if (this.slots[k] === word) return this.slots[k + 1] as T;
    const value = this.compute(word);
    // Grow one slot at a time so the array stays dense (a far write would make it a dictionary).
    while (this.slots.length <= k + 1) this.slots.push(undefined);
    this.slots[k] = word;
    this.slots[k + 1] = value;
    return value;
  }

  /** The entry for a token's lowercased text. */
  lower(t: Token): T {
    return this.get(t.lowerId, t.lower);
  }

  /** The entry for a token's lemma. */
  lemma(t: Token): T {
    return this.get(t.lemmaId, t.lemma);
  }
}

interface LemmaEntry {
  lemma: string;
  lemmaId: number;
}

/** The lemma of a form under a POS tag, if wink gave it before. */
function knownLemma(form: Form, pos: string): LemmaEntry | null {
  if (form.pos === pos) return form;
  if (form.more) for (const e of form.more) if (e.pos === pos) return e;
  return null;
}

function addLemma(form: Form, pos: string, winkLemma: string): LemmaEntry {
  const lemma = winkLemma.toLowerCase();
  const e = { pos, lemma, lemmaId: wordId(lemma) };
  if (!form.pos) Object.assign(form, e);
  else if (form.more) form.more.push(e);
  else form.more = [e];
  return e;
}

/**
 * Longest run of non-space characters handed to wink in one piece. wink's tokenizer is quadratic in the
 * length of a single token (80,000 characters of 'e' + combining accent took 3.8 s, twice that four times as
 * long); no word, number or address in real text comes near this length.
 */
const MAX_RUN = 1000;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN}}(?=\\S)`, 'gu');
const LONG_STRETCH = new RegExp(`\\S{${MAX_RUN + 1}}`, 'u');

/**
 * The text as wink reads it: a space after every MAX_RUN characters of an unbroken run. The pieces are still
 * substrings of the text in order, so the offsets found below stay offsets into the text itself.
 */
export function breakLongRuns(text: string): string {
  return hasLongRun(text) ? text.replace(LONG_RUN, '$& ') : text;
}

/**
 * Whether some run of non-space characters is longer than MAX_RUN. Only a stretch between two spaces that
 * long can hold one, so the exact test runs on those stretches alone (on news text, none): about 30 µs for
 * the example pair, where one regex over the whole text costs about 190 µs.
 */
function hasLongRun(text: string): boolean {
  let last = -1;
  for (;;) {
    const space = text.indexOf(' ', last + 1);
    const end = space < 0 ? text.length : space;
    if (end - last > MAX_RUN + 1 && LONG_STRETCH.test(text.slice(last + 1, end))) return true;
    if (space < 0) return false;
    last = space;
  }
}

/**
 * Whether a character beside a word may be a neighbouring part of the same contraction ("ca" and "n't" of
 * "can't", "gon" and "na" of "gonna"): a letter or an apostrophe. Outside ASCII only curly double quotes are
 * ruled out; the rest counts as a letter, to be safe.
 */
function joins(c: number): boolean {
  if (c === 39 || c === 0x2019) return true;
  const l = c | 32;
  if (l >= 97 && l <= 122) return true;
  return c > 127 && c !== 0x201c && c !== 0x201d;
}

/** An abbreviation such as 'W.', 'Va.', 'Conn.', 'Calif.': a capital, up to four letters, a full stop. */
const ABBREVIATION = /^[A-Z][a-z]{0,4}\.$/;

/**
 * Whether the token `next` carries on the sentence of the tokens so far although wink ended it: the last
 * word (before a closing bracket) is an abbreviation ('Conn.', or 'Conn' and '.' written together), and `next`
 * is a bracket, a comma, a semicolon or another abbreviation ('W.' then 'Va.').
 */
function continuesAfterAbbreviation(tokens: readonly Token[], next: string): boolean {
  if (next !== ')' && next !== ',' && next !== ';' && !ABBREVIATION.test(next))
    return titleBeforeName(tokens, next);
  let k = tokens.length - 1;
  if (tokens[k]?.text === ')') k--;
  const last = tokens[k];
  if (!last) return false;
  if (ABBREVIATION.test(last.text)) return true;
  const letter = tokens[k - 1];
  return last.text === '.' && !!letter && /^[A-Z][a-z]{0,4}$/.test(letter.text) && letter.end === last.start;
}

/** Abbreviated titles that stand before a name, never at a sentence's end: 'Rear Adm. Nadav Eshel'. */
const NAME_TITLES = new Set([
  'Atty',
  'Adm',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Sgt',
  'Cmdr',
  'Gov',
  'Sen',
  'Rep',
  'Rev',
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Prof',
]);

/** The word the tokens so far end in when a full stop written onto it closes them ('Gov' of 'Gov.'), or null. */
function wordBeforeStop(tokens: readonly Token[]): Token | null {
  const stop = tokens[tokens.length - 1];
  const word = tokens[tokens.length - 2];
  return stop?.text === '.' && word && word.end === stop.start ? word : null;
}

/** Whether the tokens so far end in an abbreviated title and its full stop, and `next` is a capitalised word. */
function titleBeforeName(tokens: readonly Token[], next: string): boolean {
  const title = wordBeforeStop(tokens);
  return !!title && NAME_TITLES.has(title.text) && /^\p{Lu}/u.test(next);
}

/**
 * Whether `next`, an abbreviated title ('Gov', 'Dr'), opens a new sentence although wink kept it in the last
 * one: it follows a full stop after a word that is no abbreviation ('said Karen Bass. Gov. Gavin Newsom
 * visited the scene.' is two sentences, and 'he' after it means Newsom).
 */
function titleOpensSentence(tokens: readonly Token[], next: string): boolean {
  // (wink keeps the full stop on 'Gov.' when no sentence ends there.)
  if (!NAME_TITLES.has(next.endsWith('.') ? next.slice(0, -1) : next)) return false;
  const word = wordBeforeStop(tokens);
  return (
    !!word &&
    word.isWord &&
    word.text.length > 1 &&
    !NAME_TITLES.has(word.text) &&
    // (Not after an initial or a state's abbreviation inside a name: 'John F. Sen.' does not occur, 'Va.'
    // before a title would be read as two sentences, which it most often is.)
    !/^[A-Z]$/.test(word.text)
  );
}

/**
 * 'He Yongqian, a spokeswoman for the ministry,', 'Vice Premier He Lifeng said': the Chinese surname He, which
 * wink tags the pronoun. Read as a name when a given name follows, one space on, in the same sentence: a
 * proper noun that is no English word (the pronoun's 'He Says' in a headline is followed by one).
 */
function surnameHe(tokens: Token[]): void {
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k] as Token;
    if (t.text !== 'He') continue;
    const n = tokens[k + 1] as Token;
    if (
      n.cap &&
      n.pos === 'PROPN' &&
      n.sentence === t.sentence &&
      n.start === t.end + 1 &&
      !isCommonWord(n.lower)
    )
      t.pos = 'PROPN';
  }
}

/** Every form of the English auxiliaries, as wink may tag them AUX (contractions' parts included). */
const AUX_FORMS: ReadonlySet<string> = new Set(
  (
    'am is are was were be been being have has had having do does did done doing can could ca will would wo ' +
    "shall should may might must need ought dare ai 'm 's 're 've 'd 'll ’m ’s ’re ’ve ’d ’ll get got gets"
  ).split(' '),
);

/** Reads the text once with wink-nlp; sentences never cross a line break. */
export function tokenize(text: string): TokenizedDoc {
  const blocks: Block[] = [];
  for (const s of splitBlocks(text))
    blocks.push({ start: s.start, end: s.end, i: blocks.length, first: 0, last: 0 });
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  if (!text.trim()) return { text, tokens, sentences, blocks };

  const engine = getNlp();
  const its = engine.its;
  const doc = engine.readDoc(breakLongRuns(text));
  const all = doc.tokens();
  // wink's typings give some `its` helpers the token signature with addons, which `out` does not declare.
  const out = all.out as (f: unknown) => unknown[];
  const ids = out(its.uniqueId) as number[];
  const tags = all.out(its.pos) as string[];
  // wink's contraction flag, asked only of a word that touches a letter or apostrophe: the parts of "can't"
  // ('ca', "n't") touch each other. A few words per article rather than a column of every token (about 20 µs
  // for the example pair).
  const contracted = (w: number) => (all.itemAt(w).out as (f: unknown) => boolean)(its.contractionFlag);
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentiments = doc.sentences().out(its.sentiment) as unknown as number[];

  if (forms.length > MAX_FORMS) {
    forms = [];
    formOf = new Int32Array(formOf.length);
    wordIds = new Map();
  }
  // New forms ask wink token by token; a text with many of them reads the whole column in one pass instead.
  const n = ids.length;
  let values: string[] | undefined;
  let types: string[] | undefined;
  let lemmas: string[] | undefined;
  let formMisses = 0;
  let lemmaMisses = 0;
  const newForm = (w: number): Form => {
    if (!values && ++formMisses > BULK) {
      values = all.out() as string[];
      types = out(its.type) as string[];
    }
    const item = values ? undefined : all.itemAt(w);
    const value = (values ? values[w] : (item?.out() as string)) ?? '';
    const type = (types ? types[w] : (item?.out(its.type) as string)) ?? 'word';
    const lower = value.toLowerCase();
    const isWord = type === 'word' || type === 'number';
    return {
      text: value,
      lower,
      lowerId: wordId(lower),
      type,
      isWord,
      cap: isWord && value.charCodeAt(0) !== lower.charCodeAt(0),
      blank: !value.trim(),
      leadSpace: /^[ \t\n\r]/.test(value),
      pos: '',
      lemma: '',
      lemmaId: -1,
      more: null,
    };
  };
  const lemmaAt = (w: number, value: string): string => {
    if (!lemmas && ++lemmaMisses > BULK) lemmas = out(its.lemma) as string[];
    return (lemmas ? lemmas[w] : (all.itemAt(w).out as (f: unknown) => string)(its.lemma)) ?? value;
  };

  // wink token index -> our token index (whitespace tokens are dropped), with character offsets.
  const sentenceOfWink = new Int32Array(n);
  for (let s = 0; s < sentenceSpans.length; s++) {
    const span = sentenceSpans[s];
    if (span) sentenceOfWink.fill(s, span[0], span[1] + 1);
  }

  let offset = 0;
  let block = 0;
  let blockEnd = blocks[0]?.end ?? 0;
  let prevWinkSentence = -1;
  let prevBlock = -1;
  let sentence: Sentence | undefined;
  for (let w = 0; w < n; w++) {
    const id = ids[w] ?? 0;
    if (id >= formOf.length) {
      const grown = new Int32Array(Math.max(formOf.length * 2, id + 1));
      grown.set(formOf);
      formOf = grown;
    }
    let form = forms[(formOf[id] ?? 0) - 1];
    if (!form) {
      form = newForm(w);
      forms.push(form);
      formOf[id] = forms.length;
    }
    if (form.blank) continue;
    const value = form.text;
    // wink keeps every token verbatim and in order, and a visible token cannot match inside the
    // whitespace before it, so a forward search finds its offset (cheaper than reading precedingSpaces).
    // Usually only spaces and line breaks come first: step over them and check the token is there.
    let p = offset;
    let c = text.charCodeAt(p);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++p);
    // No earlier match can start on those characters unless the token itself starts with one.
    const start = !form.leadSpace && text.startsWith(value, p) ? p : text.indexOf(value, offset);
    if (start < 0) continue; // wink never rewrites a token's text; if it ever did, drop the token, not the offsets
    offset = start + value.length;
    while (block < blocks.length - 1 && start >= blockEnd) {
      block++;
      blockEnd = blocks[block]?.end ?? 0;
    }
    const winkSentence = sentenceOfWink[w] ?? 0;
    // wink ends a sentence after an abbreviation inside one ('(R-W.Va.) said', '(D-Conn.), who'): a
    // sentence never starts with a closing bracket, a comma or a second abbreviation right after one.
    if (winkSentence !== prevWinkSentence && block === prevBlock && continuesAfterAbbreviation(tokens, value))
      prevWinkSentence = winkSentence;
    if (winkSentence !== prevWinkSentence || block !== prevBlock || titleOpensSentence(tokens, value)) {
      if (sentence) sentence.last = tokens.length;
      sentence = {
        i: sentences.length,
        start,
        end: start,
        first: tokens.length,
        last: tokens.length,
        block,
        sentiment: sentiments[winkSentence] ?? 0,
      };
      sentences.push(sentence);
      prevWinkSentence = winkSentence;
      prevBlock = block;
    }
    let pos = tags[w] ?? 'X';
    let lemma: string;
    let lemmaId: number;
    // wink tags 'said' after a participle an adjective ('officials who declined to be named said'); in news
    // it is the verb, except in legal English after an article ('the said agreement').
    if (pos === 'ADJ' && form.lower === 'said' && tokens[tokens.length - 1]?.pos !== 'DET') {
      pos = 'VERB';
      lemma = 'say';
      lemmaId = wordId(lemma);
    } else if (
      pos === 'AUX' &&
      form.cap &&
      !AUX_FORMS.has(form.lower) &&
      !joins(text.charCodeAt(start - 1)) &&
      !joins(text.charCodeAt(offset))
    ) {
      // ('said Cai von Rumohr': wink tags the unknown name an auxiliary, lemma 'can'; auxiliaries are a
      // closed class, so a capitalised word that is none of them is a name.)
      pos = 'PROPN';
      lemma = form.lower;
      lemmaId = form.lowerId;
    } else if (
      form.isWord &&
      (joins(text.charCodeAt(start - 1)) || joins(text.charCodeAt(offset))) &&
      contracted(w)
    ) {
      lemma = lemmaAt(w, value).toLowerCase();
      lemmaId = wordId(lemma);
    } else {
      const e = knownLemma(form, pos) ?? addLemma(form, pos, lemmaAt(w, value));
      lemma = e.lemma;
      lemmaId = e.lemmaId;
    }
    tokens.push(
      new TokenRecord(
        tokens.length,
        start,
        offset,
        value,
        form.lower,
        lemma,
        form.lowerId,
        lemmaId,
        pos,
        form.type,
        form.isWord,
        form.cap,
        sentences.length - 1,
        block,
      ),
    );
    (sentence as Sentence).end = offset;
  }
  if (sentence) sentence.last = tokens.length;
  surnameHe(tokens);

  // Each block's token range [first, last): tokens are in text order, so one walk covers all blocks.
  const count = tokens.length;
  let t = 0;
  for (const bl of blocks) {
    while (t < count && (tokens[t] as Token).start < bl.start) t++;
    bl.first = t;
    while (t < count && (tokens[t] as Token).start < bl.end) t++;
    bl.last = t;
  }
  return { text, tokens, sentences, blocks };
}

/** Loads the model now (servers call this at start so the first request does not pay for it). */
export function warmUp(): void {
  getNlp();
}

/** wink-nlp's `readDoc` and nothing else: the benchmark's baseline for "analysis costs at most 1.5x reading". */
export function readDocOnly(text: string): number {
  return getNlp().readDoc(text).tokens().length();
}
