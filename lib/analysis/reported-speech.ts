/**
 * Whose words a span of the text is: the outlet's own writing or a credit (`isWritten`), a quotation
 * (`insideQuotes`), or an account the text attributes to someone without quotation marks (`reportedSpeech`:
 * the clause of a report verb, the clause around a partial quotation, a label someone gave, a parenthetical
 * attribution). The loaded-terms and naming detectors mark their findings with these; the sources detector
 * reads the quotations.
 */
import { reportVerbNamed, reportVerbOf } from '@/lib/lexicons/report-verbs';
import { type AnalysisDoc, type Finding, findingsOf } from './detector';
import { thingSubject } from './loaded-context';
import { RELATIVE_PRONOUNS } from './speaker-words';
import { mentionsOf } from './speakers';
import type { Sentence, Token } from './tokenize';
import type { Span } from './types';

/** Credits and boilerplate are not the outlet's writing; headlines and captions are. */
const SKIPPED_BLOCKS = new Set(['credit', 'boilerplate']);

/** A test for "inside a quotation", from the quote findings of detectors that ran earlier. */
export function insideQuotes(prior: readonly Finding[]): (span: Span) => boolean {
  const quotes = findingsOf(prior, 'quote')
    .map((q) => ({ start: q.start, end: q.end }))
    .sort((x, y) => x.start - y.start);
  if (!quotes.length) return () => false;
  // Running maximum of quote ends: once it falls short of the span, no earlier quote can contain it.
  const maxEnd: number[] = [];
  for (const [i, q] of quotes.entries()) maxEnd[i] = Math.max(q.end, maxEnd[i - 1] ?? 0);
  return (span) => {
    // Binary search for the last quote starting at or before the span.
    let lo = 0;
    let hi = quotes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((quotes[mid]?.start ?? 0) <= span.start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Quotes may nest (a scare quote inside a long quote), so look back over earlier starts too.
    for (let i = found; i >= 0 && (maxEnd[i] ?? 0) >= span.end; i--) {
      const q = quotes[i];
      if (q && q.start <= span.start && span.end <= q.end) return true;
    }
    return false;
  };
}

/** Whether a block (line) is the outlet's writing. */
export function isWritten(doc: AnalysisDoc, block: number): boolean {
  return !SKIPPED_BLOCKS.has(doc.blockKinds[block] ?? 'body');
}

/** The first token starting at or after `pos` (tokens are in text order). */
function tokenFrom(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words after a clause-final report verb that are only its subject ('..., police said.', '..., said Smith.'). */
const SUBJECT_AFTER_VERB = 4;

/**
 * What the text attributes to a speaker without quotation marks, from the statements found earlier: the
 * clause after the report verb ('Witnesses described scenes of chaos', 'officials said the plan had
 * failed'), or before it when the verb and its subject close the sentence ('The plan failed, police said.'),
 * and the clause around a partial quotation after its verb. The report verb itself is the outlet's own choice
 * and stays outside.
 */
export function reportedSpeech(doc: AnalysisDoc, prior: readonly Finding[]): Span[] {
  const { tokens } = doc;
  const spans: Span[] = [];
  for (const st of findingsOf(prior, 'statement')) {
    if (st.direct) continue;
    const v = tokenFrom(tokens, st.start);
    const verb = tokens[v];
    const sentence = doc.sentences[verb?.sentence ?? -1];
    if (!verb || !sentence) continue;
    // ('according to witnesses, ...': the phrase's two words.)
    const after = verb.lower === 'according' ? v + 2 : v + 1;
    let words = 0;
    // ('insisted her son is innocent', 'said she was devastated': a verb of its own makes the short words
    // after the report verb a clause, not the verb's subject.)
    let clause = false;
    for (let k = after; k < sentence.last; k++) {
      const t = tokens[k] as Token;
      if (t.isWord) words++;
      if (t.pos === 'AUX' || t.pos === 'VERB') clause = true;
    }
    if (words > SUBJECT_AFTER_VERB || (clause && words > 1)) {
      // ('Egypt and Sudan rejected Ethiopia's filling of the so-called Renaissance Dam, warning that ...': a verb
      // taking a thing as its object reports no words; only the clause after a participle of saying is theirs.)
      if (verb.lower !== 'according' && objectNotWords(tokens, v, after)) {
        const saying = sayingParticipleAfter(tokens, after, sentence);
        if (saying >= 0) spans.push({ start: tokens[saying + 1]?.start ?? st.end, end: st.end });
        continue;
      }
      spans.push({ start: tokens[after]?.start ?? st.end, end: st.end });
      continue;
    }
    // The content before the comma that precedes the subject and verb.
    for (let k = v - 1; k >= sentence.first && k > v - 2 - SUBJECT_AFTER_VERB; k--)
      if ((tokens[k] as Token).text === ',') {
        spans.push({ start: sentence.start, end: (tokens[k] as Token).start });
        break;
      }
  }
  // 'Police said "rioters" caused chaos': around a partial quotation, the rest of the clause after the
  // verb is the speaker's account too.
  for (const q of findingsOf(prior, 'quote')) {
    if (q.kind !== 'partial' || !q.speaker || !q.verb) continue;
    const first = tokenFrom(tokens, q.start);
    const sentence = doc.sentences[tokens[first]?.sentence ?? -1];
    if (!sentence) continue;
    for (let k = first - 1; k >= sentence.first; k--)
      if ((tokens[k] as Token).text === q.verb) {
        spans.push({ start: tokens[k + 1]?.start ?? q.start, end: commentAfter(tokens, q.end, sentence) });
        break;
      }
  }
  spans.push(...labelsGiven(doc));
  spans.push(...unattributedClauses(doc));
  return spans;
}

/**
 * Verbs whose object is what someone said or charged: 'described scenes of chaos', 'accused him of a witch hunt',
 * 'announced a crackdown'; the object is the speaker's account.
 */
const CONTENT_OBJECT_VERBS = new Set([
  'describe',
  'accuse',
  'call',
  'dub',
  'label',
  'brand',
  'term',
  'characterize',
  'characterise',
  'cite',
  'recount',
  'detail',
  'outline',
  'announce',
  'predict',
  'forecast',
  'promise',
  'pledge',
  'vow',
  'threaten',
  'warn',
  'say',
  'tell',
  'report',
  'claim',
  'allege',
  'insist',
  'argue',
  'suggest',
  'propose',
  'demand',
  'blame',
]);

/**
 * Whether the statement verb at `v` takes a thing as its object and no clause ('rejected Ethiopia's filling of
 * the dam', 'welcomed the decision'): a determiner, possessive, name, noun or adjective opens what follows, and no
 * subject and verb of a clause of their own do; verbs whose object is someone's account are left out.
 */
function objectNotWords(tokens: readonly Token[], v: number, after: number): boolean {
  const verb = tokens[v] as Token;
  if (CONTENT_OBJECT_VERBS.has(verb.lemma)) return false;
  const next = tokens[after];
  if (!next || !['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(next.pos)) return false;
  return !clauseAt(tokens, after);
}

/**
 * The participle of a verb of saying after a comma later in the sentence (', warning that ...', ', saying ...'),
 * whatever wink tags it, or -1.
 */
function sayingParticipleAfter(tokens: readonly Token[], from: number, sentence: Sentence): number {
  for (let k = from + 1; k < sentence.last; k++) {
    const t = tokens[k] as Token;
    if (tokens[k - 1]?.text !== ',' || !t.lower.endsWith('ing')) continue;
    const stem = t.lower.slice(0, -3);
    if (reportVerbOf(t) || reportVerbNamed(stem) || reportVerbNamed(`${stem}e`)) return k;
  }
  return -1;
}

/** Parts of speech a subject is made of: 'several legal scholars', 'she', 'the ministry's spokesman'. */
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM', 'PART']);

/**
 * Whether the tokens from `from` up to `to` (exclusive) in one sentence could be a subject: at least one word,
 * all of them nouns, names, pronouns, determiners, adjectives or numbers.
 */
function subjectBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  let noun = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    // ('The crackdown, which critics denounced, continued': a relative clause, not an attribution.)
    if (!SUBJECT_POS.has(t.pos) || RELATIVE_PRONOUNS.has(t.lower)) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') noun = true;
  }
  return noun;
}

/**
 * Whether a clause with a verb of its own starts at `i` ('the strikes appeared to violate ...', 'that the plan
 * had failed'): a subject of a few words, then a verb or an auxiliary, before any comma.
 */
function clauseAt(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]?.sentence;
  let k = tokens[i]?.lower === 'that' ? i + 1 : i;
  const from = k;
  for (; k < from + 8; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    // ('Ethiopia's filling of the dam': an -ing form after a possessive is a gerund, a noun of the subject.)
    const gerund =
      t.lower.endsWith('ing') && (tokens[k - 1]?.lower === "'s" || tokens[k - 1]?.lower === '’s');
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !gerund) return subjectBetween(tokens, from, k);
    if (!SUBJECT_POS.has(t.pos) && t.text !== '.') return false;
  }
  return false;
}

/**
 * What a sentence reports someone said where the statements detector names no speaker: the clause after a
 * verb of saying with a subject before it ('Several legal scholars said the strikes appeared to violate
 * international law'), and a sentence with a parenthetical attribution ('Smuggling drugs, she said, is a
 * crime', 'The plan, said one aide, was dead'), all but the verb, which stays the outlet's.
 */
function unattributedClauses(doc: AnalysisDoc): Span[] {
  const { tokens } = doc;
  const spans: Span[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== 'VERB' || !reportVerbOf(t)) continue;
    const sentence = doc.sentences[t.sentence];
    if (!sentence) continue;
    // The subject before the verb, over adverbs and auxiliaries ('had long argued').
    let k = i - 1;
    while (k > i - 4 && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'AUX')) k--;
    const before = tokens[k];
    if (!before || before.sentence !== t.sentence) continue;
    // ', she said,': a subject between commas, with words of the sentence on both sides.
    let open = k;
    while (open > i - 7 && open >= sentence.first && tokens[open]?.text !== ',') open--;
    const parenthetical =
      tokens[open]?.text === ',' &&
      open > sentence.first &&
      tokens[i + 1]?.text === ',' &&
      subjectBetween(tokens, open + 1, k + 1);
    // ', said one aide,': the subject after the verb.
    let close = i + 1;
    while (close < i + 6 && tokens[close]?.sentence === t.sentence && tokens[close]?.text !== ',') close++;
    const inverted =
      tokens[i - 1]?.text === ',' &&
      i - 1 > sentence.first &&
      tokens[close]?.text === ',' &&
      subjectBetween(tokens, i + 1, close);
    if (parenthetical || inverted) {
      spans.push({ start: sentence.start, end: t.start }, { start: t.end, end: sentence.end });
      continue;
    }
    const subject =
      (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON') && !thingSubject(doc, i);
    if (subject && clauseAt(tokens, i + 1))
      spans.push({ start: tokens[i + 1]?.start ?? t.end, end: sentence.end });
  }
  return spans;
}

/** Verbs that give something a name or a label: 'charges he calls fabricated', 'what critics dubbed a sham'. */
const LABEL_VERBS = new Set([
  'call',
  'dub',
  'term',
  'brand',
  'label',
  'describe',
  'characterize',
  'characterise',
]);
/** Words after 'call' that make it another verb: 'called for', 'called on', 'called off'. */
const CALL_PARTICLES = new Set([
  'for',
  'on',
  'off',
  'up',
  'in',
  'out',
  'back',
  'to',
  'at',
  'over',
  'into',
  'upon',
  'by',
  'from',
  'with',
  'about',
  'after',
]);
/** Personal pronouns that can be the subject of a verb of labelling or saying. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
/**
 * Whether a token is a verb of labelling: by its lemma, or a past form wink tags as an adjective ('They
 * branded the protesters thugs').
 */
function labelVerb(t: Token): boolean {
  if (t.pos === 'VERB') return LABEL_VERBS.has(t.lemma);
  if (t.pos !== 'ADJ' || !t.lower.endsWith('ed')) return false;
  const stem = t.lower.slice(0, -2);
  return LABEL_VERBS.has(stem) || LABEL_VERBS.has(stem.slice(0, -1)) || LABEL_VERBS.has(`${stem}e`);
}

/** Words that end a clause: a label runs up to the next of these. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–']);

/** Where the clause from token `i` ends: at the next comma, semicolon, dash or bracket, else the sentence's end. */
function clauseEnd(doc: AnalysisDoc, i: number): number {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[i]?.sentence ?? -1];
  if (!sentence) return tokens[i]?.end ?? 0;
  for (let k = i; k < sentence.last; k++) {
    const t = tokens[k] as Token;
    if (CLAUSE_BREAKS.has(t.text)) return t.start;
  }
  return sentence.end;
}

/**
 * Whether a person or body is the subject right before the verb at `i` (over adverbs): a personal pronoun or
 * a word the speaker scan reads as someone ('critics', 'Trump', 'the ministry'); a participle after a comma
 * ('..., calling the plan reckless') takes the sentence's subject.
 */
function someoneBefore(doc: AnalysisDoc, i: number): boolean {
  const { tokens } = doc;
  let k = i - 1;
  // ('a move Addis Ababa has described as provocative': over auxiliaries too.)
  while (k > i - 4 && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'AUX')) k--;
  const t = tokens[k];
  if (!t || t.sentence !== tokens[i]?.sentence) return false;
  if (t.text === ',') return !!tokens[i]?.lower.endsWith('ing');
  if (SUBJECT_PRONOUNS.has(t.lower)) return true;
  const { at, list } = mentionsOf(doc);
  const m = list[at[k] ?? -1];
  return !!m && m.kind !== 'document';
}

/**
 * What a text reports as someone's label or claim without a verb of saying the statements detector reads: the
 * rest of the clause after a verb of labelling with someone as its subject ('charges he calls fabricated',
 * 'Critics called the plan reckless', 'She described the plan as reckless'), and after 'what X say(s)' ('what
 * they say was a rigged election', 'what officials described as a terrorist attack'). A verb of calling
 * someone on the phone ('Biden called Netanyahu on Sunday'), 'called for' and the passive ('a group called
 * Patriot Front') give no label.
 */
function labelsGiven(doc: AnalysisDoc): Span[] {
  const { tokens } = doc;
  const spans: Span[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const label = labelVerb(t);
    if (!label && (t.pos !== 'VERB' || !reportVerbOf(t))) continue;
    const next = tokens[i + 1];
    if (!next || next.sentence !== t.sentence) continue;
    // 'what they say was', 'what officials described as': a relative 'what' before the subject.
    let what = false;
    for (let k = i - 1; k >= i - 5 && tokens[k]?.sentence === t.sentence; k--) {
      const w = tokens[k] as Token;
      if (w.lower === 'what') {
        what = k < i - 1;
        break;
      }
      if (!['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'ADV', 'PART'].includes(w.pos)) break;
    }
    if (!what && !(label && someoneBefore(doc, i))) continue;
    if (t.lemma === 'call' && CALL_PARTICLES.has(next.lower)) continue;
    // ('Biden called Netanyahu on Sunday': a name or pronoun, then a preposition or the end, is a phone call.)
    if (t.lemma === 'call' && (next.pos === 'PROPN' || next.pos === 'PRON')) {
      let k = i + 1;
      while (tokens[k]?.pos === 'PROPN' && tokens[k]?.sentence === t.sentence) k++;
      if (k === i + 1) k++;
      const after = tokens[k];
      if (!after || after.sentence !== t.sentence || ['ADP', 'PART', 'PUNCT', 'CCONJ'].includes(after.pos))
        continue;
    }
    const end = clauseEnd(doc, i + 1);
    if (end > next.start) spans.push({ start: next.start, end });
  }
  return spans;
}

/**
 * Where the speaker's clause around a partial quotation ends: at ', echoing ...', ', prompting ...' after
 * the quotation (a participle that is no report verb opens the writer's own comment), else the sentence's end.
 */
function commentAfter(tokens: readonly Token[], quoteEnd: number, sentence: Sentence): number {
  const from = tokenFrom(tokens, quoteEnd);
  // (A comma often closes the quotation inside its marks: 'a toxic neighbor," echoing'.)
  let comma = tokens[from - 1]?.text === ',';
  for (let k = from; k < sentence.last; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') comma = true;
    if (!t.isWord || t.start < quoteEnd) continue;
    return comma && t.lower.endsWith('ing') && t.pos === 'VERB' && !reportVerbOf(t) ? t.start : sentence.end;
  }
  return sentence.end;
}
