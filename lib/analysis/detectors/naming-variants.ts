import { namingMatcher } from '@/lib/lexicons/naming-variants';
import type { Detector, Finding } from '../detector';
import { insideQuotes, writtenRanges } from './loaded-terms';

/** Names chosen from the curated groups (Kyiv/Kiev, 'special military operation'/'invasion', ...). */
export const detectNamingVariants: Detector = (doc, prior) => {
  const matcher = namingMatcher();
  const inQuote = insideQuotes(prior);
  const out: Finding[] = [];
  for (const [first, last] of writtenRanges(doc)) {
    for (const m of matcher.match(doc.tokens, first, last)) {
      const { group, variant } = m.data;
      out.push({
        kind: 'naming',
        value: {
          start: m.start,
          end: m.end,
          group: group.id,
          groupLabel: group.label,
          variant,
          text: doc.text.slice(m.start, m.end),
          inQuote: inQuote(m),
          note: group.note,
          origin: 'lexicon',
        },
      });
    }
  }
  return out;
};
