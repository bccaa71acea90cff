// The only module that imports wink-nlp: the model is loaded once per process, on first use.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
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
  /** Universal POS tag from wink (NOUN, PROPN, VERB, PUNCT, ...). */
  pos: string;
  /** wink token type: word, number, punctuation, emoji, url, email, ... */
  type: string;
  isWord: boolean;
  sentence: number;
  block: number;
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

/** Lines with visible text, as spans trimmed of surrounding whitespace. */
export function splitBlocks(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0];
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) spans.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return spans;
}

/** Reads the text once with wink-nlp; sentences never cross a line break. */
export function tokenize(text: string): TokenizedDoc {
  const blockSpans = splitBlocks(text);
  const blocks: Block[] = blockSpans.map((s, i) => ({ ...s, i, first: 0, last: 0 }));
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  if (!text.trim()) return { text, tokens, sentences, blocks };

  const engine = getNlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const all = doc.tokens();
  const values = all.out() as string[];
  const types = all.out(its.type) as string[];
  const tags = all.out(its.pos) as string[];
  // wink's typings give `its.lemma` the token signature with addons, which `out` does not declare.
  const lemmas = (all.out as (f: unknown) => string[])(its.lemma);
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentiments = doc.sentences().out(its.sentiment) as unknown as number[];

  // wink token index -> our token index (whitespace tokens are dropped), with character offsets.
  const sentenceOfWink = new Int32Array(values.length);
  for (const [s, [first, last]] of sentenceSpans.entries()) sentenceOfWink.fill(s, first, last + 1);

  let offset = 0;
  let block = 0;
  let prevWinkSentence = -1;
  let prevBlock = -1;
  for (let w = 0; w < values.length; w++) {
    const value = values[w] ?? '';
    if (!value.trim()) continue;
    // wink keeps every token verbatim and in order, and a visible token cannot match inside the
    // whitespace before it, so a forward search finds its offset (cheaper than reading precedingSpaces).
    const start = text.indexOf(value, offset);
    if (start < 0) continue; // wink never rewrites a token's text; if it ever did, drop the token, not the offsets
    offset = start + value.length;
    while (block < blocks.length - 1 && start >= (blocks[block]?.end ?? 0)) block++;
    const winkSentence = sentenceOfWink[w] ?? 0;
    if (winkSentence !== prevWinkSentence || block !== prevBlock) {
      const last = sentences.at(-1);
      if (last) last.last = tokens.length;
      sentences.push({
        i: sentences.length,
        start,
        end: start,
        first: tokens.length,
        last: tokens.length,
        block,
        sentiment: sentiments[winkSentence] ?? 0,
      });
      prevWinkSentence = winkSentence;
      prevBlock = block;
    }
    const type = types[w] ?? 'word';
    tokens.push({
      i: tokens.length,
      start,
      end: offset,
      text: value,
      lower: value.toLowerCase(),
      lemma: (lemmas[w] ?? value).toLowerCase(),
      pos: tags[w] ?? 'X',
      type,
      isWord: type === 'word' || type === 'number',
      sentence: sentences.length - 1,
      block,
    });
    const current = sentences.at(-1);
    if (current) current.end = offset;
  }
  const lastSentence = sentences.at(-1);
  if (lastSentence) lastSentence.last = tokens.length;

  let t = 0;
  for (const b of blocks) {
    while (t < tokens.length && (tokens[t]?.start ?? 0) < b.start) t++;
    b.first = t;
    while (t < tokens.length && (tokens[t]?.start ?? 0) < b.end) t++;
    b.last = t;
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
