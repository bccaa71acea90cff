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
const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const ELISION = /^(?:\d0s|\d\ds|til\b|tis\b|twas\b|em\b|cause\b|n\b|bout\b|round\b|nuff\b)/i;
const letter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const openContext = (c: string | undefined) => c === undefined || /[\s([{—–\-/:]/.test(c);

export function findQuoteSpans(doc: AnalysisDoc): QuoteSpan[] {
  const { text } = doc;
  const out: QuoteSpan[] = [];
  let chain = 0;
  let pendingChain = null as number | null;
  const emit = (
    open: number,
    close: number,
    end: number,
    block: number,
    single: boolean,
    ch: number,
    markLen = 1,
  ) => {
    let s = open + markLen;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e <= s || !/[\p{L}\p{N}]/u.test(text.slice(s, e))) return false;
    out.push({ open, start: s, end: e, close, block, single, chain: ch });
    return true;
  };
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
    QUOTE_CHARS.lastIndex = b.start;
    for (let found = QUOTE_CHARS.exec(text); found && found.index < b.end; found = QUOTE_CHARS.exec(text)) {
      const p = found.index;
      const c = found[0];
      const prev = p > b.start ? text[p - 1] : undefined;
      const next = p + 1 < b.end ? text[p + 1] : undefined;
      // Two apostrophes stand for a double quotation mark in some archives (''It is over,'' he said).
      if (c === "'" && next === "'") {
        if (dOpen < 0 && openContext(prev)) {
          dOpen = p;
          dLen = 2;
          if (!(continues && p === b.start)) dChain = -1;
        } else if (dOpen >= 0) {
          emit(dOpen, p, p, b.i, false, dChain >= 0 ? dChain : chain++, dLen);
          dOpen = -1;
          dChain = -1;
          sOpen = -1;
        }
        QUOTE_CHARS.lastIndex = p + 2;
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
        const ch: number = dChain >= 0 ? dChain : chain++;
        emit(dOpen, p, p, b.i, false, ch, dLen);
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
        const words = text
          .slice(sOpen + 1, p)
          .split(/\s+/)
          .filter(Boolean).length;
        if (words <= 40) emit(sOpen, p, p, b.i, true, chain++);
        sOpen = -1;
      }
    }
    if (dOpen >= 0) {
      const ch: number = dChain >= 0 ? dChain : chain++;
      const words = text
        .slice(dOpen + 1, b.end)
        .split(/\s+/)
        .filter(Boolean).length;
      // An unclosed quote runs to the end of its paragraph; a stray mark before a few words is not a quote.
      const next = doc.blocks[b.i + 1];
      const nextOpens = !!next && /^(["“„«]|'')/.test(text.slice(next.start, next.start + 2));
      if ((words >= 3 || nextOpens) && emit(dOpen, -1, b.end, b.i, false, ch, dLen))
        pendingChain = nextOpens ? ch : null;
      else pendingChain = null;
    } else pendingChain = null;
  }
  // A quotation that never closes (a stray mark, or a scraping artifact opening every paragraph) is not one.
  const closed = new Set<number>();
  for (const q of out) if (q.close >= 0) closed.add(q.chain);
  return out.filter((q) => closed.has(q.chain));
}
