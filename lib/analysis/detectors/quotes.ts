import { reportVerbNamed } from '@/lib/lexicons/report-verbs';
import {
  accordingTo,
  Context,
  DOCUMENT_NOUNS,
  describedUnnamed,
  mentionAfter,
  REQUEST_VERBS,
  reportedClauseOpens,
  spokesmanFor,
  statementOpeningEnd,
  subjectBefore,
  type Verb,
  verbAt,
} from '../attribution';
import { sectorOfWord } from '../camps';
import type { AnalysisDoc, Detector, Finding, SpeakerMentionFinding } from '../detector';
import { findQuoteSpans, type QuoteSpan } from '../quote-spans';
import { gazetteerEntity, placePerson } from '../speaker-entities';
import { CONDITIONALS, isCap, isPossessive, RELATIVE_PRONOUNS } from '../speaker-words';
import {
  describedEntity,
  type Entity,
  inSetting,
  isCountryEntity,
  type Mention,
  type Mentions,
  makeEntity,
  mentionsOf,
  relayedBy,
} from '../speakers';
import { titleCase } from '../structure';
import type { Token } from '../tokenize';
import type { Quote, QuoteKind, Speaker, Statement } from '../types';

/**
 * First token whose start is at or after `pos`, for a position inside (or at the end of) block `block`: a
 * binary search over that block's tokens only (the answer lies there, and a short search stays in cache).
 */
function tokenAt(doc: AnalysisDoc, pos: number, block: number): number {
  let lo = doc.blocks[block]?.first ?? 0;
  let hi = doc.blocks[block]?.last ?? doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The speaker as output shows it, in the country the article is set in when the text named none. */
function speakerOf(entity: Entity, setting: string | null): Speaker {
  const e = inSetting(entity, setting);
  return { name: e.name, type: e.type, affiliation: e.affiliation, camp: e.camp };
}
const SPACE = /\s/;
/** /\s/ on one UTF-16 unit, ASCII without the regex: the look-backs over spaces below run per character. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}

const NAMING_BEFORE = /\b(known as|so-called|dubbed|nicknamed|termed|branded|labell?ed)\s*$/i;

/**
 * NAMING_BEFORE on the 14 characters before the mark at `open`. Every phrase ends in 's' or 'd', so the
 * regex only runs when the last character before the spaces is one.
 */
function namingBefore(text: string, open: number): boolean {
  const from = Math.max(0, open - 14);
  let p = open - 1;
  while (p >= from && isSpace(text.charCodeAt(p))) p--;
  const c = p >= from ? text[p] : '';
  if (c !== 's' && c !== 'd' && c !== 'S' && c !== 'D') return false;
  return NAMING_BEFORE.test(text.slice(from, open));
}
/** 'signs reading', 'banners that said', 'placards proclaiming' right before a quotation. */
const SIGN_BEFORE =
  /\b(signs?|banners?|placards?|posters?|t-shirts?|shirts?|graffiti|slogans?)\s+(that |which )?(read|reading|reads|said|saying|says|proclaiming|declaring)\s*$/i;

/** Whether a quotation gives the words on a sign or banner: the carriers' slogan, not a term held at a distance. */
function signBefore(text: string, open: number): boolean {
  return SIGN_BEFORE.test(text.slice(Math.max(0, open - 40), open));
}

/**
 * How many tokens before or after a quotation the attribution searches look. Real attributions sit well
 * within a sentence of this length; the cap keeps one giant sentence full of quotation marks ('He said "'
 * repeated over 100,000 characters) linear instead of rescanning the sentence for every quote.
 */
export const ATTRIBUTION_WINDOW = 80;
const PUNCT_GAP = new Set([',', '—', '–', '-', '―', '”', '"', '’', "'", '“', '‘', '«', '»', '„']);

interface Found {
  entity: Entity | null;
  verb: Verb | null;
  /** The attribution sits right after the quote (',” X said') or right before it ('X said: “'). */
  adjacent: boolean;
  /**
   * Where the text names or refers to the speaker for this attribution: a name, a description or a pronoun
   * ('she said'); null for a quotation's later parts.
   */
  named: Mention | null;
}

/**
 * A mention that names or refers to its speaker, as cite takes it: every kind, 'the statement' too, which is
 * cited where its issuer was named.
 */
const naming = (m: Mention | null | undefined): Mention | null => m ?? null;

/** How far back, in mentions, 'she said' looks for where its speaker was named. */
const ANTECEDENT_REACH = 200;

/**
 * Where the text last named `entity` before the pronoun `m` that resolved to it ('Mayor Jane Roe toured the
 * site. "We will rebuild," she said.': 'Mayor Jane Roe'); null when it is not among the mentions before.
 */
function namedBefore(mentions: Mentions, m: Mention, entity: Entity): Mention | null {
  let here = mentions.at[m.first] ?? -1;
  // (A possessive read as a pronoun, 'His office said', is no listed mention: start from the one before it.)
  for (let k = m.first - 1; here < 0 && k >= 0; k--) {
    const x = mentions.at[k] ?? -1;
    if (x >= 0) here = x + 1;
  }
  for (let j = here - 1; j >= 0 && j >= here - ANTECEDENT_REACH; j--) {
    const before = mentions.list[j];
    if (before?.kind === 'entity' && before.entity === entity) return before;
  }
  return null;
}

interface Ctx {
  doc: AnalysisDoc;
  /** Sentence start -> where its subject scan stopped, so each sentence is scanned once. */
  subjects: Map<number, { stop: number; mention: Mention | null }>;
  m: Mentions;
  ctx: Context;
  /** Token index -> true when inside a quotation (marks included). */
  quoted: Uint8Array;
}

/** 'X reported, citing sources': the cited sources speak, the outlet relays. */
function throughCitation(c: Ctx, verbIndex: number, end: number, e: Entity | null): Entity | null {
  if (!e?.outlet) return e;
  for (let k = verbIndex + 1; k < Math.min(end, verbIndex + 8); k++) {
    if (c.doc.tokens[k]?.lower === 'citing') {
      const cited = c.ctx.resolve(mentionAfter(c.doc, c.m, k + 1));
      if (cited) return relayedBy(e, cited);
    }
  }
  return e;
}

/** A subject's entity; 'the report says' falls back on the quote's head (searched from `from` to `open`). */
function resolveSubject(c: Ctx, mention: Mention | null, from: number, open: number): Entity | null {
  if (mention?.kind === 'document')
    return (
      head(c, from, open, open + 1)?.entity ??
      c.ctx.documentOf(mention.ref ?? '')?.issuer ??
      c.ctx.resolve({ ...mention, kind: 'definite', ref: 'outlet' }) ??
      // ('The Ministry of Information said ... "...," the statement said.': the body that spoke last.)
      (mention.ref === 'statement' ? c.ctx.lastBody() : null)
    );
  return c.ctx.resolve(mention);
}

/** Dashes before a name at the end of a line ('” ― Pamela Padilla'), and the long ones alone. */
const DASHES = new Set(['―', '—', '–', '-']);
const LONG_DASHES = new Set(['―', '—', '–']);
const DOUBLE_MARKS = new Set(['"', '“', '”']);
/** Words between a tail's name and its verb (',” Sullivan has said'). */
const BEFORE_TAIL_VERB = new Set([
  'has',
  'had',
  'have',
  'also',
  'then',
  'later',
  'earlier',
  'would',
  'once',
  'again',
]);
/** Tags a description of a speaker is made of (',” Obama's former campaign strategist said'). */
const DESCRIPTION_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM', 'ADP']);
/** A quotation ending in one of these may close its sentence and leave the attribution to the next. */
const ASKS_OR_EXCLAIMS = new Set(['?', '!', '…']);
/** A new sentence after the quote that starts with one of these is not its attribution. */
const SUBJECT_PRONOUNS = new Set(['He', 'She', 'They', 'It', 'We', 'I']);

/**
 * Verbs that only attribute a quotation right next to them (',” she continued', ',” said Blinken'), never a
 * clause on their own ('Russia continued its offensive' is no statement): cognition verbs in attribution.ts.
 */
const TAIL_VERBS = new Set(['say', 'tell', 'add', 'write', 'continue', 'conclude', 'recount']);

/**
 * ',” Sullivan said' / ',” said Blinken' / ',” an unnamed US official told the outlet' / ',” the report says'.
 * `from` and `open` are the quote's sentence start and first token, for a head search when 'the report' speaks.
 */
/** Nouns that stand for quoted words in apposition after them ('"excessive force," a charge the organisers denied'). */
const CLAIM_NOUNS = new Set([
  'charge',
  'claim',
  'allegation',
  'accusation',
  'assertion',
  'characterization',
  'characterisation',
  'description',
  'label',
  'term',
  'phrase',
  // (', a line repeated almost word for word by the finance minister', ', a boast analysts dismissed'.)
  'line',
  'refrain',
  'mantra',
  'message',
  'slogan',
  'boast',
  'view',
  'argument',
  'warning',
  'promise',
  'pledge',
]);

function tail(c: Ctx, after: number, end: number, from: number, open: number): Found | null {
  const { tokens } = c.doc;
  let k = after;
  const gapEnd = Math.min(end, after + ATTRIBUTION_WINDOW);
  while (k < gapEnd && PUNCT_GAP.has(tokens[k]?.text ?? '')) k++;
  if (k >= gapEnd) return null;
  // ',” as one official put it.', ',” as she said': the clause after 'as' is the attribution.
  if (tokens[k]?.lower === 'as' && (c.m.at[k] ?? -1) < 0) k++;
  // ',” a charge the organisers denied': a noun for the quoted words, set after them, names no speaker.
  const art = tokens[k]?.lower;
  if ((art === 'a' || art === 'an' || art === 'the') && CLAIM_NOUNS.has(tokens[k + 1]?.lower ?? ''))
    return null;
  // ',” a State Department official told ...': the article before an unnamed source's mention belongs to it.
  const opening = k;
  if ((art === 'a' || art === 'an') && c.m.list[c.m.at[k + 1] ?? -1]?.first === k + 1) k++;
  // ',” according to the ministry.'
  const acc = accordingTo(tokens, k);
  if (acc !== null) {
    const named = mentionAfter(c.doc, c.m, acc);
    const e = c.ctx.resolve(named);
    if (e)
      return {
        entity: e,
        verb: { i: k, lemma: 'according to', stance: 'neutral', cognition: false },
        adjacent: true,
        named: naming(named),
      };
  }
  const v = verbAt(tokens, k);
  if (v && (!v.cognition || TAIL_VERBS.has(v.lemma))) {
    const named = nameInApposition(c, mentionAfter(c.doc, c.m, k + 1), end);
    let e = c.ctx.resolve(named);
    // ',” said the president.' with no president named before: the description speaks.
    if (!e && named?.kind === 'definite') e = describedEntity(c.doc, named.first, named.last, c.m);
    if (e) return { entity: throughCitation(c, k, end, e), verb: v, adjacent: true, named: naming(named) };
  }
  // ',” the NAACP said': a body named after 'the' is the mention too (not someone described as 'the NAACP').
  const body =
    tokens[k]?.lower === 'the' && (c.m.at[k] ?? -1) < 0 ? c.m.list[c.m.at[k + 1] ?? -1] : undefined;
  const the = body?.kind === 'entity' && body.entity && verbAt(tokens, body.last) ? 1 : 0;
  const idx = c.m.at[k + the] ?? -1;
  const mention = idx >= 0 ? c.m.list[idx] : undefined;
  // 'Obama's former campaign strategist said': a possessive opens a description, read below.
  const possessive = !!mention && isPossessive(tokens[mention.last]?.text);
  // ',” a FEMA spokeswoman said': a body named inside a description; the description is read below.
  const next = mention && tokens[mention.last];
  const inDescription =
    mention?.entity?.type === 'organisation' &&
    !!next &&
    next.pos === 'NOUN' &&
    !next.cap &&
    next.block === tokens[k]?.block;
  // ',” a Homeland Security memo said', ',” as a Pentagon report put it': the body issued the document.
  if (inDescription && DOCUMENT_NOUNS.has(next?.lower ?? '')) {
    const v = verbAt(tokens, (mention?.last ?? 0) + 1);
    const e = v && !v.cognition ? c.ctx.resolve(mention) : null;
    if (e && v) return { entity: e, verb: v, adjacent: true, named: naming(mention) };
  }
  if (inDescription) k = opening;
  if (mention && mention.first === k + the && !possessive && !inDescription) {
    let j = mention.last;
    if (tokens[j]?.text === '(') {
      // '(R-S.C.)': wink may end the sentence at 'S.', so the closing bracket is looked for in the line.
      const lineEnd = c.doc.blocks[tokens[j]?.block ?? 0]?.last ?? end;
      let p = j + 1;
      while (p < lineEnd && p < j + 8 && tokens[p]?.text !== ')') p++;
      if (tokens[p]?.text === ')') j = p + 1;
    }
    // '” ― Pamela Padilla' at the end of a line: a dash attribution without a verb.
    if (
      DASHES.has(tokens[after]?.text ?? tokens[k - 1]?.text ?? '') &&
      (j >= end || tokens[j]?.text === '.' || tokens[j]?.text === ',')
    ) {
      const e = c.ctx.resolve(mention);
      if (e) return { entity: e, verb: null, adjacent: true, named: naming(mention) };
    }
    // 'Leonard Burman, director of the Tax Policy Center, said': step over the apposition, or two
    // ('Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said').
    if (tokens[j]?.text === ',') {
      let p = j;
      for (let n = 0; n < 2; n++) {
        const from = p + 1;
        p = from;
        while (
          p < end &&
          p < from + 30 &&
          tokens[p]?.text !== ',' &&
          !DOUBLE_MARKS.has(tokens[p]?.text ?? '')
        )
          p++;
        if (tokens[p]?.text !== ',') break;
        if (verbAt(tokens, p + 1)) {
          j = p + 1;
          break;
        }
      }
    }
    // ',” CCOO and UGT said': two named together; the first is the quotation's speaker (both are cited).
    let tail = mention.last;
    if (tokens[j]?.lower === 'and') {
      const other = c.m.list[c.m.at[j + 1] ?? -1];
      if (other?.kind === 'entity' && other.first === j + 1 && verbAt(tokens, other.last)) {
        j = other.last;
        tail = j;
      }
    }
    while (
      j < end &&
      j < tail + 3 &&
      verbAt(tokens, j) === null &&
      BEFORE_TAIL_VERB.has(tokens[j]?.lower ?? '')
    )
      j++;
    const v2 = verbAt(tokens, j);
    if (v2 && (!v2.cognition || TAIL_VERBS.has(v2.lemma))) {
      let e = resolveSubject(c, mention, from, open);
      // ',” the union said.' with no union named before: the description speaks.
      if (!e && mention.kind === 'definite') e = describedEntity(c.doc, mention.first, mention.last, c.m);
      return { entity: throughCitation(c, j, end, e), verb: v2, adjacent: true, named: naming(mention) };
    }
    return null;
  }
  // ',” Obama's former campaign strategist said': a description nobody named; it is still the speaker.
  for (let j = k; j < Math.min(end, k + 8); j++) {
    const t = tokens[j];
    if (!t) break;
    const v3 = verbAt(tokens, j);
    if (v3 && !v3.cognition && j > k) {
      // A description needs a content word ('a narrator in the ad'), not just 'the' or 'one'.
      let content = false;
      let pronoun = false;
      for (let w = k; w < j; w++) {
        const pos = tokens[w]?.pos;
        if (pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN') content = true;
        // ('..., language that charities said ...': a relative clause, not someone described.)
        else if (pos === 'PRON' || RELATIVE_PRONOUNS.has(tokens[w]?.lower ?? '')) pronoun = true;
      }
      if (!content || pronoun) break;
      // ',” the ministry's statement said': the document's issuer speaks (none known: nobody does).
      const paper = tokens[j - 1];
      if (paper && DOCUMENT_NOUNS.has(paper.lower) && isPossessive(tokens[j - 2]?.text)) {
        const owner = c.m.list[c.m.at[k] ?? -1];
        let issuer: Entity | null = null;
        if (owner && owner.first === k && owner.last === j - 2) {
          issuer = c.ctx.resolve(owner);
          if (!issuer && owner.kind === 'definite')
            issuer = describedEntity(c.doc, owner.first, owner.last, c.m);
        }
        return issuer ? { entity: issuer, verb: v3, adjacent: true, named: owner ?? null } : null;
      }
      // 'Clinton campaign spokesman Brian Fallon said': the description ends in a named person, who is the
      // speaker; the words before the name add to what the title said ('campaign' makes it politics).
      const inner = c.m.list[c.m.at[j - 1] ?? -1];
      if (
        inner?.kind === 'entity' &&
        inner.entity?.type === 'person' &&
        inner.last === j &&
        inner.first > k
      ) {
        const e = inner.entity;
        const d = describedEntity(c.doc, k, inner.first, c.m).aff;
        const sector = d.sector === 'politics' && e.aff.sector === 'government' ? 'politics' : e.aff.sector;
        if (sector !== e.aff.sector || (!e.aff.country && d.country)) {
          placePerson(e, { ...e.aff, sector, country: e.aff.country ?? d.country });
        }
        return { entity: e, verb: v3, adjacent: true, named: inner };
      }
      const described = describedEntity(c.doc, k, j, c.m);
      // ('"...," the former engineer said': someone described before is who a definite description means.)
      const entity = c.ctx.resolve({ first: k, last: j, kind: 'entity', entity: described }) ?? described;
      return { entity, verb: v3, adjacent: true, named: { first: k, last: j, kind: 'entity', entity } };
    }
    // (',” the group's chairman, Jim Irvine, said': the person named in apposition to the description.)
    if (t.text === ',' && j > k) {
      const inner = c.m.list[c.m.at[j + 1] ?? -1];
      const v = inner && tokens[inner.last]?.text === ',' ? verbAt(tokens, inner.last + 1) : null;
      if (
        inner?.kind === 'entity' &&
        inner.entity?.type === 'person' &&
        inner.first === j + 1 &&
        v &&
        !v.cognition
      ) {
        // (Whose post it is: the body the possessive names, when the person's own words name none.)
        const e = inner.entity;
        const owner = c.m.list[c.m.at[k] ?? -1];
        const body = owner && isPossessive(tokens[owner.last]?.text) ? c.ctx.resolve(owner) : null;
        if (body?.type === 'organisation' && !e.aff.country && !e.aff.body) placePerson(e, { ...body.aff });
        return { entity: e, verb: v, adjacent: true, named: inner };
      }
    }
    if (!DESCRIPTION_TAGS.has(t.pos) && t.text !== '-') break;
  }
  return setOffTail(c, k, end);
}

/**
 * ',” one of the group's moderators, who asked not to be named, told Reuters': the subject the first report
 * verb after a comma reads back to, when it opens right after the quotation; null otherwise.
 */
function setOffTail(c: Ctx, k: number, end: number): Found | null {
  const { tokens } = c.doc;
  // (Only after a quotation closed on a comma: 'known as the "Buffett rule" after Warren Buffett complained'
  // names a rule.)
  if (tokens[k - 1]?.text !== ',' && tokens[k - 2]?.text !== ',') return null;
  const sentence = tokens[k]?.sentence;
  for (let j = k + 2; j < Math.min(end, k + 30); j++) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence || DOUBLE_MARKS.has(t.text)) return null;
    if (tokens[j - 1]?.text !== ',') continue;
    const v = verbAt(tokens, j);
    if (!v || v.cognition) continue;
    const subject = subjectBefore(c.doc, c.m, j, k);
    if (!subject || subject.first > k + 1) return null;
    const e =
      c.ctx.resolve(subject) ??
      (subject.kind === 'definite' ? describedEntity(c.doc, subject.first, subject.last, c.m) : null);
    return e ? { entity: e, verb: v, adjacent: true, named: naming(subject) } : null;
  }
  return null;
}

/**
 * 'a FEMA spokeswoman said': the body named inside a speaker's description is met too, just before the
 * speaker, so a later 'the agency said' finds FEMA rather than a body met earlier.
 */
function noteBodiesWithin(c: Ctx, named: Mention | null, speaker: Entity): void {
  if (speaker.type === 'organisation') return;
  // ('FEMA officials said': unnamed people of a listed body bring the body along.)
  if (speaker.organisation) c.ctx.note(gazetteerEntity({ organisation: speaker.organisation }));
  if (!named || named.entity !== speaker) return;
  for (let k = named.first; k < named.last; k++) {
    const x = c.m.list[c.m.at[k] ?? -1];
    if (x && x !== named && x.first === k && x.kind === 'entity' && x.entity?.type === 'organisation')
      c.ctx.note(x.entity);
  }
}

/** Where the text named a document's issuer, when the one citing it is that issuer. */
const documentNamed = (d: { issuer: Entity; named: Mention | null } | null, e: Entity): Mention | null =>
  d?.issuer === e ? d.named : null;

/** Verbs by which someone issues a document ('issued a statement', 'released a report', 'put out a statement'). */
const ISSUE_VERBS = new Set([
  'issue',
  'release',
  'publish',
  'put',
  'send',
  'post',
  'write',
  'sign',
  'submit',
]);

/**
 * Remembers who issued each document the sentence mentions: 'The ministry issued a statement' (the verb's
 * subject) and 'X said in a statement' (the sentence's speaker, `speaker`), so that a later '"...," the
 * statement said' has a speaker.
 */
function noteDocuments(c: Ctx, first: number, last: number, speaker: Entity | null): void {
  const { tokens } = c.doc;
  for (let k = first; k < last; k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'NOUN' || !DOCUMENT_NOUNS.has(t.lower)) continue;
    // ('a joint statement', 'a written statement'.)
    let a = k - 1;
    while (a > first && k - a < 3 && (tokens[a]?.pos === 'ADJ' || tokens[a]?.pos === 'NOUN')) a--;
    const art = tokens[a]?.lower;
    if (art !== 'a' && art !== 'an') continue;
    let v = a - 1;
    if (tokens[v]?.lower === 'out') v--;
    const before = tokens[v];
    let issuer: Entity | null = null;
    let named: Mention | null = null;
    if (before?.lower === 'in') issuer = speaker;
    else if (before?.pos === 'VERB' && ISSUE_VERBS.has(before.lemma) && v > first) {
      const subject = subjectBefore(c.doc, c.m, v, Math.max(first, v - ATTRIBUTION_WINDOW));
      if (subject && subject.kind !== 'document') issuer = c.ctx.resolve(subject, false);
      // ('The ministry issued a statement' with no ministry named before: the description issued it.)
      if (!issuer && subject?.kind === 'definite')
        issuer = describedEntity(c.doc, subject.first, subject.last, c.m);
      if (issuer && subject && subject.kind !== 'pronoun') named = { ...subject, entity: issuer };
    }
    if (issuer) c.ctx.noteDocument(t.lower, issuer, named);
  }
}

/**
 * ',” said a fisherman, Tom Lee.': a description of someone unnamed, then their name in apposition: the
 * named person speaks, in the description's camp when the name says none (changed in place).
 */
function nameInApposition(c: Ctx, m: Mention | null, end: number): Mention | null {
  const { tokens } = c.doc;
  const described = m?.entity;
  if (m?.kind !== 'entity' || !described || described.type !== 'person' || tokens[m.last]?.text !== ',')
    return m;
  const opener = tokens[m.first]?.lower;
  if (opener !== 'a' && opener !== 'an' && opener !== 'one') return m;
  const name = c.m.list[c.m.at[m.last + 1] ?? -1];
  const e = name?.entity;
  if (!name || name.first !== m.last + 1 || name.last > end || name.kind !== 'entity' || e?.type !== 'person')
    return m;
  if (!e.aff.sector && !e.aff.country && !e.aff.body)
    Object.assign(
      e,
      makeEntity(e.name, 'person', { ...described.aff }, { gender: e.gender, roles: e.roles }),
    );
  return name;
}

/** The first person or organisation named before the first verb of the sentence. */
function sentenceSubject(c: Ctx, from: number, to: number): Mention | null {
  // The scan's stopping point does not depend on `to`: remember it per sentence.
  let hit = c.subjects.get(from);
  if (!hit) {
    hit = { stop: c.doc.tokens.length, mention: null };
    for (
      let k = statementOpeningEnd(
        c.doc.tokens,
        openingClauseEnd(c.doc.tokens, from, c.doc.tokens.length, true),
      );
      k < c.doc.tokens.length;
      k++
    ) {
      const t = c.doc.tokens[k];
      if (!t || t.pos === 'VERB' || t.pos === 'AUX') {
        hit = { stop: k, mention: null };
        break;
      }
      // ('QUITO (AFP) — President Daniel Noboa ...': what stands in brackets is never the subject.)
      if (t.text === '(') {
        let close = k + 1;
        while (close < k + 8 && c.doc.tokens[close] && c.doc.tokens[close]?.text !== ')') close++;
        if (c.doc.tokens[close]?.text === ')') {
          k = close;
          continue;
        }
      }
      const x = c.m.list[c.m.at[k] ?? -1];
      // ("Amazon's UK country manager, Neil Carver, wrote": an owner before a possessive, and a name used as
      // a noun's modifier, only describe the subject.)
      const after = c.doc.tokens[x?.last ?? -1];
      // ('He's claiming': after a pronoun "'s" is 'is'.)
      // ('BBC Chairman Samir Shah issued an apology, conceding': a body before a person's title and name
      // says whose post it is.)
      const next = x?.entity?.type === 'organisation' ? c.m.list[c.m.at[x.last] ?? -1] : undefined;
      if (
        x &&
        x.kind !== 'pronoun' &&
        after &&
        (isPossessive(after.text) ||
          (after.pos === 'NOUN' && !after.cap) ||
          (next?.first === x.last && next.kind === 'entity' && next.entity?.type === 'person'))
      ) {
        k = x.last - 1;
        continue;
      }
      if (x && (x.kind === 'entity' || x.kind === 'pronoun' || x.kind === 'definite')) {
        hit = { stop: k, mention: x };
        break;
      }
    }
    c.subjects.set(from, hit);
  }
  return hit.stop < to ? hit.mention : null;
}

/**
 * 'A review by the Cochrane Collaboration found "low-certainty evidence"': a study's finding quoted right
 * after 'found' is the words of whoever found it.
 */
function findingVerbAt(tokens: readonly Token[], j: number, quoteTokenFirst: number): Verb | null {
  const t = tokens[j];
  if (t?.lemma !== 'find' || t.pos !== 'VERB' || t.lower === 'find') return null;
  // (Only the opening mark between the verb and the quoted words.)
  if (j + 2 !== quoteTokenFirst || tokens[j + 1]?.isWord) return null;
  return { i: j, lemma: 'find', stance: 'neutral', cognition: false };
}

/** The nearest report verb before the quote in its sentence, and its subject ('X said that "...'). */
/**
 * 'Cruz called Trump a "pathological liar" who is "utterly amoral"', 'what it called "a clear threat"': the
 * label is the subject's own words. Only a verb 'call' with no other verb between it and the quotation.
 */
function labelVerbAt(c: Ctx, j: number, quoteTokenFirst: number): Verb | null {
  const { tokens } = c.doc;
  const t = tokens[j];
  if (!t || quoteTokenFirst - j > 30) return null;
  // ('Streeting branded the walkout "completely unreasonable"': wink tags 'branded' an adjective; after a
  // name, a noun or a pronoun it is the verb.)
  // ('Trump has labeled the chair a "numbskull"': after an auxiliary too.)
  const before = tokens[j - 1]?.pos === 'AUX' || tokens[j - 1]?.pos === 'ADV' ? tokens[j - 2] : tokens[j - 1];
  // ('... and has labeled the chair a "numbskull"': the second of two verbs.)
  const branded =
    LABEL_FORMS.has(t.lower) &&
    (/^(PROPN|NOUN|PRON)$/.test(before?.pos ?? '') || before?.lower === 'and') &&
    t.block === before?.block;
  // ('Beijing, which regards Lai as a "dangerous separatist"': the label a subject holds someone to be.)
  // (wink may tag 'regards' a noun; after an article or a preposition it is one: 'with regard to'.)
  if (
    (t.lower === 'regard' || t.lower === 'regards' || t.lower === 'regarded') &&
    (!/^(DET|ADP)$/.test(tokens[j - 1]?.pos ?? '') || /^(which|who|that)$/.test(tokens[j - 1]?.lower ?? ''))
  ) {
    let as = j + 1;
    while (as < quoteTokenFirst && tokens[as]?.lower !== 'as') as++;
    if (as >= quoteTokenFirst || quoteTokenFirst - as > 4) return null;
    return { i: j, lemma: 'regard', stance: 'neutral', cognition: false };
  }
  // ('what critics call "crumbs"': wink may tag 'call' a noun after people in the plural or a pronoun.)
  const prev = tokens[j - 1];
  const calledBy =
    (t.lower === 'call' || t.lower === 'calls') &&
    !!prev &&
    prev.block === t.block &&
    (/^(PRON|PROPN)$/.test(prev.pos) ||
      (prev.pos === 'NOUN' && prev.lemma !== prev.lower && prev.lower.endsWith('s')));
  if (!branded && !calledBy && (t.lemma !== 'call' || t.pos !== 'VERB')) return null;
  // (A word wink tags a verb right after a determiner is a noun: 'called the transports "cruel"'.)
  for (let k = j + 1; k < quoteTokenFirst; k++)
    if (!c.quoted[k] && tokens[k]?.pos === 'VERB' && tokens[k - 1]?.pos !== 'DET') return null;
  if (!branded) return { i: j, lemma: 'call', stance: 'neutral', cognition: false };
  const lemma = LABEL_FORMS.get(t.lower) as string;
  return { i: j, lemma, stance: reportVerbNamed(lemma)?.stance ?? 'dramatising', cognition: false };
}

/** Forms of verbs that pin a label, which wink may tag as adjectives or nouns, by lemma. */
const LABEL_FORMS = new Map([
  ['branded', 'brand'],
  ['branding', 'brand'],
  ['brands', 'brand'],
  ['labelled', 'label'],
  ['labeled', 'label'],
  ['dubbed', 'dub'],
]);
/** Verbs whose quotation is the label the subject gave: a fragment of the subject's words. */
const LABEL_LEMMAS = new Set(['call', 'brand', 'label', 'dub', 'regard']);

/** Nouns of saying and the verb each stands for: 'claims by X that "..."', 'X's warning that "..."'. */
const REPORT_NOUNS = new Map([
  ['claim', 'claim'],
  ['assertion', 'assert'],
  ['accusation', 'accuse'],
  ['allegation', 'allege'],
  ['warning', 'warn'],
  ['remark', 'remark'],
  ['comment', 'comment'],
  ['description', 'describe'],
  ['insistence', 'insist'],
  ['promise', 'promise'],
  ['pledge', 'pledge'],
  ['vow', 'vow'],
  ['contention', 'contend'],
  ['argument', 'argue'],
  ['suggestion', 'suggest'],
  ['demand', 'demand'],
  ['denial', 'deny'],
  ['admission', 'admit'],
]);

/** How far a noun of saying may stand before the quotation it introduces. */
const REPORT_NOUN_REACH = 25;

/**
 * 'claims by abortion-rights groups that it is "extreme"', 'The governor's claim that the bill was "common
 * sense"': a noun of saying whose speaker follows 'by' or 'from', or owns it ('X's claim'), and whose content
 * follows in a 'that' clause.
 */
function reportNounAt(c: Ctx, j: number, quoteTokenFirst: number): Found | null {
  const { tokens } = c.doc;
  const t = tokens[j];
  if (!t || quoteTokenFirst - j > REPORT_NOUN_REACH) return null;
  // wink tags a sentence's capitalised first word a name ('Accusations from the Kremlin ...').
  const opens = t.pos === 'PROPN' && tokens[j - 1]?.sentence !== t.sentence;
  const lemma =
    t.pos === 'NOUN'
      ? REPORT_NOUNS.get(t.lemma)
      : opens
        ? (REPORT_NOUNS.get(t.lower) ?? REPORT_NOUNS.get(t.lower.replace(/s$/, '')))
        : undefined;
  if (!lemma) return null;
  let named: Mention | null = null;
  const next = tokens[j + 1]?.lower;
  if (next === 'by' || next === 'from')
    named = mentionAfter(c.doc, c.m, j + 2); // (mentionAfter steps over a 'the' outside any mention)
  else if (isPossessiveMark(tokens[j - 1]?.text)) {
    const owner = c.m.list[c.m.at[j - 2] ?? -1];
    if (owner && owner.last === j - 1) named = owner;
  }
  if (!named || named.last > quoteTokenFirst || (named.kind !== 'entity' && named.kind !== 'definite'))
    return null;
  // Only a claim whose content follows: 'Minyon Moore called Mr. Obama's remarks "a true wake-up call"' is
  // Moore's label for the remarks, not words from them.
  if (tokens[named.last > j ? named.last : j + 1]?.lower !== 'that') return null;
  let e = c.ctx.resolve(named);
  if (!e && named.kind === 'definite') e = describedEntity(c.doc, named.first, named.last, c.m);
  if (!e) return null;
  const rv = reportVerbNamed(lemma);
  return {
    entity: e,
    verb: { i: j, lemma, stance: rv?.stance ?? 'neutral', cognition: false },
    adjacent: false,
    named,
  };
}

/** A possessive, or the bare apostrophe of one after an s ('Jones' claim'). */
const isPossessiveMark = (text: string | undefined) => isPossessive(text) || text === "'" || text === '’';

/** Whether a mention is a possessive: "'s" after it, or left on its last word by wink ("Trump's and"). */
const endsPossessive = (tokens: readonly Token[], x: Mention): boolean => {
  if (isPossessiveMark(tokens[x.last]?.text)) return true;
  const t = tokens[x.last - 1];
  // (Checked by character codes: this runs for the first person of every sentence.)
  return !!t && t.cap && t.text.length > 3 && isPossessive(t.text.slice(-2));
};

function head(c: Ctx, from: number, open: number, quoteTokenFirst: number): Found | null {
  const { tokens } = c.doc;
  const floor = Math.max(from, open - ATTRIBUTION_WINDOW);
  for (let j = open - 1; j >= floor; j--) {
    if (c.quoted[j]) continue;
    // ('X told the paper he backed it, while Patients First called the order "a distraction"': a new clause
    // with a subject of its own; a verb before it is another speaker's.)
    if (
      CLAUSE_TURNS.has(tokens[j]?.lower ?? '') &&
      tokens[j - 1]?.text === ',' &&
      tokens[j + 1]?.cap &&
      j + 1 < open
    )
      return null;
    const pos = tokens[j]?.pos;
    const noun = pos === 'NOUN' || pos === 'PROPN' ? reportNounAt(c, j, quoteTokenFirst) : null;
    if (noun) return noun;
    const acc = accordingTo(tokens, j);
    if (acc !== null && acc < open) {
      // ('according to one hospital administrator, who asked not to be named, "...': an anonymous source.)
      // ('According to him, the bench had "..."': the one 'him' or 'her' refers back to.)
      const objectPronoun = tokens[acc]?.lower;
      const after =
        objectPronoun === 'him' || objectPronoun === 'her'
          ? ({
              first: acc,
              last: acc + 1,
              kind: 'pronoun',
              entity: null,
              ref: objectPronoun === 'him' ? 'he' : 'she',
            } as const)
          : mentionAfter(c.doc, c.m, acc);
      const named = after && describedUnnamed(c.doc, after, open);
      const e = c.ctx.resolve(named);
      if (e)
        return {
          entity: e,
          verb: { i: j, lemma: 'according to', stance: 'neutral', cognition: false },
          adjacent: false,
          named: naming(named),
        };
    }
    const v =
      verbAt(tokens, j) ?? labelVerbAt(c, j, quoteTokenFirst) ?? findingVerbAt(tokens, j, quoteTokenFirst);
    if (!v) continue;
    // ('according to one hospital administrator, who asked not to be named for fear of retaliation, "..."':
    // the clause that keeps a source unnamed reports nothing.)
    if (tokens[j - 1]?.lower === 'who' && REQUEST_VERBS.has(v.lemma)) continue;
    // 'said Pakistan would respond to any misadventure "with full force"': a verb after a modal tells what
    // someone will do, not what they said; the search goes on back to the verb that reports.
    if (MODALS.has(tokens[j - 1]?.lower ?? '')) continue;
    // 'has been hailed by the summit's hosts as "a turning point"': the passive's agent speaks.
    if (tokens[j + 1]?.lower === 'by' && BE_FORMS.has(tokens[j - 1]?.lower ?? '')) {
      const agent = passiveAgent(c, j + 2, quoteTokenFirst);
      if (agent) return { entity: agent.entity, verb: v, adjacent: false, named: agent.mention };
      continue;
    }
    const subject = subjectBefore(c.doc, c.m, j, Math.max(from, j - ATTRIBUTION_WINDOW));
    let named = subject;
    // ('The ministry issued a statement. The statement said the strikes targeted "terrorist camps"': the
    // document's issuer, or the body that spoke last.)
    let e =
      subject?.kind === 'document'
        ? (c.ctx.documentOf(subject.ref ?? '')?.issuer ??
          (subject.ref === 'statement' ? c.ctx.lastBody() : null))
        : (ownSubject(c, subject, from) ?? theyResolved(c, subject, from, c.ctx.resolve(subject)));
    // 'The New York businessman says of Clinton, "..."': a description that names nobody met before speaks
    // as described.
    if (!e && subject?.kind === 'definite') e = describedEntity(c.doc, subject.first, subject.last, c.m);
    // ('saying Biden "has abandoned" us': after a participle the name is who the quote is about.)
    // ('called it "awful"': after 'call' comes what is labelled.)
    if (!e && v.lemma !== 'tell' && !LABEL_LEMMAS.has(v.lemma) && !tokens[j]?.lower.endsWith('ing')) {
      // 'said Sullivan: "...' (inverted head)
      // (Only a name set off before the quotation: in 'said the Indian "occupation forces"' and 'The clip
      // says Kaine "has a passion ..."' the name is in the words reported. A pronoun there is mostly the
      // speaker: 'said she wanted to speak "directly to white people"'.)
      const after = mentionAfter(c.doc, c.m, j + 1);
      const setOff =
        after &&
        (after.kind === 'pronoun' || tokens[after.last]?.text === ',' || tokens[after.last]?.text === ':');
      if (after && setOff && after.last <= open) {
        e = c.ctx.resolve(after);
        named = after;
      }
    }
    // 'Trump attacked Clinton, saying, "..."': a participle takes the subject of its sentence; so does a
    // verb after 'and' ('Haq visited the wounded and said the Indian "occupation forces" ...').
    if (!e && (tokens[j]?.lower.endsWith('ing') || tokens[j - 1]?.lower === 'and')) {
      // ('Telesur reported that supporters celebrated, waving flags and chanting "Maduro"': the subject of
      // the clause a report verb opens, not the reporter.)
      const that = tokens[j]?.lower.endsWith('ing') ? reportedClauseStart(tokens, from, j) : -1;
      named = that >= 0 ? sentenceSubject(c, that, j) : sentenceSubject(c, from, j);
      // ('A spokesman for the company declined to comment, saying ...': the spokesman, not the company.)
      const post = named ? spokesmanFor(tokens, named.first, from) : -1;
      if (named && post >= 0) {
        const entity = describedEntity(c.doc, post, named.last, c.m);
        named = { first: post, last: named.last, kind: 'entity', entity };
      }
      e = c.ctx.resolve(named);
      // ('A spokesman for the company declined to comment, saying only that ...': a body described, not named.)
      if (!e && named?.kind === 'definite') e = describedEntity(c.doc, named.first, named.last, c.m);
      // ('The government rejected allegations by Human Rights Watch ..., calling them "baseless"': a
      // participle set off by a comma takes the sentence's opening noun phrase, though the scan names none;
      // never a speaker named inside the clause before it.)
      if (!e && tokens[j]?.lower.endsWith('ing') && tokens[j - 1]?.text === ',') {
        const end = openingPhraseEnd(tokens, from, j);
        if (end < 0) return null;
        named = { first: from, last: end, kind: 'entity', entity: describedEntity(c.doc, from, end, c.m) };
        e = named.entity;
      }
    }
    // ('Modi said the verdict showed that the people had rejected "negative politics"', 'Foreign Minister
    // Yván Gil said that Venezuela rejected "the interventionist declarations"': a country or the public
    // inside what a person said are whom the words are put to, not who chose them.)
    const outer =
      e && named && v.lemma !== 'say' && v.lemma !== 'tell' ? outerSpeaker(c, e, named, from, v) : null;
    if (outer) return { entity: outer.entity, verb: outer.verb, adjacent: false, named: outer.named };
    if (e) {
      let gap = true;
      for (let k = j + 1; k < quoteTokenFirst && gap; k++) {
        const t = tokens[k];
        if (!t) break;
        gap = t.text === ',' || t.text === ':' || PUNCT_GAP.has(t.text);
      }
      return { entity: throughCitation(c, j, open, e), verb: v, adjacent: gap, named: naming(named) };
    }
  }
  return null;
}

/**
 * Where a sentence's opening noun phrase from `from` ends ('The government' of 'The government rejected'):
 * the index of the verb after it, or -1 when the sentence does not open with one before `to`.
 */
function openingPhraseEnd(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  if (tokens[k]?.pos === 'DET') k++;
  const head = k;
  while (k < to && /^(ADJ|NOUN|PROPN)$/.test(tokens[k]?.pos ?? '')) k++;
  return k > head && /^(VERB|AUX)$/.test(tokens[k]?.pos ?? '') && sectorOfWord(tokens[k - 1]?.lower ?? '')
    ? k
    : -1;
}

/** Where the clause a report verb opens with 'that' starts, before token `to` (after `from`); -1 when none. */
function reportedClauseStart(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k > from; k--)
    if (
      tokens[k]?.lower === 'that' &&
      verbAt(tokens, k - 1) &&
      !/^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')
    )
      return k + 1;
  return -1;
}

/** The public named as a crowd, whose 'rejection' a speaker reports rather than quotes. */
const PUBLIC_GROUPS = new Set(['people', 'voters', 'citizens', 'electorate', 'public', 'nation']);

/**
 * The person who said what a clause holding the quotation reports, when the clause's own subject `e` (named
 * at `named`) is a country or the public: an earlier 'said' or 'told' of the sentence with a person as its
 * subject. Null otherwise.
 */
function outerSpeaker(
  c: Ctx,
  e: Entity,
  named: Mention,
  from: number,
  inner: Verb,
): { entity: Entity; verb: Verb; named: Mention | null } | null {
  const { tokens } = c.doc;
  const publicGroup = PUBLIC_GROUPS.has(tokens[named.last - 1]?.lower ?? '');
  // ('He added that the party expected "a landslide"', 'Jane Doe said the company hoped for "a quick
  // recovery"': what someone is said to expect or hope states no words of theirs; the one saying so chose them.)
  if (!isCountryEntity(e) && !publicGroup && !inner.cognition) return null;
  for (let k = named.first - 1; k >= from; k--) {
    if (c.quoted[k]) return null;
    const v = verbAt(tokens, k);
    if (!v || (v.lemma !== 'say' && v.lemma !== 'tell' && v.lemma !== 'add')) continue;
    const subject = subjectBefore(c.doc, c.m, k, from);
    const who = c.ctx.resolve(subject);
    // ('Trump said he thought it a "very, very big factor"': the same person either way; the inner verb stays.)
    // ('A Chinese diplomat, speaking on condition of anonymity, said Beijing had proposed "..."': an
    // anonymous source's words too.)
    // ('Critics said Israel called the strike "a mistake"': a label is its caller's, whoever reports it.)
    return (who?.type === 'person' || (who?.type === 'anonymous' && !LABEL_LEMMAS.has(inner.lemma))) &&
      who !== e
      ? { entity: who, verb: v, named: naming(subject) }
      : null;
  }
  return null;
}

/**
 * Who is asked by the verb at `k` ('asked him', 'asked Biden'), when it is a person other than the asker
 * `asker`; null otherwise. A pronoun resolves without learning a gender from it.
 */
function addresseeAt(c: Ctx, k: number, asker: Entity): Entity | null {
  const next = c.doc.tokens[k + 1];
  if (!next) return null;
  let e: Entity | null = null;
  if (next.lower === 'him' || next.lower === 'her') {
    const ref = next.lower === 'him' ? 'he' : 'she';
    e = c.ctx.resolve({ first: k + 1, last: k + 2, kind: 'pronoun', entity: null, ref }, false);
  } else {
    const m = c.m.list[c.m.at[k + 1] ?? -1];
    if (m?.first === k + 1 && m.kind === 'entity') e = c.ctx.resolve(m);
  }
  return e && e !== asker && e.type === 'person' ? e : null;
}

/**
 * `e`, what 'they' at `m` resolved to from earlier sentences, unless a plural noun earlier in the sentence
 * (from `from`) may be what it stands for instead ('criticized by conservatives for what they call her
 * "crusade"' is no word of the court cited a sentence before): then null, unknown rather than wrong.
 */
function theyResolved(c: Ctx, m: Mention | null, from: number, e: Entity | null): Entity | null {
  if (!e || m?.kind !== 'pronoun' || m.ref !== 'they') return e;
  const { tokens } = c.doc;
  for (let k = from; k < m.first; k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'NOUN' || t.lemma === t.lower || !t.lower.endsWith('s')) continue;
    const x = c.m.list[c.m.at[k] ?? -1];
    if (x?.entity !== e) return null;
  }
  return e;
}

/**
 * 'Donald Trump, her Republican opponent, ... said he thought drugs were a "very, very big factor"': a 'he'
 * or 'she' after the sentence's own subject (from `from`), a person not known to be of the other sex, is
 * that subject, whoever the text named before the sentence. Null when the sentence has no such subject.
 */
function ownSubject(c: Ctx, m: Mention | null, from: number): Entity | null {
  // ('India launched strikes on what it called "terrorist infrastructure"': 'it' is the sentence's own
  // subject, a body or country, before anything the text named earlier.)
  if (m?.kind === 'pronoun' && m.ref === 'it') {
    const x = sentenceSubject(c, from, m.first);
    const e = x?.kind === 'entity' ? x.entity : null;
    return e?.type === 'organisation' && !e.plural ? e : null;
  }
  if (m?.kind !== 'pronoun' || (m.ref !== 'he' && m.ref !== 'she')) return null;
  // ('Schumer, he told The Daily Signal, is "terrified of his own base"': a name set off before a
  // parenthetical 'he told' is whom the words are about; the pronoun is someone met before.)
  const { tokens } = c.doc;
  if (tokens[m.first - 1]?.text === ',' && c.m.list[c.m.at[m.first - 2] ?? -1]?.first === from) return null;
  const other = m.ref === 'he' ? 'f' : 'm';
  // ('"My adviser, John Holdren, ...," he said': a name inside a quotation is no subject of the sentence.)
  const e = subjectPerson(c, openingClauseEnd(c.doc.tokens, from, m.first), m.first, true, true);
  return e && e.gender !== other ? e : null;
}

/**
 * The person the stretch [from, to) opens with, as its subject: the first one named before any verb, a
 * possessive passed over ("Mrs. Clinton's tax proposals offer"; a word inside a name is no verb, whatever
 * wink tagged it: 'Fed Chair Margaret Lindqvist'). A quotation is passed over, or with `stopAtQuote` ends the
 * search; with `singular` plural people are passed over. Null when there is none.
 */
function subjectPerson(
  c: Ctx,
  from: number,
  to: number,
  stopAtQuote: boolean,
  singular: boolean,
): Entity | null {
  const { tokens } = c.doc;
  for (let k = from; k < to; k++) {
    if (c.quoted[k]) {
      if (stopAtQuote) return null;
      continue;
    }
    const x = c.m.list[c.m.at[k] ?? -1];
    if (x?.kind === 'entity' && x.entity?.type === 'person' && !(singular && x.entity.plural)) {
      if (endsPossessive(tokens, x)) {
        k = x.last;
        continue;
      }
      return x.entity;
    }
    const t = tokens[k];
    if (!x && (t?.pos === 'VERB' || t?.pos === 'AUX')) return null;
  }
  return null;
}

/** Modal verbs: a report verb after one tells what someone would do ('would respond'), not what they said. */
const MODALS = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', "'ll", 'shall']);

/** Forms of 'be' right before a passive participle ('was hailed', 'has been described'). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);

/**
 * A report verb in the passive ('was hastily declared the winner', 'were told to leave'): its subject is what
 * was declared or who was told, not the one who spoke. ('has been saying' is active.)
 */
function passiveAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower.endsWith('ing')) return false;
  let j = k - 1;
  while (j > k - 3 && tokens[j]?.pos === 'ADV') j--;
  return BE_FORMS.has(tokens[j]?.lower ?? '');
}

/**
 * The agent of a passive report verb, starting at `k` (after 'by') and ending before 'as' or the quotation:
 * a mention there, or the description itself ('the summit's hosts'); null when neither.
 */
function passiveAgent(
  c: Ctx,
  k: number,
  quoteTokenFirst: number,
): { entity: Entity; mention: Mention } | null {
  const { tokens } = c.doc;
  const named = mentionAfter(c.doc, c.m, k);
  const e = named ? c.ctx.resolve(named) : null;
  if (named && e && named.last <= quoteTokenFirst) return { entity: e, mention: named };
  // A description up to 'as': nouns, adjectives, possessives.
  let end = k;
  while (end < quoteTokenFirst && end < k + 6 && tokens[end]?.lower !== 'as') end++;
  const head = tokens[end - 1];
  if (tokens[end]?.lower !== 'as' || !head || head.pos !== 'NOUN') return null;
  const entity = describedEntity(c.doc, k, end, c.m);
  return { entity, mention: { first: k, last: end, kind: 'definite', entity: null, ref: head.lower } };
}

/** Words that open a clause set against the one before: its speaker is not the earlier quotation's. */
const CLAUSE_TURNS = new Set(['but', 'while', 'whereas', 'although', 'though', ';']);

/** How far an opening participle clause may run before its comma. */
const OPENING_CLAUSE_REACH = 25;

/** Prepositions that may open a sentence with where or when (wink tags 'Outside' an adjective there). */
const OPENING_PREPOSITIONS = new Set([
  'outside',
  'inside',
  'in',
  'at',
  'after',
  'before',
  'despite',
  'unlike',
  'beyond',
  'across',
  'within',
  'during',
  'since',
  'amid',
  'following',
]);

/** How far an opening phrase of where or when may run before its comma, with `placeOnly`. */
const OPENING_PHRASE_REACH = 12;

/**
 * Where a sentence's main clause starts after an opening participle clause ('Asked whether ..., ', 'Speaking
 * to reporters, '): the token after its comma; `first` when the sentence opens otherwise. With `placeOnly`,
 * only a phrase of where or when that opens its sentence and holds no verb ('Outside the United States, the
 * World Health Organization said'), which may be all a subject search may pass over.
 */
function openingClauseEnd(tokens: readonly Token[], first: number, last: number, placeOnly = false): number {
  const t = tokens[first];
  if (placeOnly) {
    if (!t || !OPENING_PREPOSITIONS.has(t.lower) || tokens[first - 1]?.sentence === t.sentence) return first;
  }
  // (And an opening phrase after a preposition: 'On The Steve Harvey Morning Show on Tuesday, Clinton ...'.)
  else if (t?.pos !== 'ADP' && (t?.pos !== 'VERB' || !/(ed|ing)$/.test(t.lower))) return first;
  const reach = placeOnly ? OPENING_PHRASE_REACH : OPENING_CLAUSE_REACH;
  for (let k = first + 1; k < last && k < first + reach; k++) {
    const w = tokens[k];
    if (placeOnly && (!w || w.sentence !== t?.sentence || w.pos === 'VERB' || w.pos === 'AUX')) return first;
    if (w?.text === ',') return k + 1;
  }
  return first;
}

/** Whether a person other than `e` is named in tokens [from, to). */
function otherPersonBefore(m: Mentions, from: number, to: number, e: Entity): boolean {
  for (let k = from; k < to; k++) {
    const x = m.list[m.at[k] ?? -1];
    if (x?.kind === 'entity' && x.entity && x.entity !== e && x.entity.type === 'person') return true;
  }
  return false;
}

function kindOf(
  doc: AnalysisDoc,
  q: QuoteSpan,
  found: Found | null,
  words: number,
  sentenceStart: boolean,
): QuoteKind {
  // 'known as "bunker busters"', 'the so-called "peace plan"': a term held at a distance, nobody's words.
  if (namingBefore(doc.text, q.open)) return 'scare';
  // 'as she called them, "Manchurian anchors"': a label is a fragment of the speaker's words.
  if (found?.entity && LABEL_LEMMAS.has(found.verb?.lemma ?? '')) return 'partial';
  if (sentenceStart) return 'direct';
  const before = charBefore(doc, q);
  if (before === ':') return 'direct';
  const upper = /[\p{Lu}"“‘]/u.test(doc.text[q.start] ?? '');
  // 'X said, "We will win."' / 'X says of Y, "If she ..."': a full sentence handed over after a comma.
  if (found?.entity && upper && (before === ',' || found.adjacent)) return 'direct';
  if (upper && before === ',' && verbJustBefore(doc, q)) return 'direct';
  // ',” the report says' after a lowercase start still closes a full clause of the speaker (not words set
  // inside the writer's own clause: 'the requirement is a "lawful source of income," as a memo put it').
  if (
    found?.entity &&
    found.adjacent &&
    found.verb &&
    (doc.tokens[found.verb.i]?.start ?? 0) > q.end &&
    (!/\p{L}/u.test(before) || reportedClauseBefore(doc, q))
  )
    return 'direct';
  if (found?.entity) return 'partial';
  // ('carrying signs reading "Families Belong Together."': the marchers' slogan.)
  if (signBefore(doc.text, q.open)) return 'partial';
  return words <= 4 ? 'scare' : 'partial';
}

/** Words a title in quotation marks follows: 'the film "13th"', 'his book "The Art of the Deal"'. */
const WORK_NOUNS = new Set([
  'film',
  'movie',
  'book',
  'novel',
  'memoir',
  'show',
  'series',
  'programme',
  'program',
  'documentary',
  'song',
  'album',
  'play',
  'musical',
  'podcast',
  'episode',
  'column',
  'newsletter',
  'titled',
  'entitled',
]);
/** Lowercase words a title may hold after its first word ('The Art of the Deal'). */
const WORK_TITLE_GLUE = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
]);

/**
 * A title: at most eight words, all capitalised (or numbers, or glue after the first), right after a word for
 * a work ('the documentary "13th"') or an outlet's possessive ('NBC's "Nightly News"').
 */
function titleKind(
  doc: AnalysisDoc,
  m: Mentions,
  q: QuoteSpan,
  first: number,
  last: number,
): 'work' | 'outlet' | null {
  const { tokens } = doc;
  let words = 0;
  const end = q.close >= 0 ? last - 1 : last;
  for (let k = first + 1; k < end; k++) {
    const t = tokens[k];
    if (!t) return null;
    const d = t.text.charCodeAt(0);
    const digits = d >= 48 && d <= 57; // '13th' is an ordinal to wink, not a word
    if (!t.isWord && !digits) {
      if (/^[.,!?:'’-]$/.test(t.text)) continue;
      return null;
    }
    if (++words > 8) return null;
    if (!(digits || isCap(t) || (words > 1 && WORK_TITLE_GLUE.has(t.lower)))) return null;
  }
  const prev = tokens[first - 1];
  if (!words || !prev || prev.block !== q.block) return null;
  // 'the documentary "13th"'
  if (WORK_NOUNS.has(prev.lower)) return 'work';
  // '"Fire and Fury," a book about the White House': the work named right after the title.
  let a = last;
  if (tokens[a]?.text === ',') a++;
  const art = tokens[a]?.lower;
  if (
    (art === 'a' || art === 'an' || art === 'the' || art === 'his' || art === 'her' || art === 'their') &&
    tokens[a]?.block === q.block
  ) {
    for (let k = a + 1; k < a + 4; k++) {
      const t = tokens[k];
      if (!t || (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'NUM')) break;
      if (WORK_NOUNS.has(t.lower)) return 'work';
    }
  }
  // '... of "The Steve Harvey Morning Show"', 'his 2002 book, "Make Your Kid a Millionaire,"'
  if ((prev.lower === 'of' || prev.text === ',') && WORK_NOUNS.has(tokens[first - 2]?.lower ?? ''))
    return 'work';
  if (prev.text !== "'s" && prev.text !== '’s') return null;
  return m.list[m.at[first - 2] ?? -1]?.entity?.outlet ? 'outlet' : null;
}

/** A report verb among the few words before the quotation ('the announcer said, "It is 3 a.m."'). */
function verbJustBefore(doc: AnalysisDoc, q: QuoteSpan): boolean {
  const open = tokenAt(doc, q.open, q.block);
  for (let k = open - 1; k >= Math.max(0, open - 5); k--) {
    if (doc.tokens[k]?.block !== q.block) return false;
    if (verbAt(doc.tokens, k)) return true;
  }
  return false;
}

/**
 * Whether the words before the opening mark, in its sentence, open a reported clause that the quotation
 * completes ('Senior US officials believe that cluster munitions "could be ...," the report says').
 */
function reportedClauseBefore(doc: AnalysisDoc, q: QuoteSpan): boolean {
  const { tokens } = doc;
  const open = tokenAt(doc, q.open, q.block);
  const sentence = tokens[open]?.sentence;
  for (let k = open - 1; k > 0 && k >= open - 12 && tokens[k]?.sentence === sentence; k--)
    if (tokens[k]?.lower === 'that' && verbAt(tokens, k - 1)) return true;
  return false;
}

/** The index of the last sentence of block `b`. */
function lastSentenceOf(doc: AnalysisDoc, b: number): number {
  const block = doc.blocks[b];
  return block && block.last > block.first ? (doc.tokens[block.last - 1]?.sentence ?? -1) : -1;
}

/** Whether the quotation is its paragraph: the mark opens the line and only punctuation follows its close. */
function wholeBlockQuote(doc: AnalysisDoc, q: QuoteSpan): boolean {
  const block = doc.blocks[q.block];
  if (!block || q.close < 0 || doc.text.slice(block.start, q.open).trim()) return false;
  if (/[\p{L}\p{N}]/u.test(doc.text.slice(q.close + 1, block.end))) return false;
  // ('"Legend in the Coal Fields."': a section title in quotation marks, in title case, is nobody's words.)
  return !titleCase(doc.text.slice(q.start, q.end), 1);
}

/** The last non-space character before the opening mark, within its line ('' at the line start). */
function charBefore(doc: AnalysisDoc, q: QuoteSpan): string {
  const start = doc.blocks[q.block]?.start ?? 0;
  let p = q.open - 1;
  while (p >= start && isSpace(doc.text.charCodeAt(p))) p--;
  return p >= start ? (doc.text[p] ?? '') : '';
}

/** Starts a sentence: nothing but spaces, or the end of the previous sentence or a colon, before the mark. */
function atSentenceStart(doc: AnalysisDoc, q: QuoteSpan): boolean {
  const block = doc.blocks[q.block];
  let p = q.open - 1;
  while (p >= (block?.start ?? 0) && isSpace(doc.text.charCodeAt(p))) p--;
  if (p < (block?.start ?? 0)) return true;
  const c = doc.text[p] ?? '';
  if (/[.!?:]/.test(c)) return true;
  return /["”’]/.test(c) && /[.!?]/.test(doc.text[p - 1] ?? '');
}

/**
 * The `quoted` marks, reused from document to document: a new typed array (or a view of one) per document
 * costs microseconds. Marks are only ever tested for truth, and past the document's tokens they stay 0.
 */
let quotedScratch = new Uint8Array(4096);
/** How far the last document's marks may reach. */
let quotedUsed = 0;

/** Zeroed marks for `n` tokens (and 0 beyond them). */
function quotedMarks(n: number): Uint8Array {
  if (quotedScratch.length < n) quotedScratch = new Uint8Array(Math.max(n, quotedScratch.length * 2));
  else quotedScratch.fill(0, 0, Math.max(n, quotedUsed));
  quotedUsed = n;
  return quotedScratch;
}

/** The statements of a document, one per speaker per sentence (sentences come in order). */
class Statements {
  readonly list: Statement[] = [];
  constructor(private readonly setting: string | null) {}
  /** The names that spoke in `sentence`: the first `count` of `names`. */
  private sentence = -1;
  private readonly names: string[] = [];
  private count = 0;

  add(e: Entity, sentence: number, start: number, end: number, verb: string | null, direct: boolean): void {
    if (sentence !== this.sentence) {
      this.sentence = sentence;
      this.count = 0;
    }
    for (let k = 0; k < this.count; k++) if (this.names[k] === e.name) return;
    if (e.outlet) return;
    this.names[this.count++] = e.name;
    this.list.push({ start, end, speaker: speakerOf(e, this.setting), verb, direct });
  }
}

/** Whether the statements are already in order of their start. */
function byStart(statements: readonly Statement[]): boolean {
  for (let k = 1; k < statements.length; k++)
    if ((statements[k - 1] as Statement).start > (statements[k] as Statement).start) return false;
  return true;
}

/** text.slice(from, to).trimEnd().endsWith(':') without the copies. */
function endsWithColon(text: string, from: number, to: number): boolean {
  let p = to - 1;
  while (p >= from && isSpace(text.charCodeAt(p))) p--;
  return p >= from && text.charCodeAt(p) === 58;
}

export const detectQuotes: Detector = (doc) => {
  const m = mentionsOf(doc);
  const spans = findQuoteSpans(doc);
  const { tokens } = doc;
  const quoted = quotedMarks(tokens.length);
  const qTok = spans.map((q) => {
    const first = tokenAt(doc, q.open, q.block);
    const last =
      q.close >= 0
        ? tokenAt(doc, q.close + 1, q.block)
        : tokenAt(doc, doc.blocks[q.block]?.end ?? q.end, q.block);
    quoted.fill(1, first, last);
    return { first, last };
  });
  const c: Ctx = { doc, m, ctx: new Context(), quoted, subjects: new Map() };
  const quotes: Quote[] = [];
  const chains: number[] = [];
  const said = new Statements(m.setting);
  const statements = said.list;
  const chainSpeaker = new Map<number, { entity: Entity; verb: Verb | null }>();
  let prevQuote: {
    entity: Entity | null;
    verb: Verb | null;
    block: number;
    sentence: number;
    kind: QuoteKind;
    /** Token after the closing mark. */
    after: number;
    /** The quoted words end in a comma: the sentence goes on after the attribution. */
    comma: boolean;
  } | null = null;
  /** Who made the last statement of the sentence before ('Holbrooks said he was not blaming parents.'). */
  let lastSaid: { entity: Entity; sentence: number; block: number } | null = null;
  let qi = 0;
  const usedVerbs = new Set<number>();
  const named: SpeakerMentionFinding[] = [];
  /** A speaker the text names at `mention`, attributed with the verb at token `verb` (or written `as`). */
  const cite = (said: Mention | null, entity: Entity, verb: number | null, as?: string) => {
    // A speaker referred to by a pronoun is cited where the text named them, and so is the issuer of a
    // document ('The ministry issued a statement. "...," the statement said.': at 'The ministry').
    const mention =
      said?.kind === 'pronoun'
        ? namedBefore(m, said, entity)
        : said?.kind === 'document'
          ? (documentNamed(c.ctx.documentOf(said.ref ?? ''), entity) ?? namedBefore(m, said, entity))
          : said;
    if (mention)
      named.push({
        first: mention.first,
        last: mention.last,
        entity: mention.entity ?? entity,
        verb: as ?? (verb === null ? null : (tokens[verb]?.lower ?? null)),
      });
  };

  /** The entity a mention at token `k` stands for, outside quotations. */
  const unquotedEntity = (k: number) => (quoted[k] ? null : m.list[m.at[k] ?? -1]?.entity);
  for (const s of doc.sentences) {
    const notesBefore = c.ctx.notes;
    let sentenceSpeaker: Entity | null = null;
    const kind = doc.blockKinds[s.block];
    if (kind === 'credit' || kind === 'boilerplate') {
      while (qi < spans.length && (qTok[qi]?.first ?? 0) < s.last) qi++;
      continue;
    }
    // Quotes opening in this sentence.
    while (qi < spans.length && (qTok[qi]?.first ?? Infinity) < s.last) {
      const q = spans[qi] as QuoteSpan;
      const { first, last } = qTok[qi] as { first: number; last: number };
      qi++;
      const endSentence = doc.sentences[tokens[Math.max(first, last - 1)]?.sentence ?? s.i] ?? s;
      const nextSentence = doc.sentences[endSentence.i + 1];
      const tailEnd =
        nextSentence &&
        nextSentence.block === endSentence.block &&
        q.close >= 0 &&
        (ASKS_OR_EXCLAIMS.has(doc.text[q.end - 1] ?? '') || LONG_DASHES.has(tokens[last]?.text ?? '')) &&
        !SUBJECT_PRONOUNS.has(tokens[last]?.text ?? '') &&
        (tokens[last]?.start ?? 0) >= nextSentence.start
          ? nextSentence.last
          : endSentence.last;
      let found = null as Found | null;
      if (q.close >= 0) found = tail(c, last, tailEnd, s.first, first);
      // '... Strelnikov said Moscow would "continue ...," according to the Interfax news agency': the outlet
      // reports what the speaker before the quotation said.
      // ('Duterte has warned that ... a war it "cannot win," local media reported': so does 'reported'.)
      if (found?.entity?.outlet && (found.verb?.lemma === 'according to' || found.verb?.lemma === 'report')) {
        const said = head(c, s.first, first, first + 1);
        if (said?.entity && !said.entity.outlet) found = said;
      }
      found ??= head(c, s.first, first, first + 1);
      const sentenceStart = atSentenceStart(doc, q);
      // 'X said:' closing the sentence before.
      if (!found && sentenceStart) {
        const prev = doc.sentences[s.i - 1];
        if (prev && endsWithColon(doc.text, prev.start, prev.end)) {
          const h = head(c, prev.first, prev.last - 1, prev.last);
          if (h) found = { ...h, adjacent: true };
        }
      }
      // A later part of a multi-paragraph quotation, or the next quote of the same paragraph ('"…," he said. "…"').
      if (!found?.entity) {
        const ch = chainSpeaker.get(q.chain);
        if (ch) found = { entity: ch.entity, verb: ch.verb, adjacent: true, named: null };
        else if (
          sentenceStart &&
          prevQuote?.entity &&
          (prevQuote.block === q.block
            ? prevQuote.sentence >= s.i - 2
            : // ('"This was a shelter," she said.' then a paragraph that is one quotation and nothing else:
              // the same speaker goes on, as news paragraphs do.)
              prevQuote.block === q.block - 1 &&
              prevQuote.sentence === lastSentenceOf(doc, prevQuote.block) &&
              wholeBlockQuote(doc, q))
        )
          found = {
            entity: prevQuote.entity,
            // (A paragraph of its own is no label the verb before named: 'called it "outrageous."')
            verb: prevQuote.block === q.block ? prevQuote.verb : null,
            adjacent: true,
            named: null,
          };
      }
      // ('Holbrooks said he was not blaming parents. "Nobody sat down with them."': a quotation that is a
      // sentence of its own goes on from the person who spoke in the sentence before, in this paragraph or
      // closing the one before.)
      if (
        !found?.entity &&
        sentenceStart &&
        q.close >= 0 &&
        lastSaid?.sentence === s.i - 1 &&
        (lastSaid.block === q.block || (lastSaid.block === q.block - 1 && wholeBlockQuote(doc, q))) &&
        /[.!?]/.test(doc.text.slice(q.end - 2, q.end))
      )
        found = { entity: lastSaid.entity, verb: null, adjacent: true, named: null };
      // Non-adjacent attribution later in the sentence: '“actively considering” …, Politico reported, citing sources'.
      if (!found?.entity && q.close >= 0) {
        const stop = Math.min(tailEnd, last + ATTRIBUTION_WINDOW);
        for (let k = last; k < stop && !found?.entity; k++) {
          if (quoted[k]) continue;
          // '..., but campaigners warned', '..., while Turkey's President described': another clause, with a
          // speaker of its own.
          if (CLAUSE_TURNS.has(tokens[k]?.lower ?? '')) break;
          const v = verbAt(tokens, k);
          if (!v || v.cognition) continue;
          const subj = subjectBefore(doc, m, k, last);
          const e = c.ctx.resolve(subj);
          if (e)
            found = {
              entity: throughCitation(c, k, tailEnd, e),
              verb: v,
              adjacent: false,
              named: naming(subj),
            };
        }
      }
      let words = 0;
      for (let k = first; k < last; k++) if (tokens[k]?.isWord) words++;
      const entity: Entity | null = found?.entity ?? null;
      let qKind = kindOf(doc, q, found, words, sentenceStart);
      // '"We will," Zelensky said, "never give up."': the second half of a quotation split by its
      // attribution is as direct as the first.
      if (
        qKind === 'partial' &&
        prevQuote?.kind === 'direct' &&
        prevQuote.comma &&
        prevQuote.block === q.block &&
        first - prevQuote.after <= 8 &&
        tokens[first - 1]?.text === ','
      )
        qKind = 'direct';
      const speaker: Entity | null = qKind === 'scare' ? null : entity;
      // A work's or a programme's title in quotation marks is a name, not anyone's words held at a distance
      // (after a word for a work, even with a speaker nearby; after an outlet's possessive, when nobody speaks).
      const title = titleKind(doc, m, q, first, last);
      if (title === 'work' || (title === 'outlet' && !speaker)) continue;
      if (speaker) {
        if (found?.verb) usedVerbs.add(found.verb.i);
        const verb = found?.verb;
        cite(
          found?.named ?? null,
          speaker,
          verb?.i ?? null,
          verb?.lemma === 'according to' ? 'according to' : undefined,
        );
        noteBodiesWithin(c, found?.named ?? null, speaker);
        c.ctx.note(speaker);
        sentenceSpeaker = speaker;
        chainSpeaker.set(q.chain, { entity: speaker, verb: found?.verb ?? null });
        said.add(speaker, s.i, q.start, q.end, found?.verb?.lemma ?? null, true);
      }
      chains.push(q.chain);
      quotes.push({
        start: q.start,
        end: q.end,
        text: doc.text.slice(q.start, q.end),
        kind: qKind,
        speaker: speaker ? speakerOf(speaker, m.setting) : null,
        verb: speaker && found?.verb ? (tokens[found.verb.i]?.text ?? found.verb.lemma) : null,
        verbStance: speaker && found?.verb ? found.verb.stance : null,
        words,
      });
      prevQuote = {
        entity: speaker,
        verb: found?.verb ?? null,
        block: q.block,
        sentence: endSentence.i,
        kind: qKind,
        after: last,
        comma: doc.text[q.end - 1] === ',',
      };
    }
    // Indirect statements: report verbs outside quotations with a resolvable subject ('Kahl said that ...').
    if (kind === 'body') {
      for (let k = s.first; k < s.last; k++) {
        const tk = tokens[k];
        // Only verbs and 'according' can attribute: skip everything else before any call.
        if (
          !tk ||
          quoted[k] ||
          (tk.pos !== 'VERB' && tk.lemma !== 'say' && tk.lemma !== 'tell' && tk.lower !== 'according')
        )
          continue;
        const acc = accordingTo(tokens, k);
        let e: Entity | null = null;
        let verb: string | null = null;
        let subjectNamed: Mention | null = null;
        if (acc !== null) {
          subjectNamed = mentionAfter(doc, m, acc);
          e = c.ctx.resolve(subjectNamed);
          // ('according to the county health department' with none named before: the description.)
          if (!e && subjectNamed?.kind === 'definite' && sectorOfWord(subjectNamed.ref ?? ''))
            e = describedEntity(doc, subjectNamed.first, subjectNamed.last, m);
          verb = 'according to';
        } else {
          const v = verbAt(tokens, k);
          if (!v || v.cognition || usedVerbs.has(k) || passiveAt(tokens, k)) continue;
          const floor = Math.max(s.first, k - ATTRIBUTION_WINDOW);
          const subject = subjectBefore(doc, m, k, floor);
          // ('if Moscow continues to reject a truce': what someone would do if, no statement.)
          if (subject && CONDITIONALS.has(tokens[subject.first - 1]?.lower ?? '')) continue;
          // ('said Beijing had proposed', 'said the CDC had asked': what another reports someone did.)
          if (
            subject &&
            v.lemma !== 'say' &&
            v.lemma !== 'tell' &&
            reportedClauseOpens(tokens, subject.first)
          )
            continue;
          // 'Warren told Stumpf, after he admitted ...': a pronoun in a sentence that has already named
          // someone else could be either of them, so it attributes nothing here, and what it would resolve
          // to does not learn the pronoun's gender (a wrong 'he' would send every later 'she' elsewhere).
          if (subject?.kind === 'pronoun') {
            const r = theyResolved(c, subject, s.first, c.ctx.resolve(subject, false));
            e = r && !otherPersonBefore(m, s.first, subject.first, r) ? r : null;
            subjectNamed = subject;
          } else {
            e = c.ctx.resolve(subject);
            // 'The company said ...' with no company named before: the description is the speaker.
            if (!e && subject?.kind === 'definite') e = describedEntity(doc, subject.first, subject.last, m);
            subjectNamed = subject;
          }
          // ('Debates rarely alter a race, noted NBC's Dante Chinni.': the subject after the verb that ends
          // the clause.)
          if (!e && tokens[k - 1]?.text === ',') {
            const after = mentionAfter(doc, m, k + 1);
            const end = tokens[after?.last ?? -1]?.text;
            if (after?.kind === 'entity' && (end === '.' || end === ',')) {
              e = c.ctx.resolve(after);
              subjectNamed = after;
            }
          }
          e = throughCitation(c, k, s.last, e);
          verb = v.lemma;
        }
        if (!e) continue;
        // 'A reporter asked him whether ... "Not at all," he said.': the one asked answers next.
        const asked = verb === 'ask' ? addresseeAt(c, k, e) : null;
        noteBodiesWithin(c, subjectNamed, e);
        c.ctx.note(e);
        sentenceSpeaker = e;
        if (asked) c.ctx.note(asked);
        cite(naming(subjectNamed), e, k, acc === null ? undefined : 'according to');
        const t = tokens[k];
        said.add(e, s.i, t?.start ?? s.start, s.end, verb, false);
      }
    }
    if (kind === 'body') noteDocuments(c, s.first, s.last, sentenceSpeaker);
    // (A person: 'The army denied it.' before a paragraph of quotation is not who goes on speaking.)
    if (sentenceSpeaker?.type === 'person')
      lastSaid = { entity: sentenceSpeaker, sentence: s.i, block: s.block };
    // The subject of the sentence is who 'he' or 'she' most likely means next (after an opening participle
    // clause: 'Asked about the president's comments, Fed Chair Margaret Lindqvist declined to respond').
    const opened = openingClauseEnd(tokens, s.first, s.last);
    const subject = subjectPerson(c, opened, s.last, false, false);
    // The first person of the other sex the sentence names comes just before it, so a 'he' after 'Jane Roe
    // met John Doe.' finds John Doe, not a man named sentences earlier.
    const sex = subject && !subject.plural ? subject.gender : null;
    if (sex) {
      for (let k = opened; k < s.last; k++) {
        const e = unquotedEntity(k);
        if (e?.type === 'person' && !e.plural && e.gender && e.gender !== sex) {
          c.ctx.note(e);
          break;
        }
      }
    }
    if (subject) {
      c.ctx.note(subject);
      // ('Lai had "betrayed compatriots," Zhu said. "...," she said.': a person who speaks in the sentence
      // stays before the reader over the subject of what they said.)
      if (sentenceSpeaker && sentenceSpeaker !== subject && sentenceSpeaker.type === 'person')
        c.ctx.note(sentenceSpeaker);
    } else if (c.ctx.notes === notesBefore) {
      // 'Among them was Margaret Pryce, 74, a retired schoolteacher.': a sentence with no person as its
      // subject and no speaker still puts the last person it names before the reader.
      let last: Entity | null = null;
      for (let k = s.first; k < s.last; k++) {
        const e = unquotedEntity(k);
        // (Only someone the text says more of than a capitalised pair, a sex or a post: 'Moore & Van Allen'
        // is a law firm, 'Erikson Prize' a prize.)
        if (e?.type === 'person' && !e.plural && (e.gender || e.roles.length)) last = e;
      }
      if (last) c.ctx.note(last);
    }
  }
  // The first paragraphs of a multi-paragraph quotation take the speaker named in a later one.
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k] as Quote;
    if (q.speaker || q.kind === 'scare') continue;
    const ch = chainSpeaker.get(chains[k] ?? -1);
    if (ch) {
      q.speaker = speakerOf(ch.entity, m.setting);
      q.verb = ch.verb ? (tokens[ch.verb.i]?.text ?? ch.verb.lemma) : null;
      q.verbStance = ch.verb?.stance ?? null;
    }
  }
  // Statements come nearly in order; sorting (stable) changes nothing when they already are.
  if (!byStart(statements)) statements.sort((x, y) => x.start - y.start);
  // One plain loop per kind: an array made by map and then pushed to changed shape and kept deoptimising this.
  const findings: Finding[] = [];
  for (const value of quotes) findings.push({ kind: 'quote', value });
  for (const value of statements) findings.push({ kind: 'statement', value });
  for (const value of named) findings.push({ kind: 'speaker-mention', value });
  return findings;
};
