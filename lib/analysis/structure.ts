import type { Block, TokenizedDoc } from './tokenize';
import type { BlockKind } from './types';

const CREDIT = /(©|\(c\)|photo:|photograph:|image:|credit:|getty images|\/\s*(afp|reuters|ap|epa)\b)/i;
const BOILERPLATE =
  /^(read more|read also|see also|related:?|advertisement|subscribe|share this|click here)\b/i;

function isHeadline(text: string, index: number): boolean {
  return index === 0 && text.length <= 160 && !/[.!?]["”’)]*$/.test(text);
}

/** Decides which lines are headline, caption, credit or boilerplate, so they stay out of body counts. */
export function classifyBlocks(doc: TokenizedDoc): BlockKind[] {
  return doc.blocks.map((block: Block, index) => {
    const text = doc.text.slice(block.start, block.end);
    if (BOILERPLATE.test(text) && text.length <= 120) return 'boilerplate';
    if (CREDIT.test(text) && text.length <= 300) return 'caption';
    if (isHeadline(text, index)) return 'headline';
    return 'body';
  });
}
