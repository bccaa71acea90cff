import {
  isPlainVariant,
  type NamingHit,
  namingMatches,
  neutralVariantOf,
} from '@/lib/lexicons/naming-variants';
import type { AnalysisDoc, Detector, Finding } from '../detector';
import { inProperName, inSense } from '../loaded-context';
import type { PhraseMatch } from '../phrase-matcher';
import { insideQuotes, isWritten, reportedSpeech } from '../reported-speech';
import { mentionsOf } from '../speakers';
import type { Token } from '../tokenize';

/** Names chosen from the curated groups (Kyiv/Kiev, 'special military operation'/'invasion', ...). */
export const detectNamingVariants: Detector = (doc, prior) => {
  const inQuote = insideQuotes(prior);
  const reported = reportedSpeech(doc, prior);
  const out: Finding[] = [];
  const matches = namingMatches(doc.tokens);
  const schemes = schemeRegimes(doc, matches);
  // Matches never cross a line, so one pass over the document filtered by line kind equals a pass per line.
  for (const m of matches) {
    // ('Everytown for Gun Safety' chose its name; the article did not choose 'gun safety'.)
    if (!isWritten(doc, doc.tokens[m.first]?.block ?? -1) || inProperName(doc, m)) continue;
    if (schemes.has(m.first) || !inVariantSense(doc, m, matches)) continue;
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

/**
 * Whether a naming match keeps to its entry's sense rule (`inSense`: 'special operation' is the Kremlin's
 * name for the war only in a sentence that also names Ukraine or the war, the words listed in the lexicon),
 * or the article also writes the variant's full name ('special military operation'), which the short form
 * then refers back to. 'A special operation by the regime to hold on to power' names no war. (A sense rule
 * reads one sentence; what the article writes elsewhere is checked here.)
 */
function inVariantSense(
  doc: AnalysisDoc,
  m: PhraseMatch<NamingHit>,
  matches: readonly PhraseMatch<NamingHit>[],
): boolean {
  if (inSense(doc, m)) return true;
  const { group, variant } = m.data;
  const full = variant.toLowerCase();
  return matches.some((x) => x.data.group === group && x.pattern.words.join(' ').toLowerCase() === full);
}

/** Group words that also name a legal or administrative scheme ('the MAID regime', 'a sanctions regime'). */
const SCHEME_WORDS = new Set(['regime', 'regimes']);

/** Acronyms the article expands in brackets after a name ('Medical Assistance in Dying (MAID)'). */
function bracketedAcronyms(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (tokens[k - 1]?.text === '(' && tokens[k + 1]?.text === ')' && /^[A-Z]{2,8}$/.test(t.text))
      out.add(t.text);
  }
  return out;
}

/**
 * The 'regime' matches that name a scheme, not a government: right after a scheme's name the article
 * expands with an acronym ('the Medical Assistance in Dying (MAID) regime', 'the MAID regime'); and, in an
 * article that so names a scheme and calls no government a regime ('the Assad regime', "Iran's regime",
 * 'the regime in Tehran'), every bare one ('the regime', 'running the new regime') that refers back to it.
 * By the first token of each. (No sense rule of the lexicon can say this: it reads the whole article, an
 * acronym expanded anywhere and whether any 'regime' names a government, where a sense rule reads the
 * words of one sentence and the tags of the two next to the match.)
 */
function schemeRegimes(doc: AnalysisDoc, matches: readonly PhraseMatch<NamingHit>[]): Set<number> {
  const { tokens } = doc;
  const out = new Set<number>();
  const regimes = matches.filter(
    (m) => m.last - m.first === 1 && SCHEME_WORDS.has(tokens[m.first]?.lower ?? ''),
  );
  if (!regimes.length) return out;
  const acronyms = bracketedAcronyms(tokens);
  if (!acronyms.size) return out;
  let government = false;
  const bare: number[] = [];
  for (const m of regimes) {
    const prev = tokens[m.first - 1];
    const sameSentence = prev?.sentence === tokens[m.first]?.sentence;
    if (sameSentence && (prev?.text === ')' || acronyms.has(prev?.text ?? ''))) {
      out.add(m.first);
      continue;
    }
    const next = tokens[m.last];
    const after = tokens[m.last + 1];
    const named =
      (sameSentence && (prev?.cap || prev?.lower === "'s" || prev?.lower === '’s')) ||
      ((next?.lower === 'in' || next?.lower === 'of') && !!after?.cap && after.sentence === next.sentence);
    if (named) government = true;
    else bare.push(m.first);
  }
  if (!out.size || government) return out;
  for (const i of bare) out.add(i);
  return out;
}
