import { isPlainVariant, namingMatches, neutralVariantOf } from '@/lib/lexicons/naming-variants';
import type { Detector, Finding } from '../detector';
import { mentionsOf } from '../speakers';
import type { Token } from '../tokenize';
import { inProperName, insideQuotes, isWritten, reportedSpeech } from './loaded-terms';

/** Names chosen from the curated groups (Kyiv/Kiev, 'special military operation'/'invasion', ...). */
export const detectNamingVariants: Detector = (doc, prior) => {
  const inQuote = insideQuotes(prior);
  const reported = reportedSpeech(doc, prior);
  const out: Finding[] = [];
  // Matches never cross a line, so one pass over the document filtered by line kind equals a pass per line.
  for (const m of namingMatches(doc.tokens)) {
    // ('Everytown for Gun Safety' chose its name; the article did not choose 'gun safety'.)
    if (!isWritten(doc, doc.tokens[m.first]?.block ?? -1) || inProperName(doc, m)) continue;
    // ('The Jammu and Kashmir Police said': a place's name inside a body's name is the body's, not a choice.)
    const { at, list } = mentionsOf(doc);
    const body = list[at[m.first] ?? -1];
    if (
      body?.kind === 'entity' &&
      body.entity?.type === 'organisation' &&
      capitalisedAfter(doc.tokens, m.last, body.last)
    )
      continue;
    const { group, variant } = m.data;
    const quoted = inQuote(m);
    out.push({
      kind: 'naming',
      value: {
        start: m.start,
        end: m.end,
        group: group.id,
        groupLabel: group.label,
        variant,
        text: doc.text.slice(m.start, m.end),
        inQuote: quoted,
        inReportedSpeech: !quoted && reported.some((r) => r.start <= m.start && m.end <= r.end),
        note: group.note,
        neutralVariant: neutralVariantOf(group.id),
        origin: 'lexicon',
      },
    });
  }
  return out;
};

/**
 * Drops plain naming variants ('killed' of martyrs / killed) from groups that no list given uses otherwise:
 * one article's findings when it is analysed alone, both articles' when a pair is compared.
 */
export function withoutLonePlainNames(lists: Finding[][]): Finding[][] {
  const used = new Set<string>();
  for (const list of lists)
    for (const f of list)
      if (f.kind === 'naming' && !isPlainVariant(f.value.group, f.value.variant)) used.add(f.value.group);
  return lists.map((list) =>
    list.filter(
      (f) =>
        f.kind !== 'naming' || used.has(f.value.group) || !isPlainVariant(f.value.group, f.value.variant),
    ),
  );
}

/** Whether tokens [from, to) are at least one word and all capitalised ('Police' of 'the Jammu and Kashmir Police'). */
function capitalisedAfter(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) if (!tokens[k]?.cap) return false;
  return true;
}
