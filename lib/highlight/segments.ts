/** A highlight to lay over a text: `start`/`end` are string indices into that text. */
export interface HighlightSpan {
  start: number;
  end: number;
}

export interface TextSegment {
  kind: 'text';
  start: number;
  end: number;
  text: string;
}

export interface MarkSegment<T extends HighlightSpan> {
  kind: 'mark';
  /** The piece of the span this node covers (a span crossing another one is split into pieces). */
  start: number;
  end: number;
  span: T;
  /** Index of the span in the input list, so callers can key and id marks stably. */
  index: number;
  /** True for the piece that begins where the span begins in the whole text (it carries the mark's id). */
  first: boolean;
  children: Segment<T>[];
}

export type Segment<T extends HighlightSpan> = TextSegment | MarkSegment<T>;

interface Piece {
  start: number;
  end: number;
  index: number;
  order: number;
  /** Where the whole span begins in the text, so a piece cut off by `range` is not taken for the first. */
  origin: number;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves a boundary that would cut a surrogate pair in two to the start of the pair. */
function snap(text: string, i: number): number {
  if (i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) return i - 1;
  return i;
}

/**
 * Splits `text[range]` into plain-text and mark segments. Overlapping spans are made to nest: a span that
 * crosses the end of an enclosing one is cut into pieces at that end, so every character appears exactly
 * once and the concatenated segment text always equals the input slice. Zero-length, inverted or
 * out-of-range spans are clamped or dropped, never allowed to alter the text. `order` breaks ties between
 * spans with identical bounds: the lower order is the outer mark.
 */
export function segmentText<T extends HighlightSpan>(
  text: string,
  spans: readonly T[],
  range: { start: number; end: number } = { start: 0, end: text.length },
  order: (span: T) => number = () => 0,
): Segment<T>[] {
  const lo = Math.max(0, Math.min(text.length, Math.trunc(range.start) || 0));
  const hi = Math.max(lo, Math.min(text.length, Math.trunc(range.end) || 0));

  const queue: Piece[] = [];
  spans.forEach((span, index) => {
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) return;
    const start = snap(text, Math.max(lo, Math.trunc(span.start)));
    const end = snap(text, Math.min(hi, Math.trunc(span.end)));
    const origin = snap(text, Math.max(0, Math.min(text.length, Math.trunc(span.start))));
    if (end > start) queue.push({ start, end, index, order: order(span), origin });
  });
  const before = (x: Piece, y: Piece) =>
    x.start - y.start || y.end - x.end || x.order - y.order || x.index - y.index;
  queue.sort(before);

  // Cut crossing spans so the pieces form a properly nested family.
  const pieces: Piece[] = [];
  const open: Piece[] = [];
  while (queue.length > 0) {
    const p = queue.shift() as Piece;
    while (open.length > 0 && (open[open.length - 1] as Piece).end <= p.start) open.pop();
    const top = open[open.length - 1];
    if (top && top.end < p.end) {
      const rest: Piece = { ...p, start: top.end };
      p.end = top.end;
      let at = queue.findIndex((q) => before(rest, q) < 0);
      if (at < 0) at = queue.length;
      queue.splice(at, 0, rest);
    }
    pieces.push(p);
    open.push(p);
  }

  // Pieces arrive in document order, outer before inner: build the tree with a stack.
  const root: Segment<T>[] = [];
  const stack: { node: MarkSegment<T>; cursor: number }[] = [];
  let rootCursor = lo;
  const addText = (into: Segment<T>[], from: number, to: number) => {
    if (to > from) into.push({ kind: 'text', start: from, end: to, text: text.slice(from, to) });
  };
  const close = () => {
    const done = stack.pop();
    if (!done) return;
    addText(done.node.children, done.cursor, done.node.end);
    const parent = stack[stack.length - 1];
    if (parent) parent.cursor = done.node.end;
    else rootCursor = done.node.end;
  };
  for (const p of pieces) {
    while (stack.length > 0 && (stack[stack.length - 1]?.node.end ?? 0) <= p.start) close();
    const parent = stack[stack.length - 1];
    const node: MarkSegment<T> = {
      kind: 'mark',
      start: p.start,
      end: p.end,
      span: spans[p.index] as T,
      index: p.index,
      first: p.start === p.origin,
      children: [],
    };
    if (parent) {
      addText(parent.node.children, parent.cursor, p.start);
      parent.node.children.push(node);
    } else {
      addText(root, rootCursor, p.start);
      root.push(node);
    }
    stack.push({ node, cursor: p.start });
  }
  while (stack.length > 0) close();
  addText(root, rootCursor, hi);
  return root;
}

/** The text a segment list renders, for tests and checks. */
export function segmentsToText<T extends HighlightSpan>(segments: readonly Segment<T>[]): string {
  return segments.map((s) => (s.kind === 'text' ? s.text : segmentsToText(s.children))).join('');
}
