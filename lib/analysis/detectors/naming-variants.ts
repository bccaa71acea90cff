import { namingMatches, neutralVariantOf } from '@/lib/lexicons/naming-variants';
import type { Detector, Finding } from '../detector';
import { inProperName, insideQuotes, isWritten } from './loaded-terms';

/** Names chosen from the curated groups (Kyiv/Kiev, 'special military operation'/'invasion', ...). */
export const detectNamingVariants: Detector = (doc, prior) => {
  const inQuote = insideQuotes(prior);
  const out: Finding[] = [];
  // Matches never cross a line, so one pass over the document filtered by line kind equals a pass per line.
  for (const m of namingMatches(doc.tokens)) {
    // ('Everytown for Gun Safety' chose its name; the article did not choose 'gun safety'.)
    if (!isWritten(doc, doc.tokens[m.first]?.block ?? -1) || inProperName(doc, m)) continue;
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
        neutralVariant: neutralVariantOf(group.id),
        origin: 'lexicon',
      },
    });
  }
  return out;
};
