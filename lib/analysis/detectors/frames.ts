import { type FrameEntry, frameEntryText, frameLexicons } from '@/lib/lexicons/frames';
import type { Detector, Finding } from '../detector';
import { inProperName } from '../loaded-context';
import { compilePhrases, type PhraseMatcher, type PhrasePattern } from '../phrase-matcher';
import type { Token } from '../tokenize';
import type { FrameDimension } from '../types';

let matcher: PhraseMatcher<FrameDimension> | undefined;

const plural = (w: string) =>
  /(s|x|z|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;

/**
 * The patterns of one entry. wink tags a capitalised word at the start of a sentence as a proper noun and
 * leaves it unlemmatised ("Families", "Republicans"), so a noun lemma also matches its plural and PROPN.
 */
function patternsOf(e: FrameEntry, dimension: FrameDimension): PhrasePattern<FrameDimension>[] {
  const common = { notAfter: e.notAfter, notBefore: e.notBefore, data: dimension };
  if (e.term) return [{ phrase: e.term, mode: 'lower', pos: e.pos, ...common }];
  if (e.phrase) return [{ phrase: e.phrase, mode: 'any', pos: e.pos, ...common }];
  const lemma = frameEntryText(e);
  const nounish = !e.pos || e.pos.includes('NOUN');
  const pos = e.pos?.includes('NOUN') ? [...e.pos, 'PROPN'] : e.pos;
  const out: PhrasePattern<FrameDimension>[] = [{ phrase: lemma, mode: 'any', pos, ...common }];
  if (nounish && !lemma.endsWith('s')) out.push({ phrase: plural(lemma), mode: 'lower', pos, ...common });
  return out;
}

/** One matcher over all fifteen lexicons: a single pass, and the longest phrase wins where entries overlap. */
function getMatcher(): PhraseMatcher<FrameDimension> {
  matcher ??= compilePhrases(
    frameLexicons().flatMap((file) => file.entries.flatMap((e) => patternsOf(e, file.dimension))),
  );
  return matcher;
}

/**
 * Whether the word at `i` is the participle closing a compound adjective ('job-killing', 'cost-cutting'):
 * what the compound describes is framed, not killing or cutting ('gun-violence' keeps its head noun).
 */
function compoundTail(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i - 1];
  const head = tokens[i - 2];
  const t = tokens[i];
  return (
    !!dash &&
    !!head &&
    !!t &&
    dash.text === '-' &&
    head.isWord &&
    head.end === dash.start &&
    dash.end === t.start
  );
}

/** Words that evoke a Policy Frames Codebook dimension, in body text only (the score is per 1,000 body words). */
export const detectFrames: Detector = (doc) => {
  const m = getMatcher();
  const out: Finding[] = [];
  for (const block of doc.blocks) {
    if (doc.blockKinds[block.i] !== 'body') continue;
    for (const hit of m.match(doc.tokens, block.first, block.last)) {
      // 'Environmental Protection Agency', 'Natural Resources Defense Council': a name, not a frame.
      if (inProperName(doc, hit)) continue;
      // ('a job-killing stunt', 'cost-cutting': the second half of a compound is no frame word of its own.)
      if (compoundTail(doc.tokens, hit.first)) continue;
      out.push({
        kind: 'frame-hit',
        value: {
          dimension: hit.data,
          start: hit.start,
          end: hit.end,
          text: doc.text.slice(hit.start, hit.end),
        },
      });
    }
  }
  return out;
};
