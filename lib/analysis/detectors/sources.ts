import { outletNamed } from '@/lib/lexicons/gazetteer';
import { reportVerbOf } from '@/lib/lexicons/report-verbs';
import {
  accordingTo,
  countryAsPlace,
  describedHeadBefore,
  forPartAt,
  isAgency,
  isStanceVerb,
  OBJECT_PREPOSITIONS,
  placeNounEnd,
  relativeWhoBefore,
  reportedClauseOpens,
  verbAt,
} from '../attribution';
import { countryOfWord } from '../camps';
import type { AnalysisDoc, Detector, Finding, SourceMentionFinding } from '../detector';
import { insideQuotes } from '../reported-speech';
import { plainEntity } from '../speaker-entities';
import { CALENDAR_WORDS, CONDITIONALS, isPossessive, OUTLET_REFS } from '../speaker-words';
import {
  DATELINE_DASHES,
  type Entity,
  inSetting,
  isCountryEntity,
  type Mention,
  type Mentions,
  mentionsOf,
  relayedBy,
} from '../speakers';
import type { Token } from '../tokenize';
import type { SourceType } from '../types';

const SKIP = new Set([
  'has',
  'have',
  'had',
  'also',
  'earlier',
  'later',
  'then',
  'would',
  'will',
  'did',
  'once',
  'again',
  'strongly',
  'further',
  'recently',
  'publicly',
  'repeatedly',
  'previously',
  'both',
]);
const REPORTING_NOUNS = new Set([
  'teams',
  'team',
  'reporters',
  'reporter',
  'journalists',
  'journalist',
  'correspondent',
  'correspondents',
  'crew',
  'investigation',
  'analysis',
  'reporting',
  'report',
  'poll',
  'survey',
  'footage',
  'interview',
]);
/** Verbs of making figures public: 'released by', 'published by' the body that made them. */
const PUBLISHED = new Set([
  'released',
  'published',
  'issued',
  'compiled',
  'conducted',
  'provided',
  'collected',
  // 'video reviewed by The Philadelphia Inquirer', 'documents obtained by the Guardian', 'a letter seen by
  // Reuters': what the outlet has checked is its reporting, cited.
  'reviewed',
  'obtained',
  'seen',
  // ('Residents interviewed by ERINA said': the outlet that reached the people who speak is cited, silent.)
  'interviewed',
  'contacted',
  'consulted',
  'reached',
  'surveyed',
  'polled',
  'verified',
  'analysed',
  'analyzed',
  // ('a statement carried by Xinhua': the outlet that ran the words.)
  'carried',
]);
/** What a body publishes: 'data from', 'figures from', 'a study by'. */
const DATA_NOUNS = new Set([
  'data',
  // ('Polling by Ipsos found'.)
  'polling',
  'research',
  'figures',
  'statistics',
  'numbers',
  'study',
  'survey',
  'poll',
  'estimates',
  'count',
  'tally',
  'analysis',
  'assessment',
  'audit',
  'projection',
  'projections',
  'forecast',
  'report',
  'investigation',
  'review',
  // 'a statement from the Interior Ministry', 'a letter from the attorney general'.
  'statement',
  'statements',
  'letter',
  'memo',
  'communique',
  'communiqué',
  'release',
]);
/** Marks that open a quotation: a name before one is what the quotation is about. */
const QUOTE_OPENERS = new Set(['"', '“', '‘', "'", '«', '„']);
const BELIEF = new Set(['believe', 'think', 'fear', 'expect', 'estimate']);
const NO_COMMENT = new Set(['declined', 'refused', 'did', 'issued', 'has', 'had', 'have', 'were', 'was']);

/**
 * The outlet named in the article's dateline: an outlet in brackets, then a dash, within the first words of
 * the first body line ('WASHINGTON (Reuters) - The head of ...'); null when there is none.
 */
function datelineOutlet(doc: AnalysisDoc, m: Mentions): string | null {
  const { tokens } = doc;
  const line = doc.blocks.find((b) => doc.blockKinds[b.i] === 'body');
  if (!line) return null;
  for (let k = line.first; k < Math.min(line.last, line.first + 12); k++) {
    if (tokens[k]?.text !== '(') continue;
    const x = m.list[m.at[k + 1] ?? -1];
    const close = x ? x.last : -1;
    if (
      x?.entity?.outlet &&
      tokens[close]?.text === ')' &&
      DATELINE_DASHES.has(tokens[close + 1]?.text ?? '')
    )
      return x.entity.outlet.name;
    return null;
  }
  return null;
}

/** Report verbs whose next word is their object, not a subject set after them ('said Sullivan'). */
const OBJECT_TAKING = new Set([
  'reject',
  'deny',
  'accuse',
  'condemn',
  'criticize',
  'criticise',
  'blame',
  'praise',
  'urge',
  'slam',
  'blast',
  'attack',
  'thank',
  'welcome',
  'dismiss',
  'challenge',
  'defend',
  'back',
  'support',
  // ('would ask Washington for emergency funding', 'warned Moscow that': whom the speaker asks or warns.)
  'ask',
  'warn',
  'press',
  'implore',
  'beg',
  // ('mocked the protesters as "a handful of rioters"': whom the speaker labels.)
  'mock',
  'ridicule',
  'brand',
  'label',
  'describe',
  'call',
]);

/** Verbs of appearing on a broadcaster ('appearing on CNN'). */
/** Words before 'in' and an outlet that carried someone's own writing ('writing in the Guardian'). */
const WRITTEN_IN = new Set(['writing', 'wrote', 'writes', 'op-ed', 'oped', 'column', 'editorial', 'essay']);
const ON_AIR = new Set(['appearing', 'appeared', 'speaking', 'spoke', 'interviewed']);

/** Characters that set a byline's outlet off from the names ('By Jane Roe | The Guardian', '..., CNN'). */
const BYLINE_OUTLET = /[|–—,]\s*([^|–—,]+)$/;

/**
 * The article's own outlet: named in its dateline, after the names of its byline ('By Jane Roe | The
 * Guardian'), or by the reader or the import (`doc.outlet`); the gazetteer's name for it, or null.
 */
function ownOutlet(doc: AnalysisDoc, m: Mentions): string | null {
  const dateline = datelineOutlet(doc, m);
  if (dateline) return dateline;
  for (let b = 0; b < Math.min(doc.blocks.length, 8); b++) {
    if (doc.blockKinds[b] !== 'boilerplate') continue;
    const block = doc.blocks[b] as (typeof doc.blocks)[number];
    const text = doc.text.slice(block.start, block.end);
    const tail = /^[Bb]y\s/.test(text) ? BYLINE_OUTLET.exec(text)?.[1] : undefined;
    const named = tail ? outletNamed(tail) : undefined;
    if (named) return named.name;
  }
  return doc.outlet ? (outletNamed(doc.outlet)?.name ?? null) : null;
}

/**
 * Cited sources: a mention counts only in an attribution pattern ('according to X', 'X reported',
 * 'told X', 'in a X interview', 'citing X', 'X said', 'confirmed by X', 'X teams have seen'), never as a
 * mere actor ('the United States' sending weapons) and never in credit, caption or boilerplate lines.
 * Every speaker the quotes detector found named is cited too ('John Smith, a ministry spokesman, said').
 */
export const detectSources: Detector = (doc: AnalysisDoc, prior) => {
  const { tokens } = doc;
  const m = mentionsOf(doc);
  const out: Finding[] = [];
  /** Token index of the first word of each mention cited so far (one citation per mention). */
  const cited = new Set<number>();
  // 'WASHINGTON (Reuters) -', 'By Jane Roe | The Guardian', or the outlet the reader named: the article's
  // own outlet. 'told Reuters' or 'figures reviewed by the Guardian' in it is the newsroom's own work, not
  // another outlet cited.
  const own = ownOutlet(doc, m);
  const emit = (mention: { first: number; last: number }, named: Entity, cue: string) => {
    if (own && named.outlet?.name === own) return;
    const e = inSetting(named, m.setting);
    cited.add(mention.first);
    const start = tokens[mention.first]?.start ?? 0;
    const end = tokens[mention.last - 1]?.end ?? start;
    const value: SourceMentionFinding = {
      name: e.name,
      // 'Russian officials issued no immediate response': named as silent, not relied on as unnamed sources.
      type: cue === 'no comment' && e.type === 'anonymous' ? silentType(e) : e.sourceType,
      affiliation: e.affiliation,
      camp: e.camp,
      start,
      end,
      cue,
    };
    out.push({ kind: 'source-mention', value });
  };
  let lastOutlet: Entity | null = null;
  let lastOutletNamed: Entity | null = null;
  let lastAgency: Entity | null = null;
  // Words inside a quotation are the speaker's: 'threaten Israel' in an IDF quote cites no one.
  const quoted = insideQuotes(prior);
  for (const mention of m.list) {
    const first = tokens[mention.first];
    if (!first || doc.blockKinds[first.block] !== 'body') continue;
    if (quoted({ start: first.start, end: tokens[mention.last - 1]?.end ?? first.end })) continue;
    // 'the newspaper reported', 'the agency said': the outlet named last; 'the agency' only a wire, or a
    // public body named after it ('Consumer groups called on the FTC ... The agency declined to comment').
    if (mention.kind === 'definite' && OUTLET_REFS.has(mention.ref ?? '')) {
      // ('told this newspaper', 'our paper has learned': the article's own outlet, never a cited source.)
      if (first.lower === 'this' || first.lower === 'our') continue;
      const referent = mention.ref === 'agency' ? lastAgency : lastOutletNamed;
      const cue = referent && cueOf(doc, mention, referent);
      if (referent && cue) emit(mention, referent, cue);
      continue;
    }
    const e = mention.entity;
    if (mention.kind !== 'entity' || !e) continue;
    if (e.outlet) lastOutletNamed = e;
    if (isAgency(e)) lastAgency = e;
    const cue = cueOf(doc, mention, e);
    if (!cue) continue;
    let entity = e;
    if (e.outlet) lastOutlet = e;
    else if (
      cue === 'citing' &&
      lastOutlet &&
      first.sentence === tokensOfOutletSentence(doc, m.list, lastOutlet, mention)
    )
      entity = relayedBy(lastOutlet, e);
    emit(mention, entity, cue);
    // 'according to two unnamed US officials and a person familiar with the matter': both are cited.
    if (tokens[mention.last]?.lower === 'and') {
      const idx = m.at[mention.last + 1] ?? -1;
      const next = idx >= 0 ? m.list[idx] : undefined;
      if (next?.entity && next.first === mention.last + 1 && !cueOf(doc, next, next.entity))
        emit(next, next.entity, cue);
    }
  }
  for (const f of prior) {
    if (f.kind !== 'speaker-mention') continue;
    const s = f.value;
    const first = tokens[s.first];
    if (!first || doc.blockKinds[first.block] !== 'body') continue;
    // (The one joined by 'and' below speaks too, though this speaker was cited by its own cue.)
    if (!cited.has(s.first)) emit(s, s.entity, s.verb ?? 'dash');
    // ('Dr Robert Laurenson and Dr Vivek Trivedi, co-chairs of the committee, said: "..."': the quotation
    // went to the nearer name; the one joined to it by 'and' speaks too.)
    // ('Foreign Minister Badr Abdelatty and his Sudanese counterpart Ali Youssef Al-Sharif said': over the
    // second one's possessive and country word.)
    let and = s.first - 1;
    if (/^(his|her|their)$/.test(tokens[and]?.lower ?? '')) and--;
    if (tokens[and]?.lower === 'and') {
      const before = m.list[m.at[and - 1] ?? -1];
      if (
        before?.kind === 'entity' &&
        before.last === and &&
        before.entity?.type === s.entity.type &&
        !cited.has(before.first)
      )
        emit(
          before,
          // (Their shared description says whom both speak for.)
          before.entity.affiliation
            ? before.entity
            : plainEntity(
                before.entity.name,
                before.entity.type,
                { ...s.entity.aff },
                before.entity.plural,
                before.entity.gender,
                before.entity.roles,
              ),
          s.verb ?? 'dash',
        );
    }
  }
  // Speakers come after the other cues: back into text order, so each source lists its mentions in order.
  return out.length > 1 ? out.sort(byStart) : out;
};

/** Where a name's article starts, with up to three lowercase nouns between ('the campaign group X'). */
function describedStart(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  // (wink tags 'think' of 'think tank' a verb.)
  // ('the national statistics agency INDEC': adjectives too.)
  while (
    k > first - 5 &&
    // (wink tags a lowercase 'new' before a name a proper noun: 'a new Marist poll'.)
    // ('the polling firm Ipsos', 'industry tracking firm Circana': a gerund describing the kind.)
    (((tokens[k]?.pos === 'NOUN' ||
      tokens[k]?.pos === 'ADJ' ||
      tokens[k]?.pos === 'PROPN' ||
      tokens[k]?.lower === 'think' ||
      (tokens[k]?.pos === 'VERB' && tokens[k]?.lower.endsWith('ing'))) &&
      !tokens[k]?.cap) ||
      // ('according to Japanese broadcaster TBS': a country's word opening the description.)
      (k < first - 1 &&
        !!tokens[k]?.cap &&
        !!countryOfWord(tokens[k]?.lower ?? '') &&
        tokens[k - 1]?.cap !== true))
  )
    k--;
  const t = tokens[k]?.lower;
  if (t === 'the' || t === 'a' || t === 'an') return k;
  // ('according to industry tracking firm Circana': a description with no article after 'according to'.)
  if (t === 'to' && tokens[k - 1]?.lower === 'according' && k + 1 < first) return k + 1;
  // ('told state television VTV', 'speaking to state broadcaster PTV': a description of an outlet with no
  // article belongs to the name too.)
  for (let w = k + 1; w < first; w++) if (MEDIA_WORDS.has(tokens[w]?.lower ?? '')) return k + 1;
  return tokens[first - 1]?.lower === 'the' ? first - 1 : first;
}

/** Words that describe an outlet before its name ('state television VTV', 'the broadcaster EBC'). */
const MEDIA_WORDS = new Set([...OUTLET_REFS, 'television', 'tv', 'radio', 'paper', 'daily', 'tabloid']);

/** What a body produces that still cites it: 'a Reuters survey', 'a Washington Post database'. */
const SOURCE_WORKS = new Set([
  'survey',
  'surveys',
  'report',
  'reports',
  'reporting',
  'analysis',
  'study',
  'poll',
  'polls',
  'data',
  'database',
  'figures',
  'investigation',
  'review',
  'count',
  'tally',
  'estimate',
  'estimates',
  'statement',
  'statistics',
]);

/**
 * Whether lowercase adjectives and a common noun follow a mention ending before `last`, the noun not one of
 * the body's own works: the name only describes it ('citing the current US policies', 'the top British
 * medical journal'; 'a Reuters survey' still cites Reuters).
 */
function describesNoun(tokens: readonly Token[], last: number): boolean {
  let k = last;
  while (tokens[k]?.pos === 'ADJ' && !tokens[k]?.cap) k++;
  const t = tokens[k];
  return !!t && t.pos === 'NOUN' && !t.cap && !SOURCE_WORKS.has(t.lower);
}

/** Whether a person's mention ends at token `k`. */
function personEndsAt(m: ReturnType<typeof mentionsOf>, k: number): boolean {
  const x = m.list[m.at[k] ?? -1];
  return x?.kind === 'entity' && x.entity?.type === 'person' && x.last === k + 1;
}

function byStart(x: Finding, y: Finding): number {
  return (x.value as SourceMentionFinding).start - (y.value as SourceMentionFinding).start;
}

function silentType(e: Entity): SourceType {
  if (e.aff.sector === 'military' || e.aff.sector === 'security') return 'military';
  if (e.aff.sector === 'government' || e.aff.sector === 'politics' || e.aff.sector === 'judiciary')
    return 'government';
  return 'organisation';
}

function tokensOfOutletSentence(
  doc: AnalysisDoc,
  list: readonly Mention[],
  outlet: Entity,
  here: Mention,
): number {
  const s = doc.tokens[here.first]?.sentence ?? -1;
  for (const x of list) if (x.entity === outlet && doc.tokens[x.first]?.sentence === s) return s;
  return -2;
}

/** A token of the given block (a plain function: a closure per call costs more than the test). */
function sameBlock(t: Token | undefined, block: number | undefined): boolean {
  return !!t && t.block === block;
}

/** Whether a token in [from, to) holds 'comment' or 'respon' ('comment', 'response', 'respond'). */
function commentWordIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length; k++) {
    const w = (tokens[k] as Token).lower;
    if (w.includes('comment') || w.includes('respon')) return true;
  }
  return false;
}

/** A body's works that report findings: 'an Ifop survey found'. */
const WORK_NOUNS = new Set([
  'survey',
  'poll',
  'study',
  'report',
  'analysis',
  'review',
  'audit',
  'investigation',
]);
/** What such a work does with its findings. */
const FINDING_VERBS = new Set([
  'find',
  'show',
  'suggest',
  'say',
  'indicate',
  'conclude',
  'reveal',
  'estimate',
]);
/** Words between the work and its verb ('published on Sunday'). */
const WORK_REACH = 6;

/** How far a list opened by 'including' may reach on either side of one of its members, in tokens. */
const LIST_REACH = 25;

/**
 * 'Civil rights groups, including the NAACP and the ACLU of Pennsylvania, said': a member of a list that
 * 'including' or 'such as' opens after a comma, the list closed by a comma and a report verb. The report verb
 * (lowercased) or null.
 */
function listMemberVerb(doc: AnalysisDoc, mention: Mention): string | null {
  const { tokens } = doc;
  const sentence = tokens[mention.first]?.sentence;
  let open = -1;
  for (let k = mention.first - 1; k >= 0 && k > mention.first - LIST_REACH; k--) {
    const t = tokens[k] as Token;
    // (wink may tag 'including' a verb.)
    // ('Several foreign outlets, among them the BBC and Der Spiegel, reported'.)
    if (
      t.lower === 'including' ||
      (t.lower === 'as' && tokens[k - 1]?.lower === 'such') ||
      (t.lower === 'them' && tokens[k - 1]?.lower === 'among')
    ) {
      open = t.lower === 'including' ? k : k - 1;
      break;
    }
    if (t.sentence !== sentence || t.pos === 'VERB' || t.pos === 'AUX') return null;
  }
  if (open < 1 || tokens[open - 1]?.text !== ',') return null;
  const { at, list } = mentionsOf(doc);
  for (let k = mention.last; k < tokens.length && k < mention.last + LIST_REACH; k++) {
    // (Over the other members' names, whatever wink tagged their words: 'Human Rights Watch'.)
    const other = list[at[k] ?? -1];
    if (other && other.first === k && other.last > k + 1) {
      k = other.last - 1;
      continue;
    }
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || t.pos === 'VERB' || t.pos === 'AUX') return null;
    if (t.text !== ',') continue;
    const v = verbAt(tokens, k + 1);
    return v && !v.cognition ? (tokens[k + 1]?.lower ?? null) : null;
  }
  return null;
}

/**
 * The report verb after a list of bodies or countries the mention opens or stands in ('Britain, France and
 * Germany have warned'): each member is named, joined by commas and a final 'and', right up to the verb.
 */
function coordinatedCue(doc: AnalysisDoc, mention: Mention): string | null {
  const { tokens } = doc;
  const m = mentionsOf(doc);
  let k = mention.last;
  let joined = false;
  for (let n = 0; n < 6; n++) {
    const glue = tokens[k]?.lower;
    if (glue !== ',' && glue !== 'and') break;
    const next = m.list[m.at[k + 1] ?? -1];
    if (next?.first !== k + 1 || next.kind !== 'entity' || next.entity?.type === 'person') return null;
    if (glue === 'and') joined = true;
    k = next.last;
    if (joined) break;
  }
  if (!joined) return null;
  let v = k;
  while (tokens[v]?.pos === 'AUX') v++;
  const verb = verbAt(tokens, v);
  return verb && !verb.cognition ? (tokens[v]?.lower ?? null) : null;
}

/** The attribution pattern that makes this mention a cited source, or null when it is only mentioned. */
function cueOf(doc: AnalysisDoc, mention: Mention, e: Entity): string | null {
  const { tokens } = doc;
  // 'citing the Associated Press', 'confirmed by the Pentagon': the article belongs to the name; so does a
  // description before it ('an analysis by the campaign group Global Witness', 'according to the think tank').
  const b = describedStart(tokens, mention.first);
  const before = tokens[b - 1];
  const before2 = tokens[b - 2];
  const block = tokens[mention.first]?.block;
  // ('according to the Buenos Aires ombudsman's office': the office is cited, through the quotes detector.)
  if (sameBlock(before2, block) && accordingTo(tokens, b - 2) === b)
    // ('according to a new Washington Post-ABC News poll': a country inside a description describes it.)
    return (isCountryEntity(e) && (placeNounEnd(tokens, mention.last) > mention.last || b < mention.first)) ||
      (b < mention.first && describesNoun(tokens, mention.last))
      ? null
      : 'according to';
  // ('citing the current US policies': a name before a common noun only describes it.)
  if (sameBlock(before, block) && before?.lower === 'citing')
    return describesNoun(tokens, mention.last) ? null : 'citing';
  if (
    sameBlock(before, block) &&
    before?.lower === 'by' &&
    before2 &&
    (verbAt(tokens, b - 2) || reportVerbOf(before2))
  )
    return `${before2.lower} by`;
  // 'figures released Tuesday by U.S. Customs and Border Protection', 'data from the UN', 'a study by Pew'.
  // ('released by Scott's family': the family, not Scott.)
  const possessive = isPossessive(tokens[mention.last]?.text);
  if (sameBlock(before, block) && (before?.lower === 'by' || before?.lower === 'from') && !possessive) {
    let w = b - 2;
    if (CALENDAR_WORDS.has(tokens[w]?.lower ?? '')) w--;
    const word = tokens[w]?.lower ?? '';
    if (PUBLISHED.has(word) || (DATA_NOUNS.has(word) && (before.lower === 'from' || word !== 'data')))
      return `${word} ${before.lower}`;
  }
  // 'a study published in The Lancet': the journal that carried the work is cited.
  if (
    (e.outlet || e.organisation?.type === 'journal') &&
    sameBlock(before, block) &&
    before?.lower === 'in' &&
    (before2?.lower === 'published' || before2?.lower === 'appeared')
  )
    return 'published in';
  if (e.outlet) {
    if (sameBlock(before, block) && (before?.lemma === 'tell' || before?.lower === 'told')) return 'told';
    // ('Writing in the Guardian last week, Diane Abbott called', 'in an op-ed in The Hill': the outlet that
    // carried the writer's own words.)
    if (sameBlock(before2, block) && before?.lower === 'in' && WRITTEN_IN.has(before2?.lower ?? ''))
      return 'wrote in';
    // 'Speaking to Sky News, he said': an interview with the outlet.
    if (sameBlock(before2, block) && before?.lower === 'to' && before2?.lower === 'speaking')
      return 'interview';
    // 'said on Fox News that', 'appearing on CNN', 'speaking on Sky News': words broadcast by the outlet.
    if (
      sameBlock(before2, block) &&
      before?.lower === 'on' &&
      (ON_AIR.has(before2?.lower ?? '') || verbAt(tokens, b - 2)?.lemma === 'say')
    )
      return 'interview';
    const after = tokens[mention.last];
    if (after?.lower === 'interview' || (before?.lower === 'with' && before2?.lower === 'interview'))
      return 'interview';
    if (after && REPORTING_NOUNS.has(after.lower))
      return after.lower === 'interview' ? 'interview' : 'reporting';
    if (isPossessive(after?.text)) {
      const n = tokens[mention.last + 1];
      if (n && REPORTING_NOUNS.has(n.lower)) return 'reporting';
    }
    // 'SUNA quoted an army spokesman as saying': the outlet that carried the words.
    if (after?.lemma === 'quote' && after.pos === 'VERB') {
      for (let k = mention.last + 1; k < mention.last + 14; k++) {
        const w = tokens[k];
        if (!w || w.sentence !== after.sentence) break;
        if (w.lower === 'as' && tokens[k + 1]?.lower === 'saying') return 'quoted';
      }
    }
  }
  // Not the subject of a verb after it: a country as a place ('The U.S. Embassy in Kyiv said'), or the body
  // a post belongs to ('A spokesman for the Kremlin said': the spokesman is cited, in the Kremlin's camp).
  // ('Dr. Hannah Lindqvist of Britain's University of Reading told': past a country's possessive.)
  const owned = isPossessive(before?.text) && !!tokens[b - 2]?.cap;
  const g = owned ? b - 2 : b;
  const glue = tokens[g - 1]?.lower;
  const placed =
    countryAsPlace(tokens, mention.first, e) ||
    ((glue === 'for' || glue === 'of' || glue === 'at') && tokens[g - 2]?.pos === 'NOUN') ||
    // ('A 24-year-old from Khartoum said': where the one described is from.)
    ((glue === 'from' || glue === 'of') && describedHeadBefore(tokens, g - 1) >= 0) ||
    // 'Marcos Teixeira of the Getulio Vargas Foundation said': the person before 'of' speaks.
    (glue === 'of' && e.type === 'organisation' && personEndsAt(mentionsOf(doc), g - 2)) ||
    // 'A woman who worked for Mayor Tom Smith said': inside a 'who' clause, the clause's head speaks.
    // ('The man who Smith said': a name right after 'who' is the clause's own subject.)
    (relativeWhoBefore(tokens, mention.first, Math.max(0, mention.first - 25)) >= 0 &&
      tokens[mention.first - 1]?.lower !== 'who');
  // 'An Ifop survey published on Sunday found', 'a Pew study shows': the body's work speaks for it.
  const work = tokens[mention.last];
  if (work && sameBlock(work, block) && WORK_NOUNS.has(work.lower)) {
    for (let k = mention.last + 1; k < mention.last + 1 + WORK_REACH; k++) {
      const t = tokens[k];
      if (!t || t.block !== block || t.text === ',' || t.text === '.') break;
      if (t.pos === 'VERB' && FINDING_VERBS.has(t.lemma)) return `${work.lower} ${t.lower}`;
    }
  }
  // 'Civil rights groups, including the NAACP and the ACLU, said': each body the list names speaks too.
  const listed = placed ? null : listMemberVerb(doc, mention);
  if (listed) return listed;
  // 'Both Mr. King and Mr. Schultz say': both named speak, when this pattern cites the second (a second
  // name the quotes detector cites brings the first along in detectSources).
  if (!placed && e.type === 'person' && tokens[mention.last]?.lower === 'and') {
    const m = mentionsOf(doc);
    const other = m.list[m.at[mention.last + 1] ?? -1];
    if (other?.first === mention.last + 1 && other.kind === 'entity' && other.entity?.type === 'person') {
      const cue = cueOf(doc, other, other.entity);
      if (cue && !cue.includes(' ') && cue !== 'told' && cue !== 'interview') return cue;
    }
  }
  // ('if Moscow continues to reject a truce': a condition, nobody speaking.)
  if (CONDITIONALS.has(tokens[mention.first - 1]?.lower ?? '')) return null;
  // ('Britain, France and Germany have warned': each country or body of a list opening the clause speaks.)
  if (
    !placed &&
    e.type !== 'person' &&
    (tokens[mention.last]?.text === ',' || tokens[mention.last]?.lower === 'and')
  ) {
    const cue = coordinatedCue(doc, mention);
    if (cue) return cue;
  }
  // 'X said', 'X has said', 'CNN, which claimed', 'humanitarian groups strongly condemn'.
  let j = mention.last;
  // ('Human Rights Watch, for its part, has called': past an aside set off by commas.)
  j += forPartAt(tokens, j);
  while (SKIP.has(tokens[j]?.lower ?? '') || (tokens[j]?.pos === 'ADV' && tokens[j]?.lower.endsWith('ly')))
    j++;
  // ('a 24-year-old from Khartoum, who asked': 'who' is a person, never the place before it.)
  if (
    tokens[j]?.text === ',' &&
    (tokens[j + 1]?.lower === 'which' || (tokens[j + 1]?.lower === 'who' && !isCountryEntity(e)))
  )
    j += 2;
  const t = placed ? undefined : tokens[j];
  // ('written to the Food and Drug Administration demanding a review': a preposition's object before a
  // participle is whom the participle's subject addresses, not a speaker.)
  const head = tokens[mention.first - 1]?.lower === 'the' ? mention.first - 2 : mention.first - 1;
  const addressed = !!t?.lower.endsWith('ing') && OBJECT_PREPOSITIONS.has(tokens[head]?.lower ?? '');
  if (t && !addressed && t.block === tokens[mention.first]?.block) {
    const v = verbAt(tokens, j);
    // ('A Chinese diplomat said Beijing had proposed', 'said the CDC had asked the White House', 'would
    // demand that Tom Vilsack testify': a body or person acting inside what someone else reports is not
    // cited; one said to say something still is.)
    const inner =
      !!v && v.lemma !== 'say' && v.lemma !== 'tell' && reportedClauseOpens(tokens, mention.first);
    if (
      v &&
      !inner &&
      (!v.cognition ||
        BELIEF.has(v.lemma) ||
        v.lemma === 'say' ||
        v.lemma === 'tell' ||
        v.lemma === 'write' ||
        v.lemma === 'add')
    )
      return t.lower;
    if (isStanceVerb(t) && !reportedClauseOpens(tokens, mention.first)) return t.lower;
    if (t.lower === 'have' || t.lower === 'has') {
      // 'Rights groups have come out strongly against'
      if (tokens[j + 1]?.lemma === 'come' && tokens[j + 2]?.lower === 'out') return 'came out against';
    }
    if (t.lemma === 'come' && tokens[j + 1]?.lower === 'out') return 'came out against';
    // Every phrase ends in a word holding 'comment' or 'respon' (no token holds a space): look for one first.
    if (NO_COMMENT.has(t.lower) && commentWordIn(tokens, j, j + 5)) {
      const rest = tokens
        .slice(j, j + 5)
        .map((x) => x.lower)
        .join(' ');
      if (
        /(no (immediate )?(response|comment)|declined to comment|refused to comment|not (immediately )?respond)/.test(
          rest,
        )
      )
        return 'no comment';
    }
  }
  // 'said Sullivan', but not 'said Hamas had rejected it' nor 'saying Biden "has abandoned" us' (whom
  // what was said is about), nor 'said Israel "will not wait"', 'accused Tehran of ...', 'urged Manila to
  // ...' (the object).
  const pv = before && sameBlock(before, block) ? verbAt(tokens, mention.first - 1) : null;
  const next = tokens[mention.last];
  const nextPos = next?.pos;
  if (
    pv &&
    !pv.cognition &&
    pv.lemma !== 'tell' &&
    nextPos !== 'VERB' &&
    nextPos !== 'AUX' &&
    !QUOTE_OPENERS.has(next?.text ?? '') &&
    next?.lower !== 'of' &&
    next?.lower !== 'that' &&
    // ('urged Manila to stop': whom the speaker urged, not a speaker.)
    next?.lower !== 'to' &&
    // ("rejects Beijing's claims": the owner of what is rejected; 'rejected Hamas', 'condemned Russia':
    // the object of a verb that takes one, never its subject.)
    !isPossessive(next?.text) &&
    // ('said Ukrainian units had', 'said Hamas terrorists seize': a word describing the subject of the
    // clause said, not a speaker after the verb.)
    // ('said Ethiopian mechanised units had moved': an adjective before a noun too, not 'said Egypt late on
    // Monday'; 'said Egypt already faces': an adverb before the clause's verb.)
    !(nextPos === 'NOUN' && !next?.cap) &&
    !(nextPos === 'ADJ' && !next?.cap && tokens[mention.last + 1]?.pos === 'NOUN') &&
    !(nextPos === 'ADV' && /^(VERB|AUX)$/.test(tokens[mention.last + 1]?.pos ?? '')) &&
    // ('said Saudi Arabia and several other oil producers had opposed': the first of a clause's subjects.)
    next?.lower !== 'and' &&
    next?.lower !== 'or' &&
    !OBJECT_TAKING.has(pv.lemma) &&
    !before?.lower.endsWith('ing')
  )
    return before?.lower ?? null;
  return null;
}
