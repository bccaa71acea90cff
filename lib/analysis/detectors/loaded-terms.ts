import { matchLoadedTerms } from '@/lib/lexicons/loaded-terms';
import { type Detector, type Finding, findingsOf } from '../detector';
import {
  capitalisedInName,
  determinerThat,
  fixedCompound,
  groupNamed,
  headRuledOut,
  inProperName,
  inSense,
  measured,
  personAsPlural,
  producedAppearance,
  rankedSuperlative,
  reportsWords,
  superlativeCompound,
  termOfArt,
  warOnName,
} from '../loaded-context';
import { insideQuotes, isWritten, reportedSpeech } from '../reported-speech';
import type { Span } from '../types';

/** Loaded words and phrases (evaluative, legality, harm, intensifier, informal, hedge, report verb). */
export const detectLoadedTerms: Detector = (doc, prior) => {
  const inQuote = insideQuotes(prior);
  const reported = reportedSpeech(doc, prior);
  /** Where the verbs of the statements found start: each is the outlet's verb for its speaker. */
  const statementVerbs = new Set(findingsOf(prior, 'statement').map((st) => st.start));
  const inReported = (m: Span) => {
    for (const r of reported) if (r.start <= m.start && m.end <= r.end) return true;
    return false;
  };
  const out: Finding[] = [];
  // Matches never cross a line, so one pass filtered by line kind equals a pass per line.
  for (const m of matchLoadedTerms(doc.tokens)) {
    if (!isWritten(doc, doc.tokens[m.first]?.block ?? -1) || inProperName(doc, m)) continue;
    if (!inSense(doc, m) || personAsPlural(doc, m)) continue;
    const e = m.data;
    if (e.category === 'hedge' && (groupNamed(doc, m) || producedAppearance(doc.tokens, m))) continue;
    // ('low-lying', 'long-suffering': after these first halves the compound means something of its own;
    // 'LGBTQ-hostile' and 'self-destructive' keep the loaded word.)
    if (m.last - m.first === 1 && fixedCompound(doc.tokens, m.first)) continue;
    if (m.last - m.first === 1 && superlativeCompound(doc.tokens, m.first)) continue;
    if (m.last - m.first === 1 && rankedSuperlative(doc.tokens, m.first)) continue;
    // ('Could they find that setting?': 'that' before a noun and no verb is a determiner, not 'find that ...'.)
    if (e.category === 'report-verb' && determinerThat(doc.tokens, m.last)) continue;
    // ('the Ta Moan Thom temple': a capitalised word inside a name is no verb.)
    if (
      (e.category === 'report-verb' || (e.pos?.includes('VERB') && !e.pos.includes('NOUN'))) &&
      capitalisedInName(doc, m.first)
    )
      continue;
    if (e.category === 'report-verb' && !reportsWords(doc, m)) continue;
    if (e.category !== 'report-verb' && (headRuledOut(doc.tokens, m) || measured(doc.tokens, m))) continue;
    if (warOnName(doc, m) || termOfArt(doc.tokens, m)) continue;
    const quoted = inQuote(m);
    // ('"You can protest, you can shout, but ..." Moreno said': a verb of saying inside the speaker's own words
    // attributes nothing; the outlet's choice of verb is the one outside the quotation.)
    if (e.category === 'report-verb' && quoted) continue;
    out.push({
      kind: 'loaded-term',
      value: {
        start: m.start,
        end: m.end,
        text: doc.text.slice(m.start, m.end),
        term: e.key,
        category: e.category,
        inQuote: quoted,
        // (A report verb inside someone's reported clause is theirs: 'Shen said the dispute showed that ...'.
        // The verb of a statement the text reports is the outlet's choice wherever it stands: 'X admitted
        // ..., and the union slammed them'.)
        inReportedSpeech:
          !quoted && inReported(m) && (e.category !== 'report-verb' || !statementVerbs.has(m.start)),
        explanation: e.explanation,
        neutral: e.neutral,
        source: e.source,
      },
    });
  }
  return out;
};
