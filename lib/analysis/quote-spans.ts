/**
 * Quotation spans by one scan over the characters of each line: curly and straight double quotes, single
 * quotes (telling them from apostrophes: Ukraine's, 'til, the '90s, the US' stockpile), and news-style
 * quotes that run over paragraphs (an opening mark with no close continues when the next paragraph opens
 * with a quotation mark).
 */
import type { AnalysisDoc } from './detector';

export interface QuoteSpan {
  /** Index of the opening mark; `start`/`end` are the quoted words without marks. */
  open: number;
  start: number;
  end: number;
  /** Index of the closing mark, or -1 when the quote runs on to the next paragraph (or never closes). */
  close: number;
  block: number;
  single: boolean;
  /** Quotes of one multi-paragraph quotation share a chain number. */
  chain: number;
}

const QUOTE_CHARS = /["'“”‘’„«»]/g;

/** Index of the first quotation mark (one UTF-16 unit each) at or after `from`, or the text's length. */
function markFrom(text: string, from: number): number {
  QUOTE_CHARS.lastIndex = from;
  return QUOTE_CHARS.test(text) ? QUOTE_CHARS.lastIndex - 1 : text.length;
}
const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const ELISION = /^(?:\d0s|\d\ds|til\b|tis\b|twas\b|em\b|cause\b|n\b|bout\b|round\b|nuff\b)/i;
const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const OPEN_CONTEXT = /[\s([{—–\-/:]/;
/** The ASCII characters of OPEN_CONTEXT besides spaces. */
const OPEN_ASCII = '([{-/:';

/** An ASCII letter or digit. */
function asciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** /\s/ on one UTF-16 unit; ASCII without the regex (most characters, and every call here is per character). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}

/** /[\p{L}\p{N}]/u on one character, ASCII without the regex. */
function letter(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return code < 128 ? asciiAlnum(code) : LETTER.test(c);
}

/**
 * Space, an opening bracket, a dash, a slash or a colon before a mark (or nothing): where quotes open.
 * OPEN_CONTEXT on one character, ASCII and the two long dashes without the regex.
 */
function openContext(c: string | undefined): boolean {
  if (c === undefined) return true;
  const code = c.charCodeAt(0);
  if (code < 128) return isSpace(code) || OPEN_ASCII.includes(c);
  return code === 0x2014 || code === 0x2013 || OPEN_CONTEXT.test(c);
}

/** Whether text[from, to) holds a letter or digit: ASCII first, the Unicode regex only when needed. */
function hasLetter(text: string, from: number, to: number): boolean {
  let other = false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c >= 128) other = true;
    else if (asciiAlnum(c)) return true;
  }
  return other && LETTER.test(text.slice(from, to));
}

/** Words in text[from, to): runs of non-space characters (what `split(/\s+/).filter(Boolean)` counts). */
function countWords(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let p = from; p < to; p++) {
    const space = isSpace(text.charCodeAt(p));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Adds the quote opened at `open` (a mark of `markLen` characters) and ending at `end`, trimmed of spaces,
 * when it holds a letter or digit. Returns whether it did.
 */
function emit(
  out: QuoteSpan[],
  text: string,
  open: number,
  close: number,
  end: number,
  block: number,
  single: boolean,
  ch: number,
  markLen = 1,
): boolean {
  let s = open + markLen;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e <= s || !hasLetter(text, s, e)) return false;
  out.push({ open, start: s, end: e, close, block, single, chain: ch });
  return true;
}

const NICKNAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?$/u;
const NAME_BEFORE = /(?:^|[\s(])\p{Lu}[\p{L}'’.-]*$/u;

/**
 * Whether the double-quoted words between `open` and `close` are a nickname inside a name: one or two
 * capitalised words between two capitalised words ('Francisco "Isko" Moreno Domagoso', 'Vicente "Tito"
 * Sotto III'). They are part of the name, no one's quoted words.
 */
function nicknameAt(text: string, open: number, close: number): boolean {
  if (text.charCodeAt(open - 1) !== 32 || text.charCodeAt(close + 1) !== 32) return false;
  if (!/\p{Lu}/u.test(text.charAt(close + 2))) return false;
  return (
    NICKNAME.test(text.slice(open + 1, close)) &&
    NAME_BEFORE.test(text.slice(Math.max(0, open - 30), open - 1))
  );
}

export function findQuoteSpans(doc: AnalysisDoc): QuoteSpan[] {
  const { text } = doc;
  const out: QuoteSpan[] = [];
  let chain = 0;
  let pendingChain = null as number | null;
  // The first mark at or after where the scan got to: text between is free of marks, so a paragraph without
  // any is skipped without scanning it again (each scan runs on past its paragraph to the next mark).
  let mark = -1;
  for (const b of doc.blocks) {
    const kind = doc.blockKinds[b.i];
    if (kind === 'credit' || kind === 'boilerplate') {
      pendingChain = null;
      continue;
    }
    let dOpen = -1;
    let dLen = 1;
    let sOpen = -1;
    // A paragraph that opens with a quotation mark continues the unclosed quote of the paragraph before.
    const continues: boolean = pendingChain !== null && /^(["“„«]|'')/.test(text.slice(b.start, b.start + 2));
    let dChain: number = continues && pendingChain !== null ? pendingChain : -1;
    if (!continues) pendingChain = null;
    // Jump from mark to mark: a regex scan is far cheaper than testing every character.
    if (mark < b.start) mark = markFrom(text, b.start);
    let resume = mark;
    for (; mark < b.end; mark = markFrom(text, resume)) {
      const p = mark;
      const c = text[p] as string;
      resume = p + 1;
      const prev = p > b.start ? text[p - 1] : undefined;
      const next = p + 1 < b.end ? text[p + 1] : undefined;
      // Two apostrophes stand for a double quotation mark in some archives (''It is over,'' he said).
      if (c === "'" && next === "'") {
        if (dOpen < 0 && openContext(prev)) {
          dOpen = p;
          dLen = 2;
          if (!(continues && p === b.start)) dChain = -1;
        } else if (dOpen >= 0) {
          emit(out, text, dOpen, p, p, b.i, false, dChain >= 0 ? dChain : chain++, dLen);
          dOpen = -1;
          dChain = -1;
          sOpen = -1;
        }
        resume = p + 2;
        continue;
      }
      if (OPEN_DOUBLE.has(c) || (c === '"' && dOpen < 0 && openContext(prev))) {
        if (c === '"' && prev && /\d/.test(prev)) continue;
        dOpen = p;
        dLen = 1;
        if (!(continues && p === b.start)) dChain = -1;
        continue;
      }
      if (CLOSE_DOUBLE.has(c) || c === '"') {
        if (dOpen < 0) continue;
        if (dLen === 1 && nicknameAt(text, dOpen, p)) {
          dOpen = -1;
          dChain = -1;
          continue;
        }
        const ch: number = dChain >= 0 ? dChain : chain++;
        emit(out, text, dOpen, p, p, b.i, false, ch, dLen);
        dOpen = -1;
        dChain = -1;
        sOpen = -1;
        continue;
      }
      // Single marks: apostrophes inside words, elisions ('til, '90s), possessive plurals (the US' stockpile).
      if (letter(prev) && letter(next)) continue;
      if (dOpen >= 0) continue; // nested quotation inside a double quote: part of the speaker's words
      if ((c === '‘' || (c === "'" && openContext(prev))) && letter(next)) {
        if (ELISION.test(text.slice(p + 1, p + 6))) continue;
        sOpen = p;
        continue;
      }
      if ((c === '’' || c === "'") && sOpen >= 0 && !letter(next)) {
        if (countWords(text, sOpen + 1, p) <= 40) emit(out, text, sOpen, p, p, b.i, true, chain++);
        sOpen = -1;
      }
    }
    if (dOpen >= 0) {
      const ch: number = dChain >= 0 ? dChain : chain++;
      const words = countWords(text, dOpen + 1, b.end);
      // An unclosed quote runs to the end of its paragraph; a stray mark before a few words is not a quote.
      const next = doc.blocks[b.i + 1];
      const nextOpens = !!next && /^(["“„«]|'')/.test(text.slice(next.start, next.start + 2));
      if ((words >= 3 || nextOpens) && emit(out, text, dOpen, -1, b.end, b.i, false, ch, dLen))
        pendingChain = nextOpens ? ch : null;
      else pendingChain = null;
    } else pendingChain = null;
  }
  // A quotation that never closes (a stray mark, or a scraping artifact opening every paragraph) is not one.
  if (out.every((q) => q.close >= 0)) return out;
  const closed = new Set<number>();
  for (const q of out) if (q.close >= 0) closed.add(q.chain);
  return out.filter((q) => closed.has(q.chain));
}
