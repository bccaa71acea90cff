import { frameEntryText, frameLexicons } from '@/lib/lexicons/frames';
import type { Detector, Finding } from '../detector';
import { compilePhrases, type PhraseMatcher } from '../phrase-matcher';
import type { FrameDimension } from '../types';

let matcher: PhraseMatcher<FrameDimension> | undefined;

/** One matcher over all fifteen lexicons: a single pass, and the longest phrase wins where entries overlap. */
function getMatcher(): PhraseMatcher<FrameDimension> {
  matcher ??= compilePhrases(
    frameLexicons().flatMap((file) =>
      file.entries.map((e) => ({
        phrase: frameEntryText(e),
        // A term is one exact word form; lemmas and phrases also match inflected forms.
        mode: e.term ? ('lower' as const) : ('any' as const),
        pos: e.pos,
        notAfter: e.notAfter,
        notBefore: e.notBefore,
        data: file.dimension,
      })),
    ),
  );
  return matcher;
}

/** Words that evoke a Policy Frames Codebook dimension, in body text only (the score is per 1,000 body words). */
export const detectFrames: Detector = (doc) => {
  const m = getMatcher();
  const out: Finding[] = [];
  for (const block of doc.blocks) {
    if (doc.blockKinds[block.i] !== 'body') continue;
    for (const hit of m.match(doc.tokens, block.first, block.last)) {
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
