/**
 * Attribution: the report verbs of a text, the subject of each ('X said', 'said X', 'according to X',
 * 'CNN, which claimed'), and the resolution of pronouns and descriptions ('he said', 'the official',
 * 'it added') against the speakers met so far, in reading order.
 */

import { givenNameGender } from '@/lib/lexicons/gazetteer';
import { type ReportVerb, reportVerbNamed, reportVerbOf } from '@/lib/lexicons/report-verbs';
import { isCommonWord } from './background-words';
import { isKinWord, type Sector, sectorOfWord } from './camps';
import type { AnalysisDoc } from './detector';
import { GENERIC_POSTS, placePerson } from './speaker-entities';
import {
  ageAfter,
  BODY_NAME_WORDS,
  BRANCH_WORDS,
  CALENDAR_WORDS,
  claimsPlace,
  isAgeNoun,
  isCap,
  isPossessive,
  NAMED_BODY_NOUNS,
  OUTLET_REFS,
  placeAt,
  SPOKES_WORDS,
  wordInfo,
} from './speaker-words';
import {
  APPOSITION_DASHES,
  bodyNamedBefore,
  describedEntity,
  type Entity,
  fitsDescription,
  fitsListedPost,
  isCountryEntity,
  isFormerHolder,
  type Mention,
  type Mentions,
  makeEntity,
} from './speakers';
import type { Token } from './tokenize';
import type { VerbStance } from './types';

/** Verbs of belief that attribute a view to a speaker in quote heads ('officials believe that "..."'). */
const COGNITION = new Set([
  'believe',
  'think',
  'fear',
  'expect',
  'hope',
  'feel',
  'learn',
  'say',
  'continue',
  'conclude',
  'recount',
  'quip',
  'tell',
  'write',
  'add',
]);
/** Positions someone takes without a report verb; enough to cite them as a source. */
const STANCE_VERBS = new Set([
  'criticize',
  'criticise',
  'oppose',
  'reject',
  'welcome',
  'condemn',
  'praise',
  'thank',
  'call',
  'urge',
]);
/** 'last night', 'this week': a time that may stand between a subject and its report verb. */
const TIME_NOUNS = new Set(['night', 'week', 'weekend', 'month', 'year', 'morning', 'evening', 'afternoon']);
const TIME_OPENERS = new Set(['last', 'this', 'that', 'on', 'late', 'early']);

const SKIP_BEFORE_VERB = new Set([
  'yesterday',
  'today',
  'tonight',
  'has',
  'have',
  'had',
  'also',
  'earlier',
  'later',
  'previously',
  'then',
  'repeatedly',
  'publicly',
  'reportedly',
  'already',
  'once',
  'again',
  'strongly',
  'further',
  'recently',
  'would',
  'will',
  'did',
  'does',
  'do',
  'is',
  'was',
  'were',
  'are',
  'had',
  'always',
  'separately',
  'similarly',
  'quickly',
  'told',
  'both',
  'himself',
  'herself',
  'itself',
  'themselves',
  'flatly',
  'firmly',
  'openly',
  'privately',
  'just',
]);
const NEGATION = new Set(['not', "n't", 'never', 'no']);

export interface Verb {
  i: number;
  lemma: string;
  stance: VerbStance;
  /** A verb of belief: attributes a view in a quote head, but is not a statement on its own. */
  cognition: boolean;
}

/** Marks that set off a relative clause after its head ('X, who said', 'X — who has called'). */
const CLAUSE_OPENERS = new Set([',', '—', '–', '―']);

/** What follows 'ruled' when a court or judge states a decision. */
const RULING_NEXT = new Set(['that', 'against', 'in', 'on', ',', 'unanimously']);

/** Report verbs of loud sound or anger, which report words only in some contexts (the lexicon's notBefore). */
const LOUD_VERBS = new Set(['shout', 'yell', 'scream', 'chant', 'rage', 'seethe']);

/** The lexicon's report verb `rv` as the verb at token `i`, or null when there is none. */
function asVerb(i: number, rv: ReportVerb | null): Verb | null {
  return rv ? { i, lemma: rv.lemma, stance: rv.stance, cognition: false } : null;
}

/** The report verb at token i, if it is one (a verb, not negated). */
export function verbAt(tokens: readonly Token[], i: number): Verb | null {
  const t = tokens[i];
  if (!t?.isWord) return null;
  const next = tokens[i + 1]?.text ?? '';
  // ('"We are being strangled," fumed Jean-Pierre Moreau': right after a quotation's close, wink may tag the
  // inverted verb an adjective.)
  // (This runs on every token: the comparison first, the pattern only after a comma.)
  const afterQuote = tokens[i - 2]?.text === ',' && /^["”]$/.test(tokens[i - 1]?.text ?? '');
  // ('He has branded the strike "unnecessary"': wink may tag a participle after 'has' an adjective.)
  const perfect = t.pos === 'ADJ' && tokens[i - 1]?.lemma === 'have' && t.lower.endsWith('ed');
  // Cheap exits first: this runs on every token.
  if (
    t.pos !== 'VERB' &&
    !perfect &&
    t.lemma !== 'say' &&
    t.lemma !== 'tell' &&
    next !== ':' &&
    next !== ',' &&
    !afterQuote
  ) {
    // ('has spent the week warning of "chaos"': wink tags the participle after a time a noun.)
    if (t.pos === 'NOUN' && (next === 'of' || next === 'that') && t.lower.endsWith('ing'))
      return timeParticiple(tokens, i);
    // ('Critics claim that', 'Officials estimate that': a plural subject's verb wink tags a noun.)
    if (t.pos === 'NOUN' && next === 'that') return pluralSubjectVerb(tokens, i);
    return PHRASAL_FORMS.has(t.lower) ? phrasalVerbAt(tokens, i) : null;
  }
  // ('"...," the statement read': a document's text reads as it says.)
  if (t.lemma === 'read' && DOCUMENT_NOUNS.has(tokens[i - 1]?.lower ?? ''))
    return asVerb(i, reportVerbNamed('say'));
  // Neither a report verb nor one of belief: nothing below can return a verb, so skip the neighbours.
  const rv = reportVerbOf(t);
  if (!rv && !COGNITION.has(t.lemma)) return phrasalVerbAt(tokens, i);
  // ('The company appealed the ruling': a verb the lexicon counts only before some words, 'appealed for'.)
  if (rv?.onlyBefore && !rv.onlyBefore.includes(next.toLowerCase())) return null;
  // 'a Washington think tank': a noun, whatever wink tagged 'think'.
  if (t.lower === 'think' && next.toLowerCase() === 'tank') return null;
  // wink sometimes tags 'reports' or 'says' as a noun; before a colon or a quotation it is the verb.
  const isVerb =
    t.pos === 'VERB' ||
    perfect ||
    (afterQuote && !!rv) ||
    ((t.lemma === 'say' || t.lemma === 'tell') && t.pos !== 'NOUN') ||
    ((next === ':' || (next === ',' && /^["“‘']/.test(tokens[i + 2]?.text ?? ''))) && /s$|ed$/.test(t.lower));
  if (!isVerb) return null;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  // 'posts' is far more often a noun ('Indian forward posts') than a report verb ('posted' stays one).
  if (t.lower === 'posts' || t.lower === 'post') return null;
  // ('the self-declared president', 'a so-called deal': a participle closing a compound describes.)
  if (prev?.text === '-' && prev.end === t.start && prev2?.end === prev.start) return null;
  if ((prev && NEGATION.has(prev.lower)) || (prev2 && NEGATION.has(prev2.lower))) return null;
  if (rv?.lemma.includes(' ')) return null;
  // ('shouted slogans', 'screamed in pain': a verb of loud sound before what the lexicon says is no words.)
  if (rv && LOUD_VERBS.has(rv.lemma) && rv.notBefore?.includes(next.toLowerCase())) return null;
  // ('The army, which has defended the city for a year': a place held, not a position argued; 'help Taiwan
  // defend itself': a country's defence.)
  if (rv?.lemma === 'defend' && (heldPlaceAfter(tokens, i) || REFLEXIVES.has(next.toLowerCase())))
    return null;
  // ('Beijing claims Taiwan as its own territory': a claim to a place, not words said.)
  if (rv?.lemma === 'claim' && claimsPlace(tokens, i + 1)) return null;
  // ('412 people were admitted to hospitals': taken in, not owning up.)
  if (
    rv?.lemma === 'admit' &&
    next.toLowerCase() === 'to' &&
    /^(was|were|been|be|being|is|are)$/.test(prev?.lower ?? '')
  )
    return null;
  // ('The judge ruled that ...', 'the court ruled 6-3 that', 'ruled against the plan'; not 'Assad ruled the
  // country'.)
  // ('A federal judge ruled Monday that': a day between the verb and its clause.)
  if (
    rv?.lemma === 'rule' &&
    !RULING_NEXT.has(next.toLowerCase()) &&
    !/^\d/.test(next) &&
    !(CALENDAR_WORDS.has(next.toLowerCase()) && tokens[i + 2]?.lower === 'that')
  )
    return null;
  if (rv) return asVerb(i, rv);
  if (COGNITION.has(t.lemma)) return { i, lemma: t.lemma, stance: 'neutral', cognition: true };
  return null;
}

/**
 * A report verb at `i` tagged a noun, right after a plural noun that opens its clause and before 'that'
 * ('Critics claim that', 'Analysts caution that'); not 'the claim that', 'his claim that'.
 */
/**
 * ('The World Bank estimates that', 'Moody's forecasts that': a body's name opening the sentence, then a
 * verb in -s wink tags a noun before 'that'.) Null unless the name opens its sentence or clause.
 */
function namedSubjectVerb(tokens: readonly Token[], i: number): Verb | null {
  const t = tokens[i] as Token;
  if (!t.lower.endsWith('s')) return null;
  let k = i - 1;
  while (k >= 0 && k > i - 6 && tokens[k]?.pos === 'PROPN' && tokens[k]?.cap) k--;
  if (k === i - 1) return null;
  const before = tokens[k];
  const opening = (x: Token | undefined) => !x || x.sentence !== t.sentence || x.pos === 'PUNCT';
  if (!opening(before) && !(before?.lower === 'the' && opening(tokens[k - 1]))) return null;
  return asVerb(i, reportVerbOf(t) ?? reportVerbNamed(t.lower));
}

function pluralSubjectVerb(tokens: readonly Token[], i: number): Verb | null {
  const t = tokens[i] as Token;
  const subject = tokens[i - 1];
  const before = tokens[i - 2];
  // (wink tags a plural opening a sentence a name and gives it no lemma of its own: 'Critics claim'.)
  const opens = !before || before.sentence !== subject?.sentence;
  const plural =
    !!subject &&
    subject.lower.endsWith('s') &&
    ((subject.pos === 'NOUN' && subject.lemma !== subject.lower) || (subject.pos === 'PROPN' && opens));
  if (!plural) return namedSubjectVerb(tokens, i);
  if (
    before &&
    !opens &&
    !/^(PUNCT|ADJ|NUM|CCONJ)$/.test(before.pos) &&
    before.lower !== 'some' &&
    before.lower !== 'many'
  )
    return null;
  const rv = reportVerbOf(t) ?? reportVerbNamed(t.lower);
  return asVerb(i, rv);
}

/** Times a participle of saying may follow ('spent the week warning', 'spent months claiming'). */
const SPENT_TIMES = new Set(['week', 'weeks', 'day', 'days', 'month', 'months', 'year', 'years', 'weekend']);

/** A report verb's participle tagged a noun right after a time spent ('the week warning of'), or null. */
function timeParticiple(tokens: readonly Token[], i: number): Verb | null {
  const t = tokens[i] as Token;
  if (!SPENT_TIMES.has(tokens[i - 1]?.lower ?? '')) return null;
  const stem = t.lower.slice(0, -3);
  const rv = reportVerbNamed(stem) ?? reportVerbNamed(`${stem}e`);
  return asVerb(i, rv);
}

/** Past forms of two-word report verbs' verbs, for when wink tags them as something else. */
const PHRASAL_FORMS = new Map([
  ['shot', 'shoot'],
  ['fired', 'fire'],
  ['tore', 'tear'],
  ['lashed', 'lash'],
  ['brushed', 'brush'],
  ['shrugged', 'shrug'],
  ['hit', 'hit'],
]);

/** Second words of two-word report verbs ('shot back', 'lashed out', 'brushed aside', 'tore into'). */
// ('He went on: "..."': 'on' only before a colon, a comma or a quotation mark; see phrasalVerbAt.)
const REPORT_PARTICLES = new Set(['back', 'out', 'off', 'aside', 'into', 'on']);

/**
 * A two-word report verb at `i` that attributes ('Moore shot back: "..."', '..., the minister fired back.',
 * 'fired back that ...'): the verb, its particle, then a colon, a comma, 'that', a quotation mark or the end
 * of the sentence ('Officers fired back at the gunman', 'shot back into the lead' report no words).
 */
function phrasalVerbAt(tokens: readonly Token[], i: number): Verb | null {
  const t = tokens[i] as Token;
  const particle = tokens[i + 1];
  // 'As one official put it, "..."', '"...," as the minister put it': someone's wording, reported.
  if (t.lemma === 'put' && particle?.lower === 'it') return asPutIt(tokens, i);
  // (wink may tag 'shot' in 'Moore shot back:' a noun: the form then gives the verb.)
  const lemma = t.pos === 'VERB' ? t.lemma : PHRASAL_FORMS.get(t.lower);
  if (!lemma || !particle || !REPORT_PARTICLES.has(particle.lower)) return null;
  const after = tokens[i + 2];
  const attributes =
    particle.lower === 'on'
      ? // (Not a title-case heading: 'The Gap Goes On: It was under Mr. Ban's watch ...'.)
        !!after && /^[:"“]$/.test(after.text) && !t.cap && !particle.cap
      : !after ||
        after.sentence !== t.sentence ||
        /^[:,.;"“”'‘’]$/.test(after.text) ||
        after.lower === 'that';
  if (!attributes) return null;
  const rv = reportVerbNamed(`${lemma} ${particle.lower}`);
  return asVerb(i, rv);
}

/** 'put it' at `i` after 'as' and its subject ('as one senior official put it'), not 'put it on the table'. */
function asPutIt(tokens: readonly Token[], i: number): Verb | null {
  const t = tokens[i] as Token;
  // ('A veteran deputy ... put it bluntly: "..."': before the colon that opens the words.)
  const next = tokens[i + 2]?.pos === 'ADV' ? tokens[i + 3] : tokens[i + 2];
  if (next?.text === ':' && next.sentence === t.sentence) return asVerb(i, reportVerbNamed('put it'));
  // ('As one TSA officer at Reagan National Airport put it': a subject of a few words more.)
  for (let k = i - 2; k >= i - 12 && k >= 0; k--) {
    const w = tokens[k] as Token;
    if (w.sentence !== t.sentence || w.pos === 'VERB' || w.pos === 'PUNCT') return null;
    if (w.lower === 'as') {
      const rv = reportVerbNamed('put it');
      return asVerb(i, rv);
    }
  }
  return null;
}

/** Reflexive pronouns: 'defend itself' is no position argued. */
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves', 'ourselves', 'myself', 'yourself']);

/** What troops defend, not speakers: 'defended the city', 'defend their positions'. */
const HELD_PLACES = new Set([
  'city',
  'town',
  'village',
  'territory',
  'position',
  'positions',
  'border',
  'line',
  'lines',
  'front',
  'homeland',
  'base',
  'capital',
  'airport',
  'bridge',
  'port',
  'title',
  'championship',
  'crown',
]);

/** Whether a held place follows a verb at `i` within three words ('defended the besieged city'). */
function heldPlaceAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (HELD_PLACES.has(t.lower)) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PRON') return false;
  }
  return false;
}

export function isStanceVerb(t: Token | undefined): boolean {
  return !!t && t.pos === 'VERB' && STANCE_VERBS.has(t.lemma);
}

/** /^[a-z]/ without a regex. */
function startsLowercase(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/**
 * A capitalised word that is not a pronoun, article or known role/country word: wink tags some names as
 * NUM, NOUN or VERB ('Zero Hedge', 'Don Fowler'), so the capital letter decides.
 */
function looksLikeName(t: Token): boolean {
  if (!t.cap || CALENDAR_WORDS.has(t.lower)) return false;
  if (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'SCONJ')
    return false;
  const w = wordInfo().get(t.lower);
  return !w;
}

/** Where a known place that ends at token `last` starts, looking from `from` on; -1 when none does. */
function placeEndingAt(tokens: readonly Token[], last: number, from: number): number {
  for (let p = last; p >= from; p--) if (p + (placeAt(tokens, p)?.n ?? 0) === last + 1) return p;
  return -1;
}

/**
 * 'The U.S. Embassy in Kyiv said', 'dissidents in Cuba condemned': a country named right after 'in' or 'at'
 * (its mention starting at `first`, or at the article before it) is where the speaker is, not who speaks.
 */
export function countryAsPlace(tokens: readonly Token[], first: number, e: Entity): boolean {
  // 'The Chinese Embassy in the Philippines said': past the article some country names take.
  let k = tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1;
  // ('Residents ... in south London', 'in northern Syria': a part of the place.)
  if (PLACE_ADJECTIVES.has(tokens[k]?.lower ?? '')) k--;
  // ('in the province of Buenos Aires', 'in the city of Kharkiv': a place named by its kind.)
  if (tokens[k]?.lower === 'of' && PLACE_KINDS.has(tokens[k - 1]?.lower ?? '')) {
    k -= 2;
    if (tokens[k]?.lower === 'the') k--;
  }
  const before = tokens[k]?.lower;
  return isCountryEntity(e) && (before === 'in' || before === 'at');
}

/** Kinds of place named before 'of' and the place's name ('the province of Buenos Aires'). */
const PLACE_KINDS = new Set([
  'province',
  'state',
  'city',
  'town',
  'village',
  'region',
  'district',
  'county',
  'capital',
  'outskirts',
  'suburbs',
  'port',
]);

/** Whether a name holds a word that names a body ('Tax Policy Center'). */
function namesBody(name: string): boolean {
  for (const w of name.toLowerCase().split(' ')) if (BODY_NAME_WORDS.has(w)) return true;
  return false;
}

/** Whether the word of `t` is capitalised somewhere inside a sentence of the text ('Loretta E. Lynch', then 'Lynch said'). */
function capitalisedWithin(tokens: readonly Token[], t: Token): boolean {
  for (const u of tokens)
    if (u.lowerId === t.lowerId && u.cap && u.i > 0 && tokens[u.i - 1]?.sentence === u.sentence) return true;
  return false;
}

/** Prepositions whose object is a place or a time, never the subject of the verb after it. */
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'across',
  'inside',
  'outside',
  'into',
  'to',
  'on',
  'along',
  'around',
  'throughout',
  // ('marched through Tel Aviv demanding': a place the speakers moved through or past.)
  'through',
  'past',
  'toward',
  'towards',
]);

/** Words that open a sentence before its subject and are capitalised only for that ('Having said that, Smith said'). */
const SENTENCE_OPENERS = new Set([
  'having',
  'being',
  'given',
  'while',
  'when',
  'after',
  'before',
  'once',
  'since',
]);

/** Tags of function words: never part of a name. */
const FUNCTION_TAGS = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ']);
/** Tags a described role is made of, before its head noun ('Amnesty International's Ukraine researcher'). */
const ROLE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PART']);
/** Titles and articles before a name after the verb ('said the Rev. Peter Wherry'). */
const NAME_PREFIXES = new Set([
  'the',
  'rev',
  'rev.',
  'reverend',
  'fr',
  'father',
  'rabbi',
  'imam',
  'bishop',
  '.',
]);

/** Lowercase words inside a body's name: 'Bureau of Prisons', 'Commission on Presidential Debates'. */
const NAME_GLUE = new Set(['of', 'on', 'for', 'the']);
const isBodyWord = (t: Token | undefined) => !!t && BODY_NAME_WORDS.has(t.lower);
/** Capitalised and not a function word (role words such as 'Commission' count here, unlike in looksLikeName). */
const capitalised = (t: Token | undefined) => !!t && isCap(t) && !FUNCTION_TAGS.has(t.pos);

/**
 * Where a capitalised name starting at `k` really starts: back over 'of'/'on' glue to more capitalised words,
 * when the whole is a body's name ('Commission on Presidential Debates' said, not 'Debates').
 */
function bodyNameStart(tokens: readonly Token[], k: number, floor: number): number {
  let start = k;
  for (let hops = 0; hops < 3; hops++) {
    let c = start;
    while (c > floor && capitalised(tokens[c - 1])) c--;
    let g = c - 1;
    while (g > floor && g >= c - 2 && NAME_GLUE.has(tokens[g]?.text ?? '')) g--;
    start = c;
    if (g === c - 1 || g < floor || !capitalised(tokens[g])) break;
    start = g;
  }
  return tokens.slice(start, k + 1).some(isBodyWord) ? start : k;
}

/** Where a capitalised name from `first` really ends (exclusive), forward over glue in a body's name. */
function bodyNameEnd(tokens: readonly Token[], first: number, end: number): number {
  let g = end;
  while (g < end + 2 && NAME_GLUE.has(tokens[g]?.text ?? '')) g++;
  if (g === end || !capitalised(tokens[g])) return end;
  if (!tokens.slice(first, end).some(isBodyWord)) return end;
  let stop = g;
  while (capitalised(tokens[stop + 1])) stop++;
  return stop + 1;
}

/** 'Senator Jane Roe of New York said': the person just before 'of'/'from' a name starting at `first`. */
function placeOwner(m: Mentions, tokens: readonly Token[], first: number): Mention | null {
  // ('Marcos Teixeira of the Getulio Vargas Foundation said': 'the' may stand between, or a country's
  // possessive: 'Dr. Hannah Lindqvist of Britain's University of Reading'.)
  const possessive = isPossessive(tokens[first - 1]?.text) && tokens[first - 2]?.cap;
  const at = tokens[first - 1]?.lower === 'the' ? first - 1 : possessive ? first - 2 : first;
  const glue = tokens[at - 1]?.lower;
  if (glue !== 'of' && glue !== 'from') return null;
  const owner = m.list[m.at[at - 2] ?? -1];
  return owner?.kind === 'entity' && owner.entity?.type === 'person' && owner.last === at - 1 ? owner : null;
}

/** The relative pronoun 'who', not the World Health Organization written 'WHO' ('the head of the WHO said'). */
const isWho = (t: Token | undefined) => t?.lower === 'who' && t.text !== 'WHO';

/** Whether a 'who' opens a relative clause in tokens [from, to). */
function whoWithin(tokens: readonly Token[], from: number, to: number): boolean {
  // ('a billionaire businessman whose party leads the coalition': 'whose' too.)
  for (let k = from; k < to; k++) if (isWho(tokens[k]) || tokens[k]?.lower === 'whose') return true;
  return false;
}

/** Whether the comma-bounded stretch ending at a mention starting at `first` opens with 'who' or 'which'. */
function closesClause(tokens: readonly Token[], first: number, floor: number): boolean {
  for (let k = first - 1; k >= floor && k > first - 30; k--) {
    if (tokens[k]?.text !== ',') continue;
    if (/^(who|which|whose|where)$/.test(tokens[k + 1]?.lower ?? '')) return true;
    // ('which includes BlackRock, Amundi and T. Rowe Price,': over the commas of a list of names.)
    let listed = false;
    for (let w = k + 1; w < first && !listed; w++)
      listed = tokens[w]?.lower === 'and' || tokens[w]?.lower === 'or';
    if (!tokens[k + 1]?.cap || !listed) return false;
  }
  return false;
}

/** What speaks for the person who owns it: 'Hale's office said', 'Trump's campaign said'. */
const OWNED_VOICES = new Set([
  'office',
  'campaign',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'team',
  'aides',
]);

/**
 * The description or person before an 'of' phrase ending at `end` ('the commander of the IRGC's aerospace
 * force'): a definite or person mention ending right before 'of', within a few words; null otherwise.
 */
function headBeforeOf(m: Mentions, tokens: readonly Token[], end: number, floor: number): Mention | null {
  for (let k = end; k > floor && k > end - 8; k--) {
    if (tokens[k]?.text === ',') return null;
    if (tokens[k]?.lower !== 'of') continue;
    const x = m.list[m.at[k - 1] ?? -1];
    if (x && x.last === k && (x.kind === 'definite' || (x.kind === 'entity' && x.entity?.type === 'person')))
      return x;
    return null;
  }
  return null;
}

/**
 * A capitalised name no list knows before an apposition that describes a body ('The FNSEA, the biggest
 * farming union,', 'Funai, the federal agency for indigenous peoples,'), the apposition closing at the comma
 * `close`: the body, of the sector the description's head gives. Null otherwise.
 */
function describedBody(doc: AnalysisDoc, m: Mentions, close: number, floor: number): Mention | null {
  const { tokens } = doc;
  const k = appositionOpening(tokens, close - 1, floor, 11);
  if (k < 0) return null;
  const name = tokens[k - 1];
  if (!name || !looksLikeName(name) || (m.at[k - 1] ?? -1) >= 0) return null;
  // The description's head: the last noun before a preposition or the comma.
  let h = k + 2;
  while (h < close && /^(NOUN|ADJ|PROPN|NUM|DET)$/.test(tokens[h]?.pos ?? '')) h++;
  const head = tokens[h - 1];
  if (head?.pos !== 'NOUN' || !(BODY_NAME_WORDS.has(head.lower) || BODY_KINDS_BEFORE.has(head.lower)))
    return null;
  let n = bodyNameStart(tokens, k - 1, floor);
  while (n > floor && looksLikeName(tokens[n - 1] as Token) && tokens[n - 1]?.sentence === name.sentence) n--;
  const aff = {
    country: null,
    sector: sectorOfWord(head.lower) ?? BODY_KINDS_BEFORE.get(head.lower) ?? null,
  };
  const entity = makeEntity(oneSpacedWords(tokens.slice(n, k)), 'organisation', aff);
  return { first: n, last: k, kind: 'entity', entity };
}

/**
 * ("India's negotiator, Chandni Raina, said": the description the name is set beside, opening the clause,
 * places a person the name alone does not.)
 */
function describeFromBefore(doc: AnalysisDoc, m: Mentions, inner: Mention, floor: number): void {
  const { tokens } = doc;
  const e = inner.entity;
  const comma = inner.first - 1;
  if (!e || e.aff.country || e.aff.sector || tokens[comma]?.text !== ',') return;
  let p = comma;
  while (
    p > floor &&
    p > comma - 6 &&
    tokens[p - 1]?.text !== ',' &&
    tokens[p - 1]?.sentence === tokens[comma]?.sentence
  )
    p--;
  if (p >= comma || (tokens[p - 1]?.text !== ',' && tokens[p - 1]?.sentence === tokens[comma]?.sentence))
    return;
  const d = describedEntity(doc, p, comma, m);
  // (Only a country, or a post no body holds, says enough: 'A lawyer for the news outlets, David Schulz,';
  // 'The president of Acme, John Smith,' is no government's.)
  if (
    d.type !== 'person' ||
    !d.aff.sector ||
    !(d.aff.country || d.aff.sector === 'counsel' || d.aff.sector === 'expert')
  )
    return;
  placePerson(e, { ...d.aff });
}

/**
 * Where 'a spokesman for' starts before the body named from `body` ('A spokesperson for the Hong Kong
 * government', 'A spokesman for the company'): the post speaks for the body; -1 when no such post is there.
 */
export function spokesmanFor(tokens: readonly Token[], body: number, floor: number): number {
  const post = tokens[body - 2];
  if (tokens[body - 1]?.lower !== 'for' || body - 2 < floor || !post || !SPOKES_WORDS.has(post.lower))
    return -1;
  let p = body - 2;
  while (p > floor && /^(ADJ|DET)$/.test(tokens[p - 1]?.pos ?? '')) p--;
  return p;
}

/**
 * The comma opening an apposition that starts with 'a', 'an' or 'the' (', a news agency ...', ', the
 * biggest farming union'), the first comma looking back from `from` over at most `reach` tokens; -1 when
 * that comma opens no such apposition or none is met.
 */
function appositionOpening(tokens: readonly Token[], from: number, floor: number, reach: number): number {
  for (let k = from; k > floor && k > from - reach; k--) {
    if (tokens[k]?.text !== ',') continue;
    return /^(a|an|the)$/.test(tokens[k + 1]?.lower ?? '') ? k : -1;
  }
  return -1;
}

/**
 * People a description ties to the body `found` names ('Legal experts close to the government', 'analysts
 * linked to the army'), as an unnamed group: null when `found` is not such a body.
 */
function linkedPeople(doc: AnalysisDoc, m: Mentions, found: Mention, floor: number): Mention | null {
  const { tokens } = doc;
  const p = found.first - (tokens[found.first - 1]?.lower === 'the' ? 2 : 1);
  if (!/^(with|to)$/.test(tokens[p]?.lower ?? '') || !LINKED.has(tokens[p - 1]?.lower ?? '')) return null;
  const h = p - 2;
  const head = tokens[h];
  if (!head || h < floor) return null;
  // ('Two legal experts close to the government': the people the scan took as a mention.)
  const named = m.list[m.at[h] ?? -1];
  if (named) return named.last === h + 1 && named.entity?.type !== 'organisation' ? named : null;
  // ('Economists close to the coalition': wink may tag the sentence's first word a proper noun.)
  const opens = tokens[h - 1]?.sentence !== head.sentence;
  if ((head.pos !== 'NOUN' && !(opens && head.pos === 'PROPN')) || !isPersonNoun(head)) return null;
  const first = describedStart(tokens, h, floor);
  const from = first < 0 ? h : first;
  return { first: from, last: h + 1, kind: 'entity', entity: describedEntity(doc, from, h + 1, m) };
}

/** Participles that tie a body to another in an apposition ('a news agency affiliated with the IRGC'). */
const LINKED = new Set(['affiliated', 'linked', 'allied', 'aligned', 'associated', 'close', 'tied', 'loyal']);

/**
 * ('Tasnim, a news agency affiliated with the Islamic Revolutionary Guard Corps, went further, accusing'):
 * a body a description ties its subject to, inside an apposition, is not the subject; the one named before
 * the apposition is. Null when the mention at `first` is no such body.
 */
function linkedBodyOwner(
  m: Mentions,
  tokens: readonly Token[],
  first: number,
  floor: number,
): Mention | null {
  const p = first - (tokens[first - 1]?.lower === 'the' ? 2 : 1);
  if (!/^(with|to)$/.test(tokens[p]?.lower ?? '') || !LINKED.has(tokens[p - 1]?.lower ?? '')) return null;
  const k = appositionOpening(tokens, p - 2, floor, 10);
  const owner = k < 0 ? undefined : m.list[m.at[k - 1] ?? -1];
  return owner?.kind === 'entity' && owner.entity && !isCountryEntity(owner.entity) && owner.last === k
    ? owner
    : null;
}

/** Words of a name as written, one space apart. */
const oneSpacedWords = (words: readonly Token[]) => words.map((w) => w.text).join(' ');

/** A capitalised name nothing else is known about: a body when one of its words says so, else a person. */
function unknownNamed(doc: AnalysisDoc, words: readonly Token[]): Entity {
  const name = oneSpacedWords(words);
  // 'AROS said', 'the S.E.C. said': a name in capitals is an acronym, and acronyms name bodies.
  const acronym = words.length === 1 && /^(\p{Lu}\.?){2,}$/u.test(name);
  // ('a claim Voltaris flatly denies' after 'Voltaris CEO Helen Strand': the body whose post the text named.)
  const post = words.length === 1 ? postAfterName(doc, words[0] as Token) : undefined;
  if (post !== undefined) return makeEntity(name, 'organisation', { country: null, sector: post });
  // ('The think tank Bruegel', 'the consultancy EcoGo', 'the charity Oxfam': the kind of body said before.)
  const kind = bodyKindBefore(doc.tokens, (words[0] as Token).i);
  if (kind !== undefined) return makeEntity(name, 'organisation', { country: null, sector: kind });
  // ('Lagos said', 'states including Bremen and Lower Saxony have signalled': a state's, region's or city's
  // name speaks for its government, as a country's does for the nation's.)
  const place = placeAt(doc.tokens, (words[0] as Token).i);
  if (place?.n === words.length)
    return makeEntity(name, 'organisation', { country: place.country, sector: 'government', local: true });
  return makeEntity(name, acronym || words.some(isBodyWord) ? 'organisation' : 'person', {
    country: null,
    sector: null,
  });
}

/**
 * 'the Buenos Aires human rights organisation CELS': after a place at `first` (ending at `from`), lowercase
 * words that end in a kind of body, then the body's capitalised name; that body, placed and described by the
 * words. Null otherwise.
 */
function bodyNamedAfterDescription(doc: AnalysisDoc, first: number, from: number): Mention | null {
  const { tokens } = doc;
  let k = from;
  while (k < from + 5 && tokens[k] && !tokens[k]?.cap && /^(ADJ|NOUN)$/.test(tokens[k]?.pos ?? '')) k++;
  if (k === from || bodyKindBefore(tokens, k) === undefined) return null;
  let end = k;
  while (tokens[end]?.cap && tokens[end]?.isWord && tokens[end]?.sentence === tokens[k]?.sentence) end++;
  if (end === k) return null;
  const described = describedEntity(doc, first, k);
  const sector = described.aff.sector ?? bodyKindBefore(tokens, k) ?? null;
  const entity = makeEntity(oneSpacedWords(tokens.slice(k, end)), 'organisation', {
    ...described.aff,
    sector,
  });
  return { first: k, last: end, kind: 'entity', entity };
}

/** Kinds of body a text names before the name ('the think tank Bruegel'), with their sector. */
const BODY_KINDS_BEFORE = new Map<string, Sector | null>([
  ['tank', 'expert'],
  ['consultancy', 'expert'],
  ['institute', 'expert'],
  ['charity', 'humanitarian'],
  ['firm', 'business'],
  ['company', 'business'],
  ['lender', 'business'],
  ['nonprofit', 'advocacy'],
  ['group', null],
  ['organisation', null],
  ['organization', null],
]);

/** Words before 'group', 'organisation' or 'firm' that say what kind ('the rights group CELS', 'the polling firm'). */
const BODY_KIND_MODIFIERS = new Map<string, Sector>([
  ['rights', 'rights'],
  ['advocacy', 'advocacy'],
  ['campaign', 'advocacy'],
  ['lobby', 'advocacy'],
  ['pressure', 'advocacy'],
  ['environmental', 'advocacy'],
  ['aid', 'humanitarian'],
  ['relief', 'humanitarian'],
  ['humanitarian', 'humanitarian'],
  ['polling', 'expert'],
  ['research', 'expert'],
]);

/** The sector of the kind of body named right before token `i` ('think tank' + 'Bruegel'); undefined if none. */
function bodyKindBefore(tokens: readonly Token[], i: number): Sector | null | undefined {
  const w = tokens[i - 1];
  if (!w || w.cap || !BODY_KINDS_BEFORE.has(w.lower)) return undefined;
  if (w.lower === 'tank' && tokens[i - 2]?.lower !== 'think') return undefined;
  // ('the rights group CELS', 'Human rights group CELS', 'the polling firm Management & Fit'.)
  const modifier = BODY_KIND_MODIFIERS.get(tokens[i - 2]?.lower ?? '');
  if (modifier && w.lower !== 'tank') return modifier;
  return BODY_KINDS_BEFORE.get(w.lower);
}

/** Words that say where a place lies, between a preposition and its name ('in nearby Romulus'). */
const PLACE_ADJECTIVES = new Set([
  'nearby',
  'neighboring',
  'neighbouring',
  'rural',
  'suburban',
  'downtown',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  // ('Residents ... in south London', 'in north-east Syria': a part of the place.)
  'north',
  'south',
  'east',
  'west',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
]);

/** Posts only a body has, so a name right before one and a person's name is that body's ('Voltaris CEO Jane Roe'). */
const BODY_POSTS = new Set([
  'ceo',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chairman',
  'chairwoman',
  'executive',
]);

/** Per document: one-word names the text puts before a body's post and a person's name, with the post's sector. */
const namesBeforePosts = new WeakMap<AnalysisDoc, Map<string, Sector | null>>();

/**
 * The sector of the body a one-word name stands for, when the text elsewhere puts it before a post only
 * bodies have and a person's name ('Voltaris CEO Helen Strand': business); undefined when it never does.
 * The document is read once for all its names.
 */
function postAfterName(doc: AnalysisDoc, word: Token): Sector | null | undefined {
  let found = namesBeforePosts.get(doc);
  if (!found) {
    found = new Map();
    const { tokens } = doc;
    for (let k = 0; k < tokens.length - 2; k++) {
      const post = tokens[k + 1] as Token;
      if (BODY_POSTS.has(post.lower) && tokens[k + 2]?.cap && !found.has((tokens[k] as Token).text))
        found.set((tokens[k] as Token).text, sectorOfWord(post.lower));
    }
    namesBeforePosts.set(doc, found);
  }
  return found.get(word.text);
}

/** 'according to X' at i ('according'), returns the token after 'to'. */
export function accordingTo(tokens: readonly Token[], i: number): number | null {
  return tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to' ? i + 2 : null;
}

/**
 * The mention whose tokens end at `end - 1`, walking back over auxiliaries, adverbs and 'which'/'who' clauses;
 * then 'what it called' is the main clause's subject, and someone described who spoke on condition of
 * anonymity is an anonymous source.
 */
export function subjectBefore(doc: AnalysisDoc, m: Mentions, verb: number, floor: number): Mention | null {
  const found = subjectScan(doc, m, verb, floor);
  if (!found) return found;
  // ('Al Jazeera aired footage it said showed the aftermath': a pronoun opening a clause on a noun is the
  // sentence's subject.)
  if (found.kind === 'pronoun' && doc.tokens[found.first - 1]?.pos === 'NOUN') {
    const head = sentenceSubject(doc, m, found.first, found.ref ?? '');
    if (head) return head;
  }
  if (found.kind === 'pronoun' && doc.tokens[found.first - 1]?.lower === 'what')
    return whatClauseOwner(doc, m, found, floor) ?? found;
  // ('Legal experts close to the government said', 'Economists close to the coalition described': the body
  // a description ties its people to is not who speaks; they are.)
  const linked = linkedPeople(doc, m, found, floor);
  if (linked) return linked;
  // ('regulators appointed by the previous administration have signaled': the agent of a participle
  // describes the subject, who is the people before it.)
  const agentOf = adjacentSubject(doc.tokens, found.last, verb)
    ? participleAgent(doc.tokens, found.first, floor)
    : -1;
  if (agentOf >= 0) {
    const head = doc.tokens[agentOf] as Token;
    const first = describedStart(doc.tokens, agentOf, floor);
    if (!nounOrOpener(doc.tokens, agentOf) || !isPersonNoun(head)) return null;
    const from = first < 0 ? agentOf : first;
    return {
      first: from,
      last: agentOf + 1,
      kind: 'entity',
      entity: describedEntity(doc, from, agentOf + 1, m),
    };
  }
  return describedUnnamed(doc, found, verb);
}

/** Words for what a statement came in, after 'In a' opening a sentence ('In a statement carried by MAP,'). */
const STATEMENT_VEHICLES = new Set([
  'statement',
  'interview',
  'letter',
  'post',
  'message',
  'speech',
  'video',
]);

/**
 * Past an opening 'In a statement carried by the state news agency MAP,' / 'In an interview with CNN,': where
 * the sentence's subject may start; `from` itself when the sentence does not open so.
 */
export function statementOpeningEnd(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.lower !== 'in') return from;
  const vehicle = tokens[from + 2];
  if (!vehicle || !STATEMENT_VEHICLES.has(vehicle.lower)) return from;
  for (let k = from + 3; k < from + 16; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== vehicle.sentence || t.pos === 'AUX') return from;
    if (t.text === ',') return k + 1;
  }
  return from;
}

/**
 * The mention that opens sentence `sentence`, reading back from token `start` no further than `floor`, past an
 * opening 'In a statement ...,' (statementOpeningEnd) and a leading 'the'; null when the sentence starts
 * before `floor` or no mention opens it.
 */
function openingMention(
  tokens: readonly Token[],
  m: Mentions,
  sentence: number | undefined,
  start: number,
  floor: number,
): Mention | null {
  let k = start;
  while (k > floor && tokens[k - 1]?.sentence === sentence) k--;
  if (tokens[k - 1]?.sentence === sentence) return null;
  k = statementOpeningEnd(tokens, k);
  if (tokens[k]?.lower === 'the') k++;
  const x = m.list[m.at[k] ?? -1];
  return x && x.first <= k ? x : null;
}

/**
 * The mention that opens the sentence of token `before` as its subject (the first mention, starting the
 * sentence), when it fits the pronoun: an organisation for 'it', a person for 'he' or 'she'; else null.
 */
function sentenceSubject(doc: AnalysisDoc, m: Mentions, before: number, pronoun: string): Mention | null {
  const x = openingMention(doc.tokens, m, doc.tokens[before]?.sentence, before - 1, 0);
  const e = x?.kind === 'entity' ? x.entity : null;
  if (!x || !e) return null;
  if (pronoun === 'it') return e.type === 'organisation' && !isCountryEntity(e) ? x : null;
  if (pronoun === 'he' || pronoun === 'she') return e.type === 'person' && !e.plural ? x : null;
  return null;
}

/** Whether only auxiliaries and adverbs stand between a subject ending at `last` and its verb. */
function adjacentSubject(tokens: readonly Token[], last: number, verb: number): boolean {
  for (let k = last; k < verb; k++) {
    const pos = tokens[k]?.pos;
    if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART') return false;
  }
  return true;
}

/**
 * The noun a participle phrase 'appointed by X' ending in the mention at `first` describes, when 'by' and a
 * past participle stand right before it ('regulators appointed by the previous administration'); -1 otherwise.
 */
function participleAgent(tokens: readonly Token[], first: number, floor: number): number {
  let k = first - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'by' || k - 2 < floor) return -1;
  const participle = tokens[k - 1] as Token;
  if (participle.pos !== 'VERB' || !participle.lower.endsWith('ed')) return -1;
  // ('Residents in Assab interviewed by ERINA': over where they are.)
  let n = k - 2;
  if (tokens[n]?.cap && /^(in|from|of)$/.test(tokens[n - 1]?.lower ?? '') && n - 2 >= floor) n -= 2;
  return nounOrOpener(tokens, n) ? n : -1;
}

/** A common noun, or a plural wink tagged a proper noun because it opens the sentence ('Residents said'). */
function nounOrOpener(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.pos === 'NOUN') return true;
  return t.pos === 'PROPN' && tokens[k - 1]?.sentence !== t.sentence && t.lower.endsWith('s');
}

/** Someone described, not named, whose clause before `verb` keeps them unnamed: that anonymous source. */
export function describedUnnamed(doc: AnalysisDoc, found: Mention, verb: number): Mention {
  if (
    found.kind === 'entity' &&
    found.entity?.type === 'person' &&
    DESCRIBED_OPENERS.has(doc.tokens[found.first]?.lower ?? '')
  )
    return anonymousIfUnnamed(doc, found, verb);
  return found;
}

/** First words of someone described, not named ('A senior official', 'One Gulf diplomat', 'The diplomat'). */
const DESCRIBED_OPENERS = new Set(['a', 'an', 'one', 'the', 'another']);

/** Verbs whose own clause may be the request for anonymity ('who asked not to be named'). */
export const REQUEST_VERBS: ReadonlySet<string> = new Set(['ask', 'request', 'speak', 'decline']);

/** Words between a description and its verb that say the speaker may not be named. */
const ANONYMITY_CUES = new Set([
  // ('A nurse who declined to give her name said')
  'name',
  'anonymity',
  'anonymously',
  'named',
  'identified',
  'authorized',
  'authorised',
]);

/**
 * 'An RSF commander, who spoke to Reuters by phone on condition of anonymity, said': someone described, not
 * named, with a clause saying so before the verb is an anonymous source (same description, same camp).
 */
export function anonymousIfUnnamed(doc: AnalysisDoc, found: Mention, verb: number): Mention {
  const e = found.entity as Entity;
  // (Up to a few words past the verb: 'who asked not to be named' is itself the request.)
  const sentence = doc.tokens[verb]?.sentence;
  const end = REQUEST_VERBS.has(doc.tokens[verb]?.lemma ?? '') ? verb + 6 : verb;
  return anonymityCue(doc.tokens, found.last, end, (t) => t.sentence === sentence)
    ? { ...found, entity: asAnonymous(e) }
    : found;
}

/** Whether an anonymity cue stands in tokens [from, to) before the first token `within` rejects. */
function anonymityCue(
  tokens: readonly Token[],
  from: number,
  to: number,
  within: (t: Token) => boolean,
): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || !within(t)) return false;
    if (ANONYMITY_CUES.has(t.lower)) return true;
  }
  return false;
}

/** Someone described, as an anonymous source (same description, same camp). */
const asAnonymous = (e: Entity) => makeEntity(e.name, 'anonymous', { ...e.aff }, { roles: e.roles });

/**
 * 'The Sovereignty Council condemned what it called the "shameful silence"': the pronoun after 'what' is the
 * subject of the verb before 'what', when that subject fits it (a body for 'it', a person for 'he'/'she').
 */
function whatClauseOwner(doc: AnalysisDoc, m: Mentions, pronoun: Mention, floor: number): Mention | null {
  const verb = pronoun.first - 2;
  if (doc.tokens[verb]?.pos !== 'VERB' || verb <= floor) return null;
  const owner = subjectScan(doc, m, verb, floor);
  const e = owner?.kind === 'entity' ? owner.entity : null;
  if (!e) return null;
  const ref = pronoun.ref ?? '';
  const fits =
    ref === 'it'
      ? e.type === 'organisation' && !e.plural
      : ref === 'they'
        ? e.plural || e.type === 'organisation'
        : e.type === 'person' && !e.plural && (!e.gender || e.gender === (ref === 'he' ? 'm' : 'f'));
  return fits ? owner : null;
}

/**
 * Where a US party label ending at `end` opens (the comma of ', R-Tenn.', ', D-N.Y.'): a comma, R, D or I, a
 * hyphen, then up to five capitalised words and full stops; -1 when none ends there.
 */
function partyLabelStart(tokens: readonly Token[], end: number, floor: number): number {
  let k = end;
  while (k > floor && k > end - 5 && (tokens[k]?.text === '.' || tokens[k]?.cap)) k--;
  if (k === end || tokens[k]?.text !== '-' || !/^[RDI]$/.test(tokens[k - 1]?.text ?? '')) return -1;
  return tokens[k - 2]?.text === ',' ? k - 2 : -1;
}

/** Where the verb group of `verb` starts: back over adverbs and auxiliaries ('has repeatedly insisted'). */
function verbStart(tokens: readonly Token[], verb: number): number {
  let k = verb;
  while (k > 0 && (tokens[k - 1]?.pos === 'ADV' || tokens[k - 1]?.pos === 'AUX')) k--;
  return k;
}

/**
 * The finite verb of the clause before 'and' at `and` ('dodged' in 'Okafor dodged questions and insisted'):
 * the nearest verb within eight words, no comma or quotation between; -1 when there is none.
 */
function coordinatedVerb(tokens: readonly Token[], and: number, floor: number, verb: number): number {
  // ('Ben-Gvir called it "reckless" and said': over a quotation's marks, and its words, to the first verb.)
  let quoted = false;
  for (let k = and - 1; k > floor && k >= and - (quoted ? 16 : 8); k--) {
    const t = tokens[k] as Token;
    if (/^["“”]$/.test(t.text)) {
      quoted = !quoted;
      continue;
    }
    if (quoted) continue;
    if (t.pos === 'PUNCT') return -1;
    if (t.pos !== 'VERB') continue;
    if (t.lower.endsWith('ing')) {
      // ("Pakistan's military denied targeting civilians and said": a gerund object of the verb before it.)
      const finite = tokens[k - 1];
      return k - 1 > floor && finite?.pos === 'VERB' && !finite.lower.endsWith('ing') ? k - 1 : -1;
    }
    if (tokens[k - 1]?.lower !== 'to') return k;
    // ('declined to comment but said': the verb before the infinitive is the clause's own; not when the verb
    // after 'and' is as bare as the infinitive: 'needs to sell herself and tell more jokes'.)
    const lead = tokens[k - 2];
    const bare = tokens[verb]?.lower === tokens[verb]?.lemma;
    return k - 2 > floor && !bare && lead?.pos === 'VERB' && !lead.lower.endsWith('ing') ? k - 2 : -1;
  }
  return -1;
}

/** The report verb (no verb of belief) of the clause ending at the comma `comma`, within its sentence; -1 if none. */
function reportVerbBefore(tokens: readonly Token[], comma: number, floor: number): number {
  const sentence = tokens[comma]?.sentence;
  for (let k = comma - 1; k > floor && k > comma - 12; k--) {
    const w = tokens[k] as Token;
    if (w.sentence !== sentence || w.text === ',' || /^["“”'‘’]$/.test(w.text)) return -1;
    // ('said in an emailed statement, adding': a participle after an article describes the noun.)
    if (w.pos !== 'VERB' || tokens[k - 1]?.pos === 'DET') continue;
    const v = verbAt(tokens, k);
    return v && !v.cognition && !w.lower.endsWith('ing') ? k : -1;
  }
  return -1;
}

/** Prepositions whose object is no subject of a participle right after it ('written to the FDA demanding'). */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'to',
  'with',
  'from',
  'against',
  'on',
  'at',
]);

/** Whether tokens [from, to) are a state or province after a city's comma ('Calif.', 'Ont.', 'Texas'). */
function statePart(tokens: readonly Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 2) return false;
  const t = tokens[from] as Token;
  // (wink keeps 'Calif.' whole but may split 'Ont.' into the word and its full stop.)
  const dot = tokens[from + 1];
  return (
    placeAt(tokens, from, to)?.n === n ||
    (n === 1 && /^[A-Z][a-z]{1,4}\.$/.test(t.text)) ||
    (n === 2 && /^[A-Z][a-z]{1,4}$/.test(t.text) && dot?.text === '.' && dot.start === t.end)
  );
}

/** Whether tokens [from, to) describe someone by posts alone: a role word and no verb. */
function postsOnly(tokens: readonly Token[], from: number, to: number): boolean {
  let post = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    // ('lead author', 'acting director', 'managing editor': a word wink tags a verb before a post's noun.)
    if ((t.pos === 'VERB' && tokens[k + 1]?.pos !== 'NOUN') || t.pos === 'AUX') return false;
    // ('a 34-year-old trader at the city's main market': an age describes a person too.)
    if (!post && (sectorOfWord(t.lower) || isAgeNoun(tokens, k))) post = true;
  }
  return post;
}

/** Verbs of saying a news sentence puts before their subject ('said the minister', 'added Smith'). */
const INVERTED_VERBS = new Set([
  'say',
  'add',
  'write',
  'explain',
  'note',
  'continue',
  'reply',
  'respond',
  'conclude',
  'state',
  'announce',
  'declare',
]);

/**
 * The mention that opens the sentence of `comma` and is the subject of its first verb ('Moody's downgraded
 * the country,'): a named speaker right at the start, then only auxiliaries or adverbs before a finite verb,
 * and no comma before that; null otherwise.
 */
function openingSubject(doc: AnalysisDoc, m: Mentions, comma: number, floor: number): Mention | null {
  const { tokens } = doc;
  const x = openingMention(tokens, m, tokens[comma]?.sentence, comma - 1, floor);
  if (
    !x ||
    (x.kind === 'entity' ? !x.entity || !!x.entity.outlet : x.kind !== 'definite' && x.kind !== 'pronoun')
  )
    return null;
  let v = x.last;
  while (v < comma && (tokens[v]?.pos === 'AUX' || tokens[v]?.pos === 'ADV')) v++;
  const verb = tokens[v];
  if (verb?.pos !== 'VERB' || verb.lower.endsWith('ing')) return null;
  for (let j = v + 1; j < comma; j++)
    if (tokens[j]?.text === ',' || /^["“”]$/.test(tokens[j]?.text ?? '')) return null;
  return x;
}

/** Report verbs whose object, right after them, is the one spoken to ('told the group'). */
const OBJECT_VERBS = new Set(['tell', 'ask', 'urge', 'warn', 'assure', 'inform', 'remind']);

/**
 * The person named right before an apposition that ends at the comma `comma` ('Rosa' in 'Rosa, an
 * 80-year-old seamstress from Lanús,'): the apposition opens with an article after that person's comma.
 */
function appositionOwner(doc: AnalysisDoc, m: Mentions, comma: number, floor: number): Mention | null {
  const { tokens } = doc;
  const k = appositionOpening(tokens, comma - 1, floor, 15);
  if (k < 0) return null;
  const named = m.list[m.at[k - 1] ?? -1];
  if (named?.kind === 'entity' && named.entity?.type === 'person' && named.last === k) return named;
  // ('said Ahmed, a 24-year-old from Khartoum, who asked': a one-word name the scan did not take, right
  // after the report verb; not the place closing the apposition.)
  const name = tokens[k - 1];
  if (
    !named &&
    name &&
    looksLikeName(name) &&
    reportVerbOf(tokens[k - 2] as Token) !== null &&
    k - 2 >= floor
  )
    return { first: k - 1, last: k, kind: 'entity', entity: unknownNamed(doc, [name]) };
  return null;
}

/** Verbs that lead into another with 'to' and share their subject with it ('continued to insist'). */
const LEAD_IN_VERBS = new Set(['continue', 'proceed', 'hasten']);

/**
 * The verb that leads into a report verb at `verb` and holds its subject: 'went' in 'He went on to warn',
 * 'continued' in 'She continued to insist', 'was' in 'The minister was quick to deny'; -1 otherwise.
 */
function leadInVerb(tokens: readonly Token[], verb: number, floor: number): number {
  if (tokens[verb - 1]?.lower !== 'to' || verb - 3 < floor) return -1;
  const w = tokens[verb - 2] as Token;
  if (w.pos === 'VERB' && LEAD_IN_VERBS.has(w.lemma)) return verb - 2;
  const v = tokens[verb - 3] as Token;
  if (w.lower === 'on' && v.lemma === 'go') return verb - 3;
  if (w.lower === 'quick' && v.lemma === 'be') return verb - 3;
  return -1;
}

/** The subject scan itself (see subjectBefore). */
function subjectScan(doc: AnalysisDoc, m: Mentions, verb: number, floor: number): Mention | null {
  const { tokens } = doc;
  const relative = relativeClauseHead(doc, m, verb, floor);
  if (relative !== undefined) return relative;
  const lead = leadInVerb(tokens, verb, floor);
  if (lead >= 0) return subjectScan(doc, m, lead, floor);
  // 'SUNA quoted army spokesman Nabil Abdallah as saying': the one quoted speaks.
  if (tokens[verb - 1]?.lower === 'as' && tokens[verb]?.lower.endsWith('ing')) {
    const quoted = m.list[m.at[verb - 2] ?? -1];
    const by = tokens[(quoted?.first ?? 0) - 1];
    if (
      quoted?.kind === 'entity' &&
      quoted.last === verb - 1 &&
      (by?.lemma === 'quote' || by?.lemma === 'cite')
    )
      return quoted;
  }
  // ', the military said, adding that', ', said the minister, adding': a participle after a report clause
  // shares that clause's speaker.
  if (tokens[verb]?.lower.endsWith('ing') && tokens[verb - 1]?.text === ',' && verb - 2 > floor) {
    if (verbAt(tokens, verb - 2)) return subjectScan(doc, m, verb - 2, floor);
    // ('has also weighed in, accusing': a phrasal verb's particle ends the clause.)
    const particle = tokens[verb - 2];
    if (
      (particle?.pos === 'ADP' || particle?.pos === 'PART') &&
      verb - 3 > floor &&
      tokens[verb - 3]?.pos === 'VERB'
    )
      return subjectScan(doc, m, verb - 3, floor);
    const named = m.list[m.at[verb - 2] ?? -1];
    const before = named && named.last === verb - 1 && named.first - 1 > floor ? named.first - 1 : -1;
    const v = before > 0 ? verbAt(tokens, before) : null;
    // ('he told the group, adding': the one told is no speaker; the teller is. 'said the minister, adding': a
    // name after a verb of saying is its subject; 'it attacked Trump, saying': after any other verb, its object.)
    if (v)
      return OBJECT_VERBS.has(v.lemma) || !INVERTED_VERBS.has(v.lemma)
        ? subjectScan(doc, m, before, floor)
        : (named ?? null);
    // ("Taiwan's government rejects Beijing's claims, saying": the report verb of the clause before.)
    const main = reportVerbBefore(tokens, verb - 1, floor);
    if (main >= 0) return subjectScan(doc, m, main, floor);
    // ("Moody's downgraded the country, saying": the subject that opens the clause before.)
    const opener = openingSubject(doc, m, verb - 1, floor);
    if (opener) return opener;
  }
  // ('Planned Parenthood issued a statement vowing to "keep fighting"': the statement's issuer vows.)
  if (
    tokens[verb]?.lower.endsWith('ing') &&
    DOCUMENT_NOUNS.has(tokens[verb - 1]?.lower ?? '') &&
    tokens[verb - 2]?.pos === 'DET' &&
    ISSUE_VERBS.has(tokens[verb - 3]?.lemma ?? '') &&
    verb - 3 > floor
  )
    return subjectScan(doc, m, verb - 3, floor);
  let j = verb - 1;
  /** A body stepped over in a description ('a spokesman for the Kremlin'): whose the post is. */
  let owner: Entity | null = null;
  /** Where the owner's name ends ('the head of the WHO' + 'said'): the description runs to there. */
  let ownerEnd = -1;
  /** Whether the scan has stepped back over a clause or a body, away from the verb. */
  let stepped = false;
  /** A noun the scan stepped back to over a clause that keeps it unnamed ('One maize grower, who asked ...'). */
  let unnamedAgent = -1;
  while (j >= floor) {
    const t = tokens[j];
    if (!t) return null;
    // ('Human Rights Watch, for its part, said': back over the aside.)
    if (t.text === ',' && j - 4 >= floor && forPartAt(tokens, j - 4)) {
      j -= 5;
      continue;
    }
    if (SKIP_BEFORE_VERB.has(t.lower) || (t.pos === 'ADV' && startsLowercase(t.text))) {
      j--;
      continue;
    }
    // 'The Home Secretary last night vowed', 'Smith on Tuesday said': a time between subject and verb.
    // (Not before a participle: 'sent a letter to Lindqvist last month urging her' is Markovic urging.)
    const finite = !tokens[verb]?.lower.endsWith('ing');
    if (finite && TIME_NOUNS.has(t.lower) && TIME_OPENERS.has(tokens[j - 1]?.lower ?? '') && j - 1 > floor) {
      j -= 2;
      continue;
    }
    if (finite && CALENDAR_WORDS.has(t.lower) && tokens[j - 1]?.lower === 'on' && j - 1 > floor) {
      j -= 2;
      continue;
    }
    // 'Okafor repeatedly dodged questions and insisted': two verbs joined by 'and' share the first's subject.
    // (Not for participles and infinitives: 'pleading with officers not to shoot and begging her husband'.)
    if (
      (t.lower === 'and' || t.lower === 'but') &&
      j === verbStart(tokens, verb) - 1 &&
      !tokens[verb]?.lower.endsWith('ing')
    ) {
      const first = coordinatedVerb(tokens, j, floor, verb);
      const shared = first < 0 ? null : subjectScan(doc, m, first, floor);
      // ('strategies for a Senate run but noted': a name after an article or preposition is no subject;
      // 'The Federal Reserve held rates steady and signaled': a body's own 'the' is part of its name.)
      const prev = tokens[(shared?.first ?? 0) - 1];
      const bodyThe =
        prev?.lower === 'the' &&
        shared?.entity?.type === 'organisation' &&
        (tokens[(shared?.first ?? 0) - 2]?.sentence !== prev.sentence ||
          tokens[(shared?.first ?? 0) - 2]?.pos === 'PUNCT');
      return !bodyThe && (prev?.pos === 'DET' || prev?.pos === 'ADP') ? null : shared;
    }
    // 'Rep. Gwen Moore (D-Wis.) said': step over a parenthesis.
    if (t.text === ')') {
      let k = j - 1;
      while (k > floor && k > j - 8 && tokens[k]?.text !== '(') k--;
      if (tokens[k]?.text === '(') {
        j = k - 1;
        continue;
      }
    }
    // (Set off by a dash too: 'The senator — who has called the bill "dead on arrival" —'.)
    if ((t.lower === 'which' || isWho(t)) && CLAUSE_OPENERS.has(tokens[j - 1]?.text ?? '')) {
      // 'the commander of the IRGC's aerospace force, who said': the one described before 'of' is who.
      const head = isWho(t) ? headBeforeOf(m, tokens, j - 2, floor) : null;
      if (head) return head;
      // ('said Rosa, an 80-year-old seamstress from Lanús, who asked': the person the apposition describes.)
      const described = isWho(t) ? appositionOwner(doc, m, j - 1, floor) : null;
      if (described) return described;
      // ('a 24-year-old from Khartoum, who asked': 'who' is a person, never the place before it.)
      const before = isWho(t) ? m.list[m.at[j - 2] ?? -1] : undefined;
      // ('A doctor in Sanaa, who asked not to be named, said': the one described before the place.)
      if (before?.entity && isCountryEntity(before.entity) && before.last === j - 1)
        return describedBeforePlace(doc, m, before, floor);
      j -= 2;
      continue;
    }
    // ("Amnesty International's South Asia office said": a body's regional office speaks for the body.)
    if (t.lower === 'office' && !isPossessive(tokens[j - 1]?.text)) {
      let r = j - 1;
      while (r > floor && r > j - 4 && tokens[r]?.cap && !m.list[m.at[r] ?? -1]) r--;
      const body = r < j - 1 && isPossessive(tokens[r]?.text) ? m.list[m.at[r - 1] ?? -1] : undefined;
      if (body?.kind === 'entity' && body.entity?.type === 'organisation' && body.last === r) return body;
    }
    // 'Mayor Gregory Hale's office said': the office speaks for the person who owns it.
    if (OWNED_VOICES.has(t.lower) && isPossessive(tokens[j - 1]?.text)) {
      const owner = m.list[m.at[j - 2] ?? -1];
      // ("The Prime Minister's Office said": the office holder the description names.)
      if (
        owner &&
        owner.last === j - 1 &&
        ((owner.kind === 'entity' && owner.entity?.type === 'person') || owner.kind === 'definite')
      )
        return owner;
    }
    // ('Netanyahu met his cabinet. His office said': the person the possessive refers to.)
    if (OWNED_VOICES.has(t.lower) && (tokens[j - 1]?.lower === 'his' || tokens[j - 1]?.lower === 'her'))
      return {
        first: j - 1,
        last: j,
        kind: 'pronoun',
        entity: null,
        ref: tokens[j - 1]?.lower === 'his' ? 'he' : 'she',
      };
    // ('Caroline van der Plas – the BBB leader – warned': an apposition set off by dashes.)
    if (APPOSITION_DASHES.has(t.text) && t.start > 0 && /\s/.test(doc.text.charAt(t.start - 1))) {
      let k = j - 1;
      while (k > floor && k > j - 25 && tokens[k]?.sentence === t.sentence && tokens[k]?.text !== t.text) k--;
      const before = m.list[m.at[k - 1] ?? -1];
      if (tokens[k]?.text === t.text && k - 1 >= floor && before?.last === k) {
        j = k - 1;
        stepped = true;
        continue;
      }
    }
    // 'Stoltenberg, NATO's secretary general, said': step back over a comma-bounded apposition.
    if (t.text === ',') {
      // ('The FNSEA, the biggest farming union, said': a name nothing knows, described as a body.)
      const body = describedBody(doc, m, j, floor);
      if (body) return body;
      // 'The minister, Jane Roe, said': the name inside the commas.
      const inner = m.list[m.at[j - 1] ?? -1];
      // ('Ruth Luque, one of the few legislators, said': the one named before 'one of' the group.)
      const one = inner?.last === j ? oneOfOwner(m, tokens, inner.first, floor) : null;
      if (one) return one;
      // ('Burman, director of the Tax Policy Center, said': a body's name after a post is no such person.)
      // ('Amina Wekesa, who directs the think tank Power Shift Africa, said': a name closing a 'who' clause
      // is not the subject's apposition.)
      // ('a former labor minister in the outgoing government of President Gabriel Boric,': back over an
      // article and lowercase adjectives to the word the name follows.)
      let lead = inner ? inner.first - 1 : -1;
      while (
        lead > floor &&
        lead > (inner?.first ?? 0) - 4 &&
        !tokens[lead]?.cap &&
        (tokens[lead]?.pos === 'DET' || tokens[lead]?.pos === 'ADJ')
      )
        lead--;
      const leadWord = tokens[lead];
      if (
        inner?.kind === 'entity' &&
        inner.entity?.type === 'person' &&
        inner.last === j &&
        // (', of the opposition Frente Federal,': what a person belongs to, not the person.)
        !WHERE_PREPOSITIONS.has(tokens[inner.first - 1]?.lower ?? '') &&
        // (', headed by General Abdel Fattah al-Burhan,': the one who leads the subject, not the subject; ', a
        // spokesperson for President Lai Ching-te,': the one spoken for; ', a former chief of staff to Tony
        // Abbott,': the one served. Any preposition's object is another person.)
        leadWord?.pos !== 'ADP' &&
        leadWord?.lower !== 'by' &&
        leadWord?.lower !== 'for' &&
        // (', a lawyer representing Dana Sarsenova,': the object of a verb inside the apposition.)
        leadWord?.pos !== 'VERB' &&
        !namesBody(inner.entity.name) &&
        !closesClause(tokens, inner.first, floor)
      ) {
        describeFromBefore(doc, m, inner, floor);
        return inner;
      }
      // ('Another expert, Li Fei of Xiamen University, said': the person named with where they work.)
      if (inner?.kind === 'entity' && inner.entity?.type === 'organisation' && inner.last === j) {
        const glue = tokens[inner.first - 1]?.lower === 'the' ? inner.first - 2 : inner.first - 1;
        const person = WORK_PREPOSITIONS.has(tokens[glue]?.lower ?? '')
          ? m.list[m.at[glue - 1] ?? -1]
          : undefined;
        if (
          person?.kind === 'entity' &&
          person.entity?.type === 'person' &&
          person.last === glue &&
          tokens[person.first - 1]?.text === ',' &&
          person.first - 1 > floor
        )
          return person;
      }
      // 'A senior official, who spoke on condition of anonymity ..., said': back over the clause to its head.
      let k = j - 1;
      // (Over the commas of a list of names: 'which represents Amazon, Google and Meta,'.)
      while (k >= floor && k > j - 40 && (tokens[k]?.text !== ',' || listComma(tokens, k, j))) k--;
      // ('Jane Doe, a nurse from Fresno, Calif., said', 'at a rally in Brampton, Ont., said': a city and its
      // state or province are one place; the clause goes on before the city.)
      if (tokens[k]?.text === ',' && statePart(tokens, k + 1, j) && tokens[k - 1]?.cap) {
        let c = k - 1;
        while (c >= floor && c > k - 30 && tokens[c]?.text !== ',') c--;
        if (tokens[c]?.text === ',') k = c;
      }
      const opener = tokens[k + 1];
      const clause = opener?.lower ?? '';
      // ('One woman who traveled from Bowling Green, and who spoke on condition of anonymity, said': a
      // second 'who' clause; the head of the first speaks.)
      const first = clause === 'and' && isWho(tokens[k + 2]) ? firstWhoBefore(tokens, k - 1, floor) : -1;
      if (first >= 0) return subjectScan(doc, m, first, floor);
      // 'The refugee agency, UNRWA, said': the body's name beside the description of it.
      const desc = m.list[m.at[k - 1] ?? -1];
      if (
        inner?.kind === 'entity' &&
        inner.first === k + 1 &&
        inner.last === j &&
        desc?.kind === 'definite' &&
        desc.last === k &&
        desc.first >= floor &&
        namedApposition(doc, m, desc) === inner
      )
        return inner;
      // ('Philippe Lazzarini, head of the U.N. agency for Palestinian refugees, UNRWA, said': a body named
      // in apposition to the description before it; back over it to that description.)
      if (
        inner?.kind === 'entity' &&
        inner.entity?.type === 'organisation' &&
        inner.last === j &&
        inner.first === k + 1 &&
        tokens[k]?.text === ',' &&
        k - 1 >= floor &&
        !m.list[m.at[k - 1] ?? -1]
      ) {
        j = k;
        stepped = true;
        continue;
      }
      // A long clause only when it is one: 'who ...', 'which ...', or a participle ('speaking on condition of
      // anonymity because ...').
      const longOk =
        clause === 'who' ||
        clause === 'which' ||
        // ('Sheriff Wade Brannigan, whose deputies patrol 100 miles of the Rio Grande, said'; 'director of
        // al-Ahli Arab Hospital, where many of the wounded were taken, said'.)
        clause === 'whose' ||
        clause === 'where' ||
        // ('Ruth Luque, one of the few legislators who had pushed for the removal from the start, said'.)
        (clause === 'one' && tokens[k + 2]?.lower === 'of') ||
        (opener?.pos === 'VERB' && clause.endsWith('ing')) ||
        k > j - 12 ||
        // ('Dr. Ana Ruiz, a Johns Hopkins epidemiologist who advised the task force that recommended the
        // policy, defended it': a description whose own 'who' clause makes it long.)
        ((clause === 'a' || clause === 'an' || clause === 'the') &&
          whoWithin(tokens, k + 2, Math.min(j, k + 10))) ||
        // ('Dale Hutchins, president of the Fraternal Order of Police Capital City Lodge No. 9, said': a post
        // at a long-named body.)
        (sectorOfWord(clause) !== null && k > j - 20) ||
        // ("Dr. Sarah Whitfield, the study's lead author and an assistant professor of ophthalmology at Harvard
        // Medical School, cautioned": a long description with posts and no verb.)
        ((clause === 'a' || clause === 'an' || clause === 'the') &&
          k > j - 24 &&
          postsOnly(tokens, k + 1, j)) ||
        // ('William Hart, a former Federal Trade Commission official now at the law firm Covington & Burling,
        // said': a description of a person, then where they are now.)
        ((clause === 'a' || clause === 'an') &&
          k > j - 24 &&
          m.list[m.at[k + 1] ?? -1]?.first === k + 1 &&
          m.list[m.at[k + 1] ?? -1]?.entity?.type === 'anonymous');
      // 'John Smith, 45, a teacher, said': an age between commas before the description.
      if (tokens[k - 1]?.type === 'number' && tokens[k - 2]?.text === ',' && k - 2 >= floor) k -= 2;
      // ('who was born in Paris, France, said': a place after a preposition heads no apposition; the 'who'
      // clause holding it is read below.)
      // ('Senator Rand Paul of Kentucky, who voted against the bill, called', 'A woman from Ohio, who asked
      // not to be named, said': the one before the place heads the clause, and 'The American Civil Liberties
      // Union of Ohio, which filed a brief, said': a body's chapter too.)
      let h = k - 1;
      let ownedBody = false;
      // ('Senator Susan Collins of Maine, the Republican chair of the Appropriations Committee, said': an
      // apposition after the place too.)
      const apposition =
        clause === 'the' || clause === 'a' || clause === 'an' || sectorOfWord(clause) !== null;
      if ((clause === 'who' || clause === 'which' || apposition) && h >= floor && !m.list[m.at[h] ?? -1]) {
        const p = placeEndingAt(tokens, h, Math.max(floor, h - 3));
        const glue = tokens[p - 1]?.lower;
        if (p > floor + 1 && (glue === 'of' || glue === 'from')) h = p - 2;
        else if (clause === 'which') {
          // ('The United Food and Commercial Workers union, which represents ...', '... Workers Local 293,
          // which ...': a body named just before the body word or number that closes its name.)
          for (let q = h - 1; q >= floor && q >= h - 3; q--) {
            const body = m.list[m.at[q] ?? -1];
            // ("Nepal's army, which ...": a country's possessive before a body's word owns the body, which speaks.)
            if (isPossessive(tokens[q + 1]?.text) && q + 1 < h) {
              ownedBody = true;
              break;
            }
            if (body?.kind === 'entity' && body.entity?.type === 'organisation' && body.last === q + 1) {
              h = q;
              break;
            }
          }
        } else if (clause === 'who') {
          // ('An analyst at Bernstein, who asked not to be named, said': back over a name nothing knows to
          // the one it says where they work.)
          let q = h;
          while (q > floor && q > h - 4 && tokens[q]?.cap && !m.list[m.at[q] ?? -1]) q--;
          const at = tokens[q]?.lower;
          if (q < h && q - 1 >= floor && WORK_PREPOSITIONS.has(at ?? '')) h = q - 1;
        }
      }
      // ('The ad hoc group of bondholders, which includes ..., said': the noun phrase before the clause is
      // read as if the clause were not there.)
      if (
        ownedBody ||
        (clause === 'which' && h >= floor && !m.list[m.at[h] ?? -1] && tokens[h]?.pos === 'NOUN' && h < k)
      ) {
        j = h;
        continue;
      }
      const head = m.list[m.at[h] ?? -1];
      // ('One maize grower, who asked not to be named, said': whoever the clause keeps unnamed is someone.)
      const agentUnnamed =
        clause === 'who' && agentNoun(tokens[h] as Token) && unnamedAfter(tokens, k + 2, j);
      // ('One hedge fund manager, who asked not to be named, described': a person described, not named,
      // before a 'who' clause is the head too.)
      // ('A Kenyan officer, speaking to Radio Télé Métropole, said': a participle clause too.)
      const described =
        !head &&
        (clause === 'who' || (opener?.pos === 'VERB' && clause.endsWith('ing'))) &&
        // ('A senior Labour MP, who did not want to be named, said': wink may tag the post a name.)
        (tokens[h]?.pos === 'NOUN' ||
          (tokens[h]?.pos === 'PROPN' && !!sectorOfWord(tokens[h]?.lower ?? ''))) &&
        (isPersonNoun(tokens[h] as Token) || !!placePhraseSpeaker(doc, m, h, floor) || agentUnnamed);
      if (described && agentUnnamed) unnamedAgent = h;
      // ('Quiroga, who served briefly as president, said': a name the scan did not take, before the clause.)
      if (
        !head &&
        !described &&
        clause === 'who' &&
        h >= floor &&
        tokens[h]?.cap &&
        looksLikeName(tokens[h] as Token)
      ) {
        let f = h;
        while (
          f - 1 >= floor &&
          tokens[f - 1]?.sentence === tokens[h]?.sentence &&
          looksLikeName(tokens[f - 1] as Token)
        )
          f--;
        // (Only a name that opens its sentence: after a comma it may be a place, 'of Ashton, Md., who'.)
        const before = tokens[f - 1];
        if (!before || before.sentence !== tokens[h]?.sentence)
          return { first: f, last: h + 1, kind: 'entity', entity: unknownNamed(doc, tokens.slice(f, h + 1)) };
      }
      // ('Lena Kowalski, chief executive of Brightpath, a search startup based in Boston, said': a description
      // of the body that closes a post in apposition; back over both to the person.)
      if (!head && !described && (clause === 'a' || clause === 'an') && tokens[k]?.text === ',') {
        let k2 = k - 1;
        while (k2 > floor && k2 > k - 10 && tokens[k2]?.text !== ',') k2--;
        const person = m.list[m.at[k2 - 1] ?? -1];
        if (
          tokens[k2]?.text === ',' &&
          person?.kind === 'entity' &&
          person.entity?.type === 'person' &&
          person.last === k2 &&
          startsLowercase(tokens[k2 + 1]?.text ?? '') &&
          sectorOfWord(tokens[k2 + 1]?.lower ?? '') !== null
        ) {
          j = k2 - 1;
          stepped = true;
          continue;
        }
      }
      if (
        longOk &&
        k >= floor &&
        tokens[k]?.text === ',' &&
        ((head && !PLACE_PREPOSITIONS.has(tokens[head.first - 1]?.lower ?? '')) || described)
      ) {
        // (From the end of the head, which a body's 'Local 293' may follow.)
        j = head ? Math.min(k - 1, head.last - 1) : k - 1;
        stepped = true;
        continue;
      }
      // 'Maria Lopez, who lives in Pueblo, Colo., said': a 'who' clause holding a comma of its own.
      let w = k - 1;
      while (w >= floor && w > j - 30 && tokens[w]?.text !== ',') w--;
      const who = tokens[w + 1]?.lower;
      if (
        tokens[w]?.text === ',' &&
        (who === 'who' || who === 'which') &&
        m.at[w - 1] !== undefined &&
        m.at[w - 1] !== -1
      ) {
        j = w - 1;
        stepped = true;
        continue;
      }
      // 'Sen. Janet Moore, R-Tenn., by contrast, said': a party label between the name and a set-off phrase.
      const label = partyLabelStart(tokens, k - 1, floor);
      const named = label > 0 ? m.list[m.at[label - 1] ?? -1] : undefined;
      if (named?.kind === 'entity' && named.entity?.type === 'person' && named.last === label) return named;
      return null;
    }
    // 'Democrats in the state legislature accused', 'Residents of the town said': a place or body after the
    // speaker's mention says where they are, not who speaks.
    if (t.pos === 'NOUN' && (m.at[j] ?? -1) < 0) {
      const where = placePhraseSpeaker(doc, m, j, floor);
      if (where) return where;
      // ('The ad hoc group of bondholders said': a group named by its members.)
      const group = m.list[m.at[j - 2] ?? -1];
      if (
        tokens[j - 1]?.lower === 'of' &&
        group?.kind === 'definite' &&
        group.last === j - 1 &&
        GROUP_REFS.has(group.ref ?? '') &&
        t.lemma !== t.lower
      )
        return {
          first: group.first,
          last: j + 1,
          kind: 'entity',
          entity: describedEntity(doc, group.first, j + 1, m),
        };
      // ('an attorney representing several families said': the one acting for the people after the participle.)
      for (let r = j - 1; r > floor && r >= j - 4; r--) {
        if (tokens[r]?.lower !== 'representing') continue;
        const post = tokens[r - 1];
        const first = post?.pos === 'NOUN' && isPersonNoun(post) ? describedStart(tokens, r - 1, floor) : -1;
        if (first >= 0) return { first, last: r, kind: 'entity', entity: describedEntity(doc, first, r, m) };
        break;
      }
    }
    // 'The ISPR statement said', 'the ministry's statement said', 'a Pentagon report said': whoever issued
    // the document speaks through it.
    if (DOCUMENT_NOUNS.has(t.lower) && (m.at[j] ?? -1) < 0) {
      const k = isPossessive(tokens[j - 1]?.text) ? j - 2 : j - 1;
      const issuer = k >= floor ? m.list[m.at[k] ?? -1] : undefined;
      return issuer?.last === k + 1 ? issuer : null;
    }
    // 'A spokesperson for the foundation said': the post is the head, and the body after it says whose
    // (a ministry's spokesman is an official, a foundation's is not).
    const end = j + 1;
    const glue = tokens[j - 2]?.lower;
    let body: Token | null = null;
    const idx = m.at[j] ?? -1;
    if (
      idx < 0 &&
      t.pos === 'NOUN' &&
      tokens[j - 1]?.pos === 'DET' &&
      (glue === 'for' || glue === 'of' || glue === 'at') &&
      j - 3 >= floor &&
      tokens[j - 3]?.pos === 'NOUN' &&
      sectorOfWord(tokens[j - 3]?.lower ?? '')
    ) {
      body = t;
      j -= 3;
    } else if (idx >= 0) {
      const found = m.list[idx] ?? null;
      // ('The leader of Hamas said': a post described before a body's name speaks for that body.)
      if (
        found?.kind === 'definite' &&
        owner &&
        ownerEnd > found.last &&
        !found.namedAfter &&
        sectorOfWord(found.ref ?? '')
      ) {
        // (A person, though the body's name ends the words: 'the president of the European Commission'.)
        const d = describedEntity(doc, found.first, ownerEnd, m);
        const entity = makeEntity(d.name, 'person', d.aff, { gender: d.gender, roles: d.roles });
        return { first: found.first, last: ownerEnd, kind: 'entity', entity };
      }
      // ('A spokesman for the French interior ministry insisted': a body described, not named, owns a post too.)
      const e =
        found?.entity ??
        (found?.kind === 'definite' && tokens[found.first - 1]?.lower === 'for'
          ? (found.antecedent ?? describedEntity(doc, found.first, found.last, m))
          : undefined);
      // ('A 24-year-old from Khartoum said': someone described before a capital's or country's name speaks,
      // not its government.)
      if (found && e && isCountryEntity(e)) {
        const described = describedBeforePlace(doc, m, found, floor);
        if (described) return described;
      }
      // ('leader of the national-conservative Forum for Democracy': lowercase words describing the body
      // belong with it.)
      let lead = found?.first ?? 0;
      while (
        lead > (found?.first ?? 0) - 5 &&
        lead - 1 > floor &&
        ((tokens[lead - 1]?.pos === 'ADJ' && !tokens[lead - 1]?.cap) ||
          (tokens[lead - 1]?.text === '-' && tokens[lead - 2]?.pos === 'ADJ'))
      )
        lead--;
      const where = tokens[lead - 1]?.lower;
      const before = tokens[(found?.first ?? 0) - 1]?.lower;
      let placeAt = found ? found.first - (before === 'the' ? 3 : 2) : -1;
      if (PLACE_ADJECTIVES.has(tokens[placeAt + 1]?.lower ?? '')) placeAt--;
      if (found && e && countryAsPlace(tokens, found.first, e) && placeAt >= floor) {
        j = placeAt;
        continue;
      }
      // 'Bonnie Glaser, managing director at the German Marshall Fund, a ... think tank, said': a body after
      // 'at', 'of' or 'for' belongs to a description of the speaker, read on back to it.
      const glue = where === 'the' ? tokens[lead - 2]?.lower : where;
      // ('The Columbus branch of the NAACP called', 'the Kyiv office of Human Rights Watch said': a body's
      // branch speaks for the body.)
      if (
        found &&
        e?.type === 'organisation' &&
        glue === 'of' &&
        BRANCH_WORDS.has(tokens[lead - (where === 'the' ? 3 : 2)]?.lower ?? '')
      )
        return found;
      if (
        found &&
        e &&
        e.type !== 'person' &&
        // ('A spokesperson for the Hong Kong government', 'a spokesman for Israel': a country speaks through
        // its spokesman; after 'at' or 'of' a country is where.)
        (!isCountryEntity(e) || glue === 'for') &&
        (glue === 'at' || glue === 'of' || glue === 'for') &&
        lead - 2 >= floor
      ) {
        if (!owner) ownerEnd = found.last;
        owner ??= e;
        stepped = true;
        j = lead - (where === 'the' ? 3 : 2);
        continue;
      }
      // 'One adviser to the prime minister said': the one described before 'to' speaks, not the minister.
      const link = tokens[(found?.first ?? 0) - 1]?.lower;
      const post = tokens[(found?.first ?? 0) - 2];
      if (found && link === 'to' && post?.pos === 'NOUN' && isPersonNoun(post) && found.first - 2 >= floor) {
        j = found.first - 2;
        stepped = true;
        continue;
      }
      // ('He has written to the Food and Drug Administration demanding a review': a body after a preposition
      // right before a participle is no subject; the sentence's opening one is.)
      if (found && found.last === verb && tokens[verb]?.lower.endsWith('ing')) {
        const p = tokens[found.first - (tokens[found.first - 1]?.lower === 'the' ? 2 : 1)]?.lower ?? '';
        if (OBJECT_PREPOSITIONS.has(p)) return openingSubject(doc, m, found.first, floor);
      }
      if (found) {
        const linked = linkedBodyOwner(m, tokens, found.first, floor);
        if (linked) return linked;
      }
      return (found && placeOwner(m, tokens, found.first)) ?? found;
    }
    const head = tokens[j] as Token;
    // 'Lila Moreno of the left-wing group Clean Air Neighbors branded': a run of capitalised words nothing
    // knows, after a person and 'of', 'from', 'at' or 'with' (and a description of the body), is where the
    // person works; the person speaks.
    if (head.cap) {
      let n = j;
      while (n > floor && n > j - 5 && tokens[n - 1]?.cap) n--;
      let g = n - 1;
      while (g > floor && g > n - 6 && !tokens[g]?.cap && /^(DET|ADJ|NOUN|PUNCT)$/.test(tokens[g]?.pos ?? ''))
        g--;
      const glue = tokens[g]?.lower;
      if (n < j && WORK_PREPOSITIONS.has(glue ?? '')) {
        const owner = m.list[m.at[g - 1] ?? -1];
        if (owner?.kind === 'entity' && owner.entity?.type === 'person' && owner.last === g) return owner;
      }
    }
    // 'Amnesty International's Ukraine researcher said', 'Israel's military said': an unnamed role is the
    // speaker, described (wink tags 'military' right before the verb as an adjective).
    if (
      (head.pos === 'NOUN' || head.pos === 'PROPN' || (head.pos === 'ADJ' && end === verb)) &&
      sectorOfWord(head.lower)
    ) {
      let k = j;
      // ('managing director', 'acting director': wink tags the participle a verb; so it does 'Downing' of a
      // body's name, which belongs to the description whatever its tags.)
      const roleWord = (t: Token | undefined, at: number) =>
        !!t &&
        t.text !== ',' &&
        (ROLE_TAGS.has(t.pos) ||
          (t.pos === 'VERB' && /^(managing|acting)$/.test(t.lower)) ||
          // 'a Washington-based developer and spokeswoman for the coalition': two posts, a place joined on.
          (t.lower === 'and' && tokens[at - 1]?.pos === 'NOUN') ||
          (t.text === '-' && tokens[at - 1]?.end === t.start) ||
          (t.lower === 'based' && tokens[at - 1]?.text === '-') ||
          m.list[m.at[at] ?? -1]?.entity?.type === 'organisation');
      while (k > floor && roleWord(tokens[k - 1], k - 1)) k--;
      // ('measures that unions say amount to punishment': 'that' opens a clause, it is no determiner.)
      if (tokens[k - 1]?.pos === 'DET' && !/^(the|that|which|whose|what)$/.test(tokens[k - 1]?.lower ?? ''))
        k--;
      // ('in a move charities warn will ...': 'a' before a plural head belongs to another noun phrase.)
      if (
        (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an') &&
        head.lemma !== head.lower &&
        /s$/.test(head.lower)
      )
        k = j;
      // ('A spokesperson for the Hong Kong government said': the post before 'for' speaks for the body.)
      const post = spokesmanFor(tokens, tokens[k - 1]?.lower === 'the' ? k - 1 : k, floor);
      if (post >= 0)
        return { first: post, last: end, kind: 'entity', entity: describedEntity(doc, post, end, m) };
      // 'Bonnie Glaser, managing director at the German Marshall Fund, said': the description is an
      // apposition of the person named before it, who speaks.
      // Only a description reached by stepping back over a comma or a body is an apposition ('in Congress,
      // a Republican senator said': the senator speaks, right before the verb).
      // ('Philippe Lazzarini, the head of UNRWA, the U.N. agency ..., wrote': over the description's 'the'.)
      const opens = tokens[k - 1]?.lower === 'the' ? k - 1 : k;
      const comma = stepped && tokens[opens - 1]?.text === ',';
      const named = comma ? m.list[m.at[opens - 2] ?? -1] : undefined;
      if (named?.kind === 'entity' && named.entity?.type === 'person' && named.last === opens - 1)
        return named;
      // ('The head of the WHO said': the description with the body it names, as a reader would quote it.)
      const last = owner && ownerEnd > end ? ownerEnd : end;
      let entity = describedEntity(doc, k, last, m);
      if (body && entity.aff.sector !== (sectorOfWord(body.lower) ?? null))
        entity = makeEntity(entity.name, entity.type, { ...entity.aff, sector: sectorOfWord(body.lower) });
      // 'a spokesman for the Kremlin': the post is the Kremlin's.
      if (owner && !entity.aff.country && !entity.aff.body)
        entity = makeEntity(entity.name, entity.type, { ...owner.aff });
      // 'The UNHCR ... said it was seeking details. A spokesperson said': a spokesperson of no named body
      // speaks for the body the sentence before named.
      // ('A Northlight spokeswoman': a body named in the description, even one nothing knows, is whose.)
      else if (
        !entity.aff.country &&
        !entity.aff.body &&
        SPOKES_WORDS.has(head.lower) &&
        !tokens.slice(k + 1, j).some((w) => w.cap)
      ) {
        // ("the army's official spokesman": a body of the kind the possessive names, not the last one.)
        let p = k;
        while (p < j && !isPossessive(tokens[p]?.text)) p++;
        // (wink may write the possessive as a token of its own: 'army' + "'s".)
        const owner =
          p >= j ? '' : (tokens[p]?.lower ?? '').replace(/['’]s$/, '') || (tokens[p - 1]?.lower ?? '');
        const kind = sectorOfWord(owner) ?? undefined;
        const body = bodyNamedBefore(doc.tokens, m, k, kind);
        if (body) entity = makeEntity(entity.name, entity.type, { ...body.aff });
      }
      // A name nothing else knows before the apposition: the person, with the description's camp.
      if (comma && k - 2 >= floor && looksLikeName(tokens[k - 2] as Token)) {
        let n = k - 2;
        while (n > floor && looksLikeName(tokens[n - 1] as Token)) n--;
        const name = oneSpacedWords(tokens.slice(n, k - 1));
        return { first: n, last: k - 1, kind: 'entity', entity: makeEntity(name, 'person', entity.aff) };
      }
      return { first: k, last, kind: 'entity', entity };
    }
    // 'A 45-year-old teacher told AFP', 'One restaurant owner said': someone described, not named, as the
    // whole subject (an indefinite article opens it, at the start of the sentence or clause).
    if (head.pos === 'NOUN' && (isPersonNoun(head) || j === unnamedAgent)) {
      const k = describedStart(tokens, j, floor);
      if (k >= 0) return { first: k, last: j + 1, kind: 'entity', entity: describedEntity(doc, k, j + 1, m) };
    }
    // An unknown capitalised name right before the verb ('Caddell said') is a person we know nothing else about.
    if (looksLikeName(t)) {
      let k = j;
      // (Over hyphens inside the name too: 'Al-Mawasi', 'Abu-Ali'.)
      for (;;) {
        if (k > floor && tokens[k - 1] && looksLikeName(tokens[k - 1] as Token)) k--;
        else if (
          k - 1 > floor &&
          tokens[k - 1]?.text === '-' &&
          tokens[k - 1]?.end === tokens[k]?.start &&
          tokens[k - 2]?.end === tokens[k - 1]?.start &&
          tokens[k - 2]?.cap
        )
          k -= 2;
        else break;
      }
      // ('Residents along the Line of Control said': a place's name of two capitalised words joined by 'of',
      // neither of them anyone's.)
      while (
        k - 2 > floor &&
        tokens[k - 1]?.lower === 'of' &&
        looksLikeName(tokens[k - 2] as Token) &&
        (m.at[k - 2] ?? -1) < 0 &&
        tokens[k - 3]?.lower === 'the'
      )
        k -= 2;
      // ('The decision in Carter v. Ohio rejected': a case's name.)
      if (/^vs?\.?$/.test(tokens[k - 1]?.lower ?? '')) return null;
      // ('A resident of Petare said': a place nothing knows after someone described says where they live.)
      if (
        (tokens[k - 1]?.lower === 'of' || tokens[k - 1]?.lower === 'from') &&
        (tokens[k - 2]?.pos === 'NOUN' || isAgeNoun(tokens, k - 2))
      ) {
        const where = placePhraseSpeaker(doc, m, j, floor);
        if (where) return where;
      }
      // 'the U.S. senator from Massachusetts repeatedly emphasized': a known place closing a description
      // is where the speaker is from, not the speaker; read on back to the description.
      // ('New' of 'New York' is no name word, so the place may start one token before k.)
      const placeStart = placeEndingAt(tokens, j, k - 1 >= floor ? k - 1 : k);
      const glue = placeStart < 0 ? undefined : tokens[placeStart - 1]?.lower;
      if (placeStart >= 0 && (glue === 'from' || glue === 'of' || glue === 'in')) {
        j = placeStart - 2;
        continue;
      }
      // 'Lawyers for Hughes argued': the people acting for the one named speak, not the one named.
      if (tokens[k - 1]?.lower === 'for' && k - 2 >= floor && ACTING_FOR.has(tokens[k - 2]?.lower ?? '')) {
        const d = describedStart(tokens, k - 2, floor);
        const first = d < 0 ? k - 2 : d;
        return { first, last: j + 1, kind: 'entity', entity: describedEntity(doc, first, j + 1, m) };
      }
      // 'Migrants interviewed in Tijuana said': a name after a preposition is where, not who ('Residents in
      // nearby Romulus had complained': over a word that says where the place lies, too).
      // ('a chief executive in the Midlands said': over the place's article.)
      const glued =
        PLACE_ADJECTIVES.has(tokens[k - 1]?.lower ?? '') ||
        (tokens[k - 1]?.lower === 'the' && PLACE_PREPOSITIONS.has(tokens[k - 2]?.lower ?? ''))
          ? k - 1
          : k;
      if (PLACE_PREPOSITIONS.has(tokens[glued - 1]?.lower ?? '') && glued - 1 > floor) {
        j = glued - 2;
        continue;
      }
      // 'When Clinton noted', 'Having said that': a sentence's first word capitalised only for its place.
      while (
        k <= j &&
        tokens[k - 1]?.sentence !== tokens[k]?.sentence &&
        (tokens[k]?.pos === 'ADV' || SENTENCE_OPENERS.has(tokens[k]?.lower ?? ''))
      )
        k++;
      if (k > j) return null;
      // 'Graffiti alleging that ...', 'Keeps saying': a common word capitalised at the start of a sentence is no name.
      const first = tokens[k] as Token;
      if (
        k === j &&
        tokens[k - 1]?.sentence !== first.sentence &&
        (FINDINGS_NOUNS.has(first.lower) ||
          ((first.pos !== 'PROPN' || commonForm(first.lower)) &&
            isCommonWord(first.lower) &&
            !capitalisedWithin(tokens, first)))
      )
        return null;
      const owner = placeOwner(m, tokens, k);
      if (owner) return owner;
      k = bodyNameStart(tokens, k, floor);
      // ('Judge Amit Mehta of the U.S. District Court for the District of Columbia said': a person named at
      // the start of the run speaks; the rest says where they sit.)
      for (let p = k; p <= j; p++) {
        const x = m.list[m.at[p] ?? -1];
        if (x?.kind === 'entity' && x.entity?.type === 'person' && tokens[x.last]?.lower === 'of') return x;
      }
      return { first: k, last: j + 1, kind: 'entity', entity: unknownNamed(doc, tokens.slice(k, j + 1)) };
    }
    return null;
  }
  return null;
}

/**
 * Whether a word wink tagged a proper noun at a sentence's start is a common word's plural ('Others warned',
 * 'Critics said'), never a given name: no one's name, unlike 'Rice' or 'Brown', which only a name elsewhere
 * in the text capitalises.
 */
function commonForm(word: string): boolean {
  return word.endsWith('s') && givenNameGender(word) === null && isCommonWord(word.slice(0, -1));
}

/**
 * The person described right before 'in', 'from' or 'of' and the place mentioned at `place` ('A
 * doctor in Sanaa', 'a 24-year-old from Khartoum': the age alone names the person); null otherwise.
 */
function describedBeforePlace(doc: AnalysisDoc, m: Mentions, place: Mention, floor: number): Mention | null {
  const { tokens } = doc;
  const at = place.first - 1;
  if (!WHERE_PREPOSITIONS.has(tokens[at]?.lower ?? '')) return null;
  const head = describedHeadBefore(tokens, at);
  const first = head < 0 ? -1 : describedStart(tokens, head, floor);
  // (The place stays in the description: 'A resident of Gaza City' is a Palestinian civilian.)
  const last = place.last;
  return first < 0 ? null : { first, last, kind: 'entity', entity: describedEntity(doc, first, last, m) };
}

/**
 * The head of a description of someone ending right before the preposition at `prep` ('a resident' of, 'a
 * 24-year-old' from, 'a mother of three' from); -1 when the words there describe no one.
 */
export function describedHeadBefore(tokens: readonly Token[], prep: number): number {
  const k = tokens[prep - 1]?.pos === 'NUM' && tokens[prep - 2]?.lower === 'of' ? prep - 3 : prep - 1;
  return describesPerson(tokens, k) ? k : -1;
}

/**
 * The person named before an apposition 'one of the few legislators' whose group starts at `first`
 * ('Ruth Luque, one of the few legislators,'); null when the words before the group are not such an opening.
 */
function oneOfOwner(m: Mentions, tokens: readonly Token[], first: number, floor: number): Mention | null {
  let k = first - 1;
  while (k > floor && k > first - 5 && /^(DET|ADJ|NUM)$/.test(tokens[k]?.pos ?? '')) k--;
  if (tokens[k]?.lower !== 'of' || !/^(one|among)$/.test(tokens[k - 1]?.lower ?? '')) return null;
  const comma = tokens[k - 1]?.lower === 'one' ? k - 2 : k - 1;
  if (tokens[comma]?.text !== ',' || comma - 1 < floor) return null;
  const named = m.list[m.at[comma - 1] ?? -1];
  return named?.kind === 'entity' && named.entity?.type === 'person' && named.last === comma ? named : null;
}

/** Verbs whose clause reports what someone else did ('said Beijing had proposed', 'demand that X testify'). */
const REPORTING_LEMMAS = new Set([
  'say',
  'tell',
  'add',
  'claim',
  'insist',
  'argue',
  'warn',
  'note',
  'write',
  'announce',
  'demand',
  'allege',
  'report',
]);

/**
 * Whether the mention at `first` opens a clause another's verb of saying reports: that verb, then 'that'
 * or nothing (and after 'told' its object: 'told reporters that'), then the mention.
 */
export function reportedClauseOpens(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower === 'that') {
    k--;
    // ('told reporters that', 'told Reuters that': past the one told.)
    if (tokens[k - 1]?.lemma === 'tell' && (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN')) k--;
  }
  const t = tokens[k];
  if (!t || t.sentence !== tokens[first]?.sentence) return false;
  const v = verbAt(tokens, k);
  return !!v && REPORTING_LEMMAS.has(v.lemma);
}

/** Possessives of 'for its part', 'for their part'. */
const PART_OWNERS = new Set(['its', 'his', 'her', 'their', 'our', 'my']);

/** How many tokens an aside ', for its part,' at `k` takes (5), or 0 when none starts there. */
export function forPartAt(tokens: readonly Token[], k: number): number {
  return tokens[k]?.text === ',' &&
    tokens[k + 1]?.lower === 'for' &&
    PART_OWNERS.has(tokens[k + 2]?.lower ?? '') &&
    tokens[k + 3]?.lower === 'part' &&
    tokens[k + 4]?.text === ','
    ? 5
    : 0;
}

/** Verbs of putting out a document ('issued a statement', 'released a report'). */
const ISSUE_VERBS = new Set(['issue', 'release', 'publish', 'post', 'send', 'put']);

/** Prepositions that say where a named person works ('Li Fei of Xiamen University'). */
const WORK_PREPOSITIONS = new Set(['of', 'at', 'from', 'with']);

/** Prepositions that put a speaker somewhere or in some body ('Democrats in the state legislature'). */
const WHERE_PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'across', 'near', 'inside', 'outside']);

/**
 * The speaker before a lowercase place or body phrase ending at `j` ('Democrats' + 'in the state
 * legislature', 'Residents' + 'of the town'): a mention of people (not a body: 'the Ministry of Health
 * officials' is read elsewhere) ending right before the preposition; null otherwise.
 */
function placePhraseSpeaker(doc: AnalysisDoc, m: Mentions, j: number, floor: number): Mention | null {
  const { tokens } = doc;
  let k = j;
  // ('a London teaching hospital': a place named inside the phrase is part of it.)
  const inPhrase = (t: Token, at: number) => {
    const x = m.list[m.at[at] ?? -1];
    // ('A resident of Petare': a place's name nothing knows is part of it too.)
    return x ? !!x.entity && isCountryEntity(x.entity) && t.cap : /^(DET|ADJ|NOUN|NUM|PROPN)$/.test(t.pos);
  };
  while (k > floor && k > j - 6 && inPhrase(tokens[k - 1] as Token, k - 1)) k--;
  const prep = tokens[k - 1];
  if (!prep || !WHERE_PREPOSITIONS.has(prep.lower) || k - 2 < floor) return null;
  const speaker = m.list[m.at[k - 2] ?? -1];
  const type = speaker?.entity?.type;
  if (speaker)
    return speaker.kind === 'entity' && speaker.last === k - 1 && (type === 'person' || type === 'anonymous')
      ? speaker
      : null;
  // 'A consultant at a London teaching hospital': someone described, not named, before the place.
  // ('a 15-year-old from Herat told': the age alone names the person.)
  const head = describedHeadBefore(tokens, k - 1);
  const first = head < 0 ? -1 : describedStart(tokens, head, floor);
  return first < 0
    ? null
    : { first, last: k - 1, kind: 'entity', entity: describedEntity(doc, first, k - 1, m) };
}

/** Documents a body or person issues, which then 'say' what the issuer says ('the ministry's statement said'). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'communique',
  'communiqué',
  'release',
  'report',
  'letter',
  'memo',
  'tweet',
]);

/** What findings are written in, never who speaks: 'Polls suggest', 'Reports say' (wink tags them names there). */
const FINDINGS_NOUNS = new Set([
  'polls',
  'polling',
  'research',
  'evidence',
  'surveys',
  'reports',
  'studies',
  'figures',
  'statistics',
  'estimates',
  'projections',
  'records',
  'documents',
  'data',
  'numbers',
  'results',
  'findings',
]);

/** How far back from a verb a restrictive 'who' clause is looked for. */
const RELATIVE_WINDOW = 25;

/**
 * The subject of `verb` when a 'who' clause with no commas stands between them: 'A woman who worked for
 * Mayor Tom Smith said' is the woman speaking, not the mayor; 'One young man who arrived in Dover on Monday
 * said' is the man. The clause must open on its own verb ('who worked'; 'the man who Smith said was
 * responsible' is Smith's saying). Undefined when there is no such clause (the usual scan reads the
 * subject); null when its head is neither a mention nor someone described, since no word inside the clause
 * is the subject either ('Protesters who gathered outside the court said' is not the court speaking).
 */
function relativeClauseHead(
  doc: AnalysisDoc,
  m: Mentions,
  verb: number,
  floor: number,
): Mention | null | undefined {
  const { tokens } = doc;
  let k = relativeWhoBefore(tokens, verb, floor);
  if (k < 0) return undefined;
  // ('One woman who traveled from Bowling Green, and who spoke on condition of anonymity, said': the first
  // of two clauses joined by 'and' follows the head.)
  if (tokens[k - 1]?.lower === 'and') {
    const first = firstWhoBefore(tokens, k - 2, floor);
    if (first >= 0) k = first;
  }
  const head = k - 1;
  const mention = m.list[m.at[head] ?? -1];
  // ('a tech staffer at the State Department who told': 'who' is a person, never the body.)
  if (mention)
    // ('sources who reviewed them told POLITICO': an unnamed speaker's mention may hold the clause.)
    return mention.kind === 'entity' &&
      mention.last >= k &&
      mention.last <= verb &&
      mention.entity?.type !== 'organisation'
      ? mention
      : null;
  const noun = tokens[head] as Token;
  let first = noun.pos === 'NOUN' && isPersonNoun(noun) ? describedStart(tokens, head, floor) : -1;
  // 'Protesters who gathered outside the court said', 'Many parents who spoke at the meeting said' (wink
  // tags a plural opening the sentence a name, and gives it no lemma of its own).
  if (first < 0 && pluralPersonNoun(noun)) first = bareGroupStart(tokens, head, floor);
  if (first < 0) return null;
  // 'Chase Strangio, an ACLU lawyer who argued the case,': the description is the named person's.
  const named = tokens[first - 1]?.text === ',' ? m.list[m.at[first - 2] ?? -1] : undefined;
  if (named?.kind === 'entity' && named.entity?.type === 'person' && named.last === first - 1) return named;
  return { first, last: k, kind: 'entity', entity: describedEntity(doc, first, k, m) };
}

/**
 * The 'who' of the first of two relative clauses joined by 'and' ('who traveled ..., and who spoke ...'),
 * looking back from `from`: restrictive (no punctuation before it); -1 when there is none.
 */
function firstWhoBefore(tokens: readonly Token[], from: number, floor: number): number {
  let w = from;
  while (w > floor && w > from - RELATIVE_WINDOW && !isWho(tokens[w])) w--;
  return isWho(tokens[w]) && tokens[w - 1]?.pos !== 'PUNCT' ? w : -1;
}

/**
 * The 'who' opening a restrictive clause that `i` stands in or right after ('a woman who worked for Mayor
 * Tom Smith' + 'said'): no punctuation between, the clause opening on its own verb (not 'who Smith said'),
 * no comma before 'who' (', who said' is an apposition, read by the usual scan); -1 when there is none.
 */
export function relativeWhoBefore(tokens: readonly Token[], i: number, floor: number): number {
  for (let k = i - 1; k > floor && k >= i - RELATIVE_WINDOW; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'PUNCT' && t.text !== '-') return -1;
    if (!isWho(t)) continue;
    const next = tokens[k + 1] as Token;
    // ('who lives nearby', 'who preferred not to give his name': wink may tag the verb after 'who' a noun
    // or an adjective.)
    const verbLike =
      CLAUSE_VERB_TAGS.has(next.pos) ||
      (next.pos === 'ADJ' && next.lower.endsWith('ed')) ||
      (next.pos === 'NOUN' && /[^s]s$/.test(next.lower) && !next.cap);
    if (k + 1 < i && !verbLike) return -1;
    return tokens[k - 1]?.pos === 'PUNCT' ? -1 : k;
  }
  return -1;
}

/** Whether a noun is the plural of a word for a person ('parents', 'protesters'). */
function pluralPersonNoun(t: Token): boolean {
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  const one = t.lemma !== t.lower ? t.lemma : t.lower.endsWith('s') ? t.lower.slice(0, -1) : '';
  return !!one && (PERSON_NOUNS.has(one) || !!sectorOfWord(one));
}

/** Words that may open a plural description of people: 'many parents', 'some residents', 'other protesters'. */
const QUANTIFIERS = new Set([
  'some',
  'many',
  'several',
  'most',
  'other',
  'few',
  'dozens',
  'hundreds',
  'thousands',
]);

/**
 * Where a plural description with no article ending at `head` starts ('Protesters', 'Many young parents'):
 * adjectives, numbers and quantifiers back to the start of the sentence or a comma; -1 otherwise.
 */
function bareGroupStart(tokens: readonly Token[], head: number, floor: number): number {
  let k = head;
  while (k > floor && k > head - 4) {
    const t = tokens[k - 1] as Token;
    if (t.sentence !== (tokens[head] as Token).sentence || t.text === ',') return k;
    if (!/^(ADJ|NUM)$/.test(t.pos) && !QUANTIFIERS.has(t.lower)) return -1;
    k--;
  }
  const before = tokens[k - 1];
  return !before || before.sentence !== (tokens[head] as Token).sentence || before.text === ',' ? k : -1;
}

/** Tags of the word that opens a 'who' clause's own verb phrase ('who worked', 'who had', 'who never'). */
const CLAUSE_VERB_TAGS = new Set(['VERB', 'AUX', 'ADV', 'PART']);

/** Articles that open a description of someone unnamed ('a teacher', 'one restaurant owner'). */
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
/** People who act or speak for someone named after 'for' ('lawyers for Hughes'). */
const ACTING_FOR = new Set([
  'lawyers',
  'lawyer',
  'attorneys',
  'attorney',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'representatives',
  'advocates',
]);

/** People described by what they do or are, beyond the role words of camps.ts ('a teacher', 'one shop owner'). */
const PERSON_NOUNS = new Set([
  // ('One senior Labour figure, who did not want to be named, described': a party's or body's figure.)
  'figure',
  'teacher',
  'owner',
  'friend',
  'questioner',
  'pensioner',
  'doctor',
  'nurse',
  'voter',
  'worker',
  'farmer',
  'driver',
  'shopkeeper',
  'neighbour',
  'neighbor',
  'survivor',
  'victim',
  'relative',
  'father',
  'parent',
  'patient',
  'refugee',
  'migrant',
  'protester',
  'demonstrator',
  'pastor',
  'priest',
  'lawyer',
  'engineer',
  'volunteer',
  'veteran',
  'manager',
  'trader',
  'investor',
  'physician',
  'pediatrician',
  'paediatrician',
  'mother',
  'resident',
  'student',
  'official',
  'seeker',
  'barrister',
  'attorney',
  'solicitor',
  'miner',
  'nun',
  'imam',
  'rabbi',
  'witness',
  'passenger',
  'commuter',
  'mourner',
  'shopper',
  'villager',
  'soldier',
  'athlete',
  'coach',
  'businessman',
  'businesswoman',
  'consultant',
  'surgeon',
  'paramedic',
  'midwife',
  'pharmacist',
  'firefighter',
  'labourer',
  'laborer',
  'cleaner',
  'chef',
  'mechanic',
  'electrician',
  'fisherman',
  'herder',
  'shepherd',
  'trucker',
  'packer',
  'picker',
  'librarian',
  'watcher',
  'observer',
  'organiser',
  'organizer',
  'canvasser',
  'steward',
  'marcher',
  'striker',
  'boy',
  'girl',
  'teenager',
  'widow',
  'widower',
  'wife',
  'husband',
  'son',
  'daughter',
  'grandmother',
  'grandfather',
  'brother',
  'sister',
  // ('one of the group's moderators, who asked not to be named, told Reuters'.)
  'moderator',
  'administrator',
  'founder',
  'member',
  'employee',
  'staffer',
  'supporter',
  'participant',
]);
/** Whether a noun names a person: a role word with a camp, or one of PERSON_NOUNS. */
const isPersonNoun = (t: Token) =>
  !!sectorOfWord(t.lower) ||
  PERSON_NOUNS.has(t.lower) ||
  (t.lemma !== t.lower && PERSON_NOUNS.has(t.lemma)) ||
  // (wink leaves a plural it tagged a proper noun unlemmatised: 'Residents' opening a sentence.)
  (t.lower.endsWith('s') && PERSON_NOUNS.has(t.lower.slice(0, -1)));

/** Whether the token at `k` heads a description of someone: 'resident', 'doctor', or the 'old' of 'a 24-year-old'. */
export const describesPerson = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  return !!t && ((t.pos === 'NOUN' && isPersonNoun(t)) || isAgeNoun(tokens, k));
};

/** Whether the comma at `k` joins names in a list that 'and' or 'or' closes before `end` ('Amazon, Google and Meta'). */
function listComma(tokens: readonly Token[], k: number, end: number): boolean {
  if (!tokens[k - 1]?.cap || !tokens[k + 1]?.cap) return false;
  for (let n = k + 1; n < end && n < k + 8; n++) {
    const t = tokens[n] as Token;
    if ((t.lower === 'and' || t.lower === 'or') && tokens[n + 1]?.cap) return true;
    if (t.text === ',' || t.pos === 'VERB') return false;
  }
  return false;
}

/** A noun shaped like one for a person who does something ('grower', 'beekeeper', 'rancher', 'florist'). */
const agentNoun = (t: Token) => t.pos === 'NOUN' && /(?:er|or|ist|ian)$/.test(t.lower) && t.lower.length > 4;

/** Whether the words from `from` to `to` say their subject is not named ('asked not to be named', 'anonymity'). */
function unnamedAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = (tokens[k] as Token).lower;
    if (w === 'named' || w === 'identified' || w === 'anonymity' || w === 'anonymously') return true;
  }
  return false;
}

/**
 * Where a description of someone unnamed ending at `head` starts: an indefinite article, then up to seven
 * adjectives, nouns, numbers and hyphens ('a 45-year-old teacher' takes five for its age, 'a Labour MP'), at
 * the start of the sentence or after a comma; -1 when the words before the head are not such a description.
 */
function describedStart(tokens: readonly Token[], head: number, floor: number): number {
  for (let k = head - 1; k >= floor && k >= head - 8; k--) {
    const t = tokens[k] as Token;
    if (INDEFINITE.has(t.lower)) {
      // (', a boast analysts in Islamabad dismissed': 'a' goes with a noun of its own, not plural people.)
      const h = tokens[head] as Token;
      if ((t.lower === 'a' || t.lower === 'an') && h.lower.endsWith('s') && h.lemma !== h.lower) return -1;
      const before = tokens[k - 1];
      // ('But an attorney ... said': a conjunction opening the sentence comes before the subject.)
      const opener = !!before && before.pos === 'CCONJ' && tokens[k - 2]?.sentence !== before.sentence;
      return !before || before.sentence !== t.sentence || before.text === ',' || opener ? k : -1;
    }
    if (!/^(ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && t.text !== '-') return -1;
  }
  return -1;
}

/**
 * Where lowercase nouns after a place end ('Buenos Aires' + 'ombudsman's office'): up to four nouns and
 * possessives; `from` itself when no noun follows.
 */
export function placeNounEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < from + 4) {
    const t = tokens[k];
    if (!t || (!(t.pos === 'NOUN' && !t.cap) && !(k > from && isPossessive(t.text)))) break;
    k++;
  }
  return tokens[k - 1] && isPossessive((tokens[k - 1] as Token).text) ? from : k;
}

/** Past an age written as one word before a name ('12-year-old', '45-year-old'): where the name starts. */
function afterAge(tokens: readonly Token[], i: number): number {
  const t = (k: number) => tokens[k]?.lower;
  const joined = (k: number) => tokens[k]?.end === tokens[k + 1]?.start;
  if (
    tokens[i]?.type === 'number' &&
    t(i + 1) === '-' &&
    /^years?$/.test(t(i + 2) ?? '') &&
    t(i + 3) === '-' &&
    t(i + 4) === 'old' &&
    joined(i) &&
    joined(i + 3) &&
    tokens[i + 5]?.cap
  )
    return i + 5;
  return i;
}

/** The mention starting right after `i` ('said Sullivan', 'according to two unnamed US officials'). */
export function mentionAfter(doc: AnalysisDoc, m: Mentions, at: number): Mention | null {
  // 'said the Rev. Peter Wherry'
  let i = at;
  while (i < at + 3 && NAME_PREFIXES.has(doc.tokens[i]?.lower ?? '') && (m.at[i] ?? -1) < 0) i++;
  // 'said 12-year-old Daniela Ortiz': an age written before the name.
  i = afterAge(doc.tokens, i);
  const idx = m.at[i] ?? -1;
  const mention = idx >= 0 ? m.list[idx] : undefined;
  if (mention?.first === i && mention.entity && isCountryEntity(mention.entity)) {
    // ('according to Japanese broadcaster TBS': a body the scan found after the description, with its kind.)
    for (let k = mention.last; k < mention.last + 4; k++) {
      const w = doc.tokens[k];
      const x = m.list[m.at[k] ?? -1];
      if (x?.first === k && x.kind === 'entity' && x.entity?.type === 'organisation') return x;
      if (!w || w.cap || !/^(ADJ|NOUN)$/.test(w.pos)) break;
    }
    // 'according to the Buenos Aires human rights organisation CELS': the body named after its description.
    const named = bodyNamedAfterDescription(doc, i, mention.last);
    if (named) return named;
    // 'according to the Buenos Aires ombudsman's office': a place before a common noun names whose body it is.
    const end = placeNounEnd(doc.tokens, mention.last);
    if (end > mention.last)
      return { first: i, last: end, kind: 'entity', entity: describedEntity(doc, i, end, m) };
  }
  // 'NBC's Dante Chinni': the person after a body's possessive.
  if (mention?.first === i && isPossessive(doc.tokens[mention.last]?.text)) {
    const next = m.list[m.at[mention.last + 1] ?? -1];
    if (next?.first === mention.last + 1 && next.entity?.type === 'person') return next;
  }
  // ('said New York Times spokesperson Jane Roe': a post at the outlet, then the person.)
  if (mention?.first === i && mention.entity?.outlet) {
    const next = m.list[m.at[mention.last] ?? -1];
    if (next?.first === mention.last && next.entity?.type === 'person' && next.entity.roles.length)
      return next;
  }
  // 'said the president, Moon Jae-in.', "said the company's chief executive, Mary Barra": the name the
  // description is set beside.
  const named = mention?.first === i && mention.kind === 'definite' ? namedApposition(doc, m, mention) : null;
  if (named) return named;
  if (mention && mention.first === i) return mention;
  // 'said his chief of staff, General Walter Braga': a post of the person named before, then the name.
  const owner = doc.tokens[i]?.lower;
  if (owner === 'his' || owner === 'her' || owner === 'their' || owner === 'its') {
    for (let j = i + 1; j < i + 6; j++) {
      const w = doc.tokens[j];
      if (!w || w.cap) break;
      if (w.text !== ',') continue;
      const next = m.list[m.at[j + 1] ?? -1];
      if (next?.first === j + 1 && next.kind === 'entity' && next.entity?.type === 'person') return next;
      break;
    }
  }
  // 'said 9/11 widow Terry Strada', 'said longtime resident Jane Roe': a short lowercase description, then
  // the person it describes ('said former Northern Army commander D.S. Hooda': with a capitalised word that
  // is part of no name before the title).
  for (let j = i; j < i + 4; j++) {
    const w = doc.tokens[j];
    if (!w || (w.cap && (w.pos !== 'PROPN' || (m.at[j] ?? -1) >= 0)) || !/^(NOUN|ADJ|NUM|PROPN)$/.test(w.pos))
      break;
    const next = m.list[m.at[j + 1] ?? -1];
    if (next?.first === j + 1 && next.kind === 'entity' && next.entity?.type === 'person') return next;
  }
  const t = doc.tokens[i];
  if (t && looksLikeName(t)) {
    let k = i;
    while (doc.tokens[k + 1] && looksLikeName(doc.tokens[k + 1] as Token)) k++;
    // 'according to Western intelligence assessments', 'Hamlin County court records': a name before a
    // common noun only describes it.
    const after = doc.tokens[k + 1];
    if (after && after.pos === 'NOUN' && !after.cap) return null;
    const last = bodyNameEnd(doc.tokens, i, k + 1);
    const entity = unknownNamed(doc, doc.tokens.slice(i, last));
    // ('said Rose Godinez, legal director of the ACLU of Nebraska': the body whose post the apposition names.)
    const body = entity.type === 'person' ? appositionBody(doc, m, last) : null;
    if (body)
      return { first: i, last, kind: 'entity', entity: makeEntity(entity.name, 'person', { ...body.aff }) };
    // ('said Sarah, 34, a nurse', 'said Jo Bird, a resident of the town': what the apposition says of them.)
    const sector = entity.type === 'person' ? appositionSector(doc.tokens, last) : null;
    return {
      first: i,
      last,
      kind: 'entity',
      entity: sector ? makeEntity(entity.name, 'person', { country: null, sector }) : entity,
    };
  }
  // ',” said a Labour MP.', 'said a witness, who ...': a description that ends the clause is the speaker
  // ('said a report was leaked' goes on to a verb, and is no such description).
  const opener = doc.tokens[at]?.lower ?? '';
  if (INDEFINITE.has(opener) || opener === 'the') {
    let j = at + 1;
    // ('said one 27-year-old doctor in Leeds': over an age written with hyphens.)
    const hyphen = (t: Token | undefined) => t?.text === '-' && doc.tokens[j - 1]?.end === t.start;
    while (j < at + 9 && (/^(ADJ|NOUN|PROPN|NUM)$/.test(doc.tokens[j]?.pos ?? '') || hyphen(doc.tokens[j])))
      j++;
    const head = doc.tokens[j - 1];
    const end = doc.tokens[j];
    // ('said a relative of Dias': wink may tag 'relative' an adjective.)
    const role =
      !!head &&
      (head.pos === 'NOUN' || head.pos === 'PROPN' || (head.pos === 'ADJ' && isKinWord(head.lower))) &&
      isPersonNoun(head);
    if (
      j > at + 1 &&
      head &&
      role &&
      (!end ||
        /^[.,;:!?]$/.test(end.text) ||
        placeThenStop(doc.tokens, j) ||
        whoClauseAt(doc.tokens, j) ||
        participleToEnd(doc.tokens, j))
    ) {
      const described = describedEntity(doc, at, j, m);
      // ('who was not authorized to speak publicly': the clause keeps the speaker unnamed.)
      // (Over a place to a 'who' clause: 'said one doctor in Leeds, who asked not to be named'.)
      const unnamed = anonymityCue(
        doc.tokens,
        j,
        j + 16,
        (t) => !/^[.;:!?]$/.test(t.text) && (t.text !== ',' || isWho(doc.tokens[t.i + 1])),
      );
      return { first: at, last: j, kind: 'entity', entity: unnamed ? asAnonymous(described) : described };
    }
    // (',” said a spokesman for the Kremlin.', 'asked a spokesman for the state's farmers' federation': a
    // post and whose it is, to the end of the clause.)
    const stop =
      j > at + 1 && head && role && (end?.lower === 'for' || WORK_PREPOSITIONS.has(end?.lower ?? ''))
        ? ownerPhraseEnd(doc.tokens, j + 1)
        : -1;
    if (stop > 0) {
      const described = describedEntity(doc, at, stop, m);
      // (', who spoke on condition of anonymity': the clause may be set off by a comma.)
      const who = isWho(doc.tokens[stop]) || (doc.tokens[stop]?.text === ',' && isWho(doc.tokens[stop + 1]));
      const unnamed = who && anonymityCue(doc.tokens, stop, stop + 16, (t) => !/^[.;:!?]$/.test(t.text));
      return { first: at, last: stop, kind: 'entity', entity: unnamed ? asAnonymous(described) : described };
    }
  }
  return null;
}

/**
 * Where a short noun phrase from `from` ends at a clause's end ('the Kremlin.', "the state's farmers'
 * federation,"): the index of the closing punctuation, or -1 when other words come first.
 */
function ownerPhraseEnd(tokens: readonly Token[], from: number): number {
  for (let k = from; k < from + 8; k++) {
    const t = tokens[k];
    if (!t) return -1;
    // ('said a senior doctor at the hospital who asked not to be named': or at a 'who' clause.)
    if (/^[.,;!?]$/.test(t.text) || isWho(t)) return k > from ? k : -1;
    if (
      !/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(t.pos) &&
      !isPossessive(t.text) &&
      t.text !== "'" &&
      t.text !== '’'
    )
      return -1;
  }
  return -1;
}

/**
 * A listed body an apposition after a name names as where the person holds a post (', legal director of the
 * ACLU', ', a spokeswoman for Oxfam'): the body's entity, or null.
 */
function appositionBody(doc: AnalysisDoc, m: Mentions, after: number): Entity | null {
  const { tokens } = doc;
  if (tokens[after]?.text !== ',') return null;
  let post = false;
  for (let k = after + 1; k < after + 10; k++) {
    const t = tokens[k];
    if (!t || /^[,.;:]$/.test(t.text) || t.pos === 'VERB' || t.pos === 'AUX') return null;
    const x = m.list[m.at[k] ?? -1];
    if (x?.kind === 'entity' && x.entity?.type === 'organisation' && x.first === k) {
      const glue = tokens[k - 1]?.lower === 'the' ? tokens[k - 2]?.lower : tokens[k - 1]?.lower;
      return post && (glue === 'of' || glue === 'at' || glue === 'for') && !isCountryEntity(x.entity)
        ? x.entity
        : null;
    }
    if (sectorOfWord(t.lower) || GENERIC_POSTS.has(t.lower)) post = true;
  }
  return null;
}

/**
 * The sector an apposition after a name no list knows gives it: ', a resident of the town' the public,
 * ', an economist at the bank' the experts; an age alone (', 34,') a private person. Null when it says none.
 */
function appositionSector(tokens: readonly Token[], after: number): Sector | null {
  if (tokens[after]?.text !== ',') return null;
  const age = ageAfter(tokens, after);
  if (age && tokens[after + 2]?.text === '.') return 'public';
  const k = age ? after + 3 : after + 1;
  const opener = tokens[k]?.lower;
  /** 'a 34-year-old bricklayer': someone described by age is a member of the public, whatever their trade. */
  let yearsOld = false;
  if (opener === 'a' || opener === 'an')
    for (let j = k + 1; j < k + 10; j++) {
      const t = tokens[j];
      // ('a 52-year-old retired teacher': a hyphen inside a word goes on.)
      const hyphen = t?.text === '-' && t.start === tokens[j - 1]?.end && t.end === tokens[j + 1]?.start;
      if (!t || (t.pos === 'PUNCT' && !hyphen) || t.pos === 'VERB' || t.pos === 'AUX') break;
      if (t.type === 'number' && tokens[j + 2]?.lower === 'year') yearsOld = true;
      // ('an oil trader', 'a bond trader': markets, not a stall.)
      if (/^traders?$/.test(t.lower) && MARKET_TRADES.has(tokens[j - 1]?.lower ?? '')) return 'business';
      const s = sectorOfWord(t.lower);
      if (s) return s;
    }
  return age || yearsOld ? 'public' : null;
}

/** What a trader trades when they work in markets ('an oil trader'), not at a stall. */
const MARKET_TRADES = new Set([
  'oil',
  'energy',
  'gas',
  'grain',
  'bond',
  'bonds',
  'currency',
  'stock',
  'stocks',
  'equity',
  'equities',
  'commodities',
  'commodity',
  'crypto',
  'fx',
  'options',
  'futures',
  'metals',
]);

/** What a definite description of a body may be ('the refugee agency, UNRWA'): a body's word, not a post's. */
const isBodyRef = (ref: string): boolean =>
  BODY_REFS.has(ref) || GROUP_REFS.has(ref) || OUTLET_REFS.has(ref) || STATE_BODY_WORDS.has(ref);
const STATE_BODY_WORDS = new Set(['office', 'authority', 'commission', 'council', 'regulator', 'government']);

/**
 * The named mention a definite description ending a clause is set beside: 'the president, Moon Jae-in.',
 * "the company's chief executive, Mary Barra,", 'the refugee agency, UNRWA,'. A person for a description
 * with a post in it, a body for a body's word; null when no name follows or the name goes on ('the minister,
 * Jane Roe's deputy').
 */
function namedApposition(doc: AnalysisDoc, m: Mentions, desc: Mention): Mention | null {
  const { tokens } = doc;
  const body = isBodyRef(desc.ref ?? '');
  let post = !body;
  let k = desc.last;
  // ("the company's chief executive", 'the minister of health': a few more words of the description.)
  for (; k < desc.last + 6; k++) {
    const t = tokens[k];
    if (!t || t.text === ',') break;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || (m.at[k] ?? -1) >= 0) return null;
    if (isPersonNoun(t) && !isBodyRef(t.lower)) post = true;
  }
  if (tokens[k]?.text !== ',') return null;
  const next = m.list[m.at[k + 1] ?? -1];
  if (next?.first !== k + 1 || next.kind !== 'entity' || !next.entity) return null;
  const after = tokens[next.last];
  if (after && after.sentence === tokens[k]?.sentence && !/^[,.;:!?”"’)\]—–-]$/.test(after.text)) return null;
  if (next.entity.type === 'person') return post ? next : null;
  return body && k === desc.last && next.entity.type === 'organisation' ? next : null;
}

/** 'in Los Angeles,' / 'from Ohio.': where a description's person is, then the clause's end. */
/**
 * 'said one emergency physician in Louisville who was not authorized to speak publicly': a 'who' clause at
 * `k`, after a place or right there, that ends the sentence or clause (the description is then the speaker).
 */
function whoClauseAt(tokens: readonly Token[], k: number): boolean {
  return isWho(tokens[afterPlacePhrase(tokens, k)]);
}

/** Where a place phrase at `k` ('in Louisville', 'from Kano') ends, or `k` when none starts there. */
function afterPlacePhrase(tokens: readonly Token[], k: number): number {
  const glue = tokens[k]?.lower;
  if (glue !== 'in' && glue !== 'from' && glue !== 'at') return k;
  let j = k + 1;
  while (j < k + 5 && tokens[j]?.cap) j++;
  return j > k + 1 ? j : k;
}

/**
 * Whether a participle phrase at `k` runs to the end of the sentence with no verb of its own clause ('said a
 * woman selling water by the roadside in Samraong.'): it describes the one named before it.
 */
function participleToEnd(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k];
  if (first?.pos !== 'VERB' || !first.lower.endsWith('ing')) return false;
  for (let j = k + 1; j < k + 16; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== first.sentence || /^[.;!?]$/.test(t.text)) return true;
    if (
      t.pos === 'AUX' ||
      (t.pos === 'VERB' && !/(ing|ed)$/.test(t.lower)) ||
      t.text === '"' ||
      t.text === '“'
    )
      return false;
  }
  return false;
}

function placeThenStop(tokens: readonly Token[], k: number): boolean {
  const j = afterPlacePhrase(tokens, k);
  return j > k && /^[.,;:]$/.test(tokens[j]?.text ?? '');
}

/** Abbreviated titles and the role a description names them by ('Gov. Chris Christie' ... 'the governor'). */
const ROLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'gov.': 'governor',
  gov: 'governor',
  'sen.': 'senator',
  'rep.': 'representative',
  'gen.': 'general',
  'adm.': 'admiral',
  'sgt.': 'sergeant',
  'capt.': 'captain',
};

/** Whether `e` was met with role `ref`, written out or abbreviated. */
const hasRole = (e: Entity, ref: string) =>
  e.roles.includes(ref) || e.roles.some((r) => ROLE_ABBREVIATIONS[r] === ref);

/**
 * Whether `e` is someone described, not named, by a description ending in `ref` or with `ref` as its role
 * ('A former Northlight engineer' for 'the former engineer', 'A senior Labour MP' for 'the MP').
 */
const describedAs = (e: Entity, ref: string) => {
  const name = e.name.toLowerCase();
  // ('A senior Democratic strategist familiar with the projections' for 'the strategist': the head's role.)
  return DESCRIBED_OPENERS.has(name.split(' ', 1)[0] ?? '') && (name.endsWith(` ${ref}`) || hasRole(e, ref));
};

/** Posts a definite description names exactly: 'the governor' is someone met as a governor. */
const OFFICES = new Set(['governor', 'mayor', 'judge', 'justice', 'sheriff', 'prosecutor', 'ambassador']);

/** What 'the newspaper', 'the group' and 'the ministry' refer back to: an outlet (OUTLET_REFS), a group, a body. */
const GROUP_REFS = new Set(['group', 'organisation', 'organization', 'watchdog', 'charity', 'union']);
/** Sectors of the bodies 'the agency' can refer back to besides a wire agency (the FTC, UNHCR, FEMA). */
// ('According to COGAT, the Defense Ministry body ... The agency wrote': a military body may be an agency.)
const AGENCY_SECTORS = new Set(['government', 'security', 'international', 'humanitarian', 'military']);
/** What 'the agency' can refer back to: a wire agency or a public body, never a newspaper. */
export const isAgency = (e: Entity): boolean =>
  e.outlet
    ? e.outlet.type === 'wire agency'
    : e.type === 'organisation' && AGENCY_SECTORS.has(e.aff.sector ?? '') && !isCountryEntity(e);
const BODY_REFS = new Set([
  'ministry',
  'department',
  'court',
  'army',
  'military',
  'command',
  'alliance',
  'company',
  'party',
  'authority',
  'board',
]);

/** The sectors a body 'the ministry', 'the court' or 'the army' can refer back to. */
const BODY_REF_SECTORS = new Map<string, readonly string[]>([
  ['ministry', ['government', 'security', 'military']],
  ['department', ['government', 'security', 'military']],
  ['court', ['judiciary']],
  ['army', ['military']],
  ['military', ['military']],
  ['command', ['military']],
  ['party', ['politics']],
  ['authority', ['government', 'security']],
  ['board', ['government', 'business', 'expert']],
]);

/** Portfolios a military body holds: 'the defence ministry' may be the army's, 'the health ministry' not. */
const DEFENCE_PORTFOLIOS = new Set(['defense', 'defence']);

/** Whether a body fits a description's portfolio ('health' of 'the health ministry'): by its name or its sector. */
function portfolioFits(portfolio: string | undefined, e: Entity): boolean {
  if (!portfolio) return true;
  const name = e.name.toLowerCase();
  if (name.includes(portfolio)) return true;
  // ('the defense department' after the Pentagon or the military.)
  return (
    DEFENCE_PORTFOLIOS.has(portfolio) &&
    (e.aff.sector === 'military' || e.aff.sector === 'security' || /defen[cs]e|pentagon/.test(name))
  );
}

/** Body nouns that name a unit of a state, never the country acting as a whole ('the ministry'). */
const UNIT_REFS = new Set(['ministry', 'department', 'agency', 'office']);

/** What the reader has met so far, for 'he', 'she', 'they', 'it', 'the official' and generic 'sources'. */
export class Context {
  private recent: Entity[] = [];
  /** Who issued the document last met under each noun ('The ministry issued a statement'). */
  private documents = new Map<string, { issuer: Entity; named: Mention | null }>();
  lastSubjectPerson: Entity | null = null;
  /** How many times `note` has been called: a caller can tell whether anything was noted since. */
  notes = 0;

  note(e: Entity | null): void {
    if (!e) return;
    this.notes++;
    const recent = this.recent;
    const at = recent.indexOf(e);
    if (at >= 0) {
      // Move it to the end in place (no splice: this runs for every statement and sentence subject).
      for (let k = at; k < recent.length - 1; k++) recent[k] = recent[k + 1] as Entity;
      recent[recent.length - 1] = e;
    } else {
      recent.push(e);
      if (recent.length > 30) recent.shift();
    }
    if (e.type === 'person' && !e.plural) this.lastSubjectPerson = e;
  }

  /**
   * A person known only by a name (no role: an unknown capitalised name the mention scan could not place)
   * is the person met before under that name or surname: 'Fowler said' after 'said Don Fowler'.
   */
  private samePerson(e: Entity): Entity {
    if (e.type !== 'person' || e.roles.length || e.aff.country || e.aff.sector) return e;
    const name = e.name.toLowerCase();
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const x = this.recent[k];
      if (!x || x === e || x.type !== 'person') continue;
      // ('Mrs. Clinton' is not 'Bill Clinton'.)
      if (e.gender && x.gender && e.gender !== x.gender) continue;
      const other = x.name.toLowerCase();
      if (other === name || other.endsWith(` ${name}`)) return x;
    }
    return e;
  }

  /** 'The ministry issued a statement', 'X said in a statement': a later 'the statement' is the ministry's. */
  noteDocument(noun: string, issuer: Entity, named: Mention | null): void {
    this.documents.set(noun, { issuer, named });
  }

  /** Who issued the document last met under `noun`, and where the text named them, if it said. */
  documentOf(noun: string): { issuer: Entity; named: Mention | null } | null {
    return this.documents.get(noun) ?? null;
  }

  /**
   * The body met last, for 'the statement said' where no one was said to issue one: 'The Ministry of
   * Information said ... "...," the statement said.' (no outlet, no country acting).
   */
  lastBody(): Entity | null {
    return this.back((e) => e.type === 'organisation' && !e.outlet && !isCountryEntity(e));
  }

  /** Someone described, not named, met last under a description ending in `ref` ('the former engineer'). */
  describedBefore(ref: string): Entity | null {
    return this.back(
      (e) => (e.type === 'person' || e.type === 'anonymous') && !e.plural && describedAs(e, ref),
    );
  }

  /** The entity met last that passes `ok`. */
  private back(ok: (e: Entity) => boolean): Entity | null {
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const e = this.recent[k];
      if (e && ok(e)) return e;
    }
    return null;
  }

  /** The entity a mention stands for, or null when it cannot be resolved. */
  resolve(m: Mention | null, learnGender = true): Entity | null {
    if (!m) return null;
    if (m.kind === 'entity') {
      // ('"...," the former engineer said' after 'A former Northlight engineer ... said': one person.)
      const e = m.entity;
      if (e && (e.type === 'person' || e.type === 'anonymous') && /^the /i.test(e.name)) {
        const met = this.describedBefore(e.name.slice(e.name.lastIndexOf(' ') + 1).toLowerCase());
        if (met) return met;
      }
      return e && this.samePerson(e);
    }
    const ref = m.ref ?? '';
    if (m.kind === 'pronoun') {
      if (ref === 'he' || ref === 'she') {
        const g = ref === 'he' ? 'm' : 'f';
        // ('A supervisor at the plant described chaos. "...," he said.': someone unnamed is met too.)
        const e = this.back(
          (x) =>
            (x.type === 'person' || x.type === 'anonymous') &&
            !x.plural &&
            x.gender !== (g === 'm' ? 'f' : 'm'),
        );
        // The text has now told us this person's pronoun: a later 'she' will not fall back on a 'he'.
        if (e && !e.gender && learnGender) e.gender = g;
        return e;
      }
      // ('The RSF denied it. It said': a body named in the plural is still one body.)
      if (ref === 'it') return this.back((e) => e.type === 'organisation' && (!e.plural || !!e.organisation));
      if (ref === 'they') return this.back((e) => e.plural || (e.type === 'organisation' && !e.outlet));
      return null;
    }
    if (m.kind === 'document') return null;
    // ('The agency declined to comment' after the FTC: a newspaper is never 'the agency'; a wire or a
    // public body is.)
    if (ref === 'agency') return this.back(isAgency);
    // ('The Sudan Doctors Network said ... The network condemned': a body whose name holds the word.)
    if (OUTLET_REFS.has(ref))
      return (
        this.back((e) => e.type === 'organisation' && !e.outlet && e.name.toLowerCase().includes(ref)) ??
        this.back((e) => !!e.outlet)
      );
    // ('Police said ... The union denied': a union is a union, a company a company.)
    if (ref === 'union')
      return m.antecedent ?? this.back((e) => e.type === 'organisation' && e.aff.sector === 'advocacy');
    // ('the forum said' after 'the Hostages and Missing Families Forum': the body whose name holds the noun.)
    if (NAMED_BODY_NOUNS.has(ref))
      return (
        this.back((e) => e.type === 'organisation' && !e.outlet && e.name.toLowerCase().includes(ref)) ??
        m.antecedent ??
        null
      );
    if (GROUP_REFS.has(ref))
      return m.antecedent ?? this.back((e) => e.type === 'organisation' && !e.outlet && !e.plural);
    if (ref === 'company' && m.antecedent) return m.antecedent;
    if (BODY_REFS.has(ref))
      return (
        this.back(
          (e) =>
            e.type === 'organisation' &&
            !e.outlet &&
            (ref !== 'alliance' || e.aff.sector === 'international') &&
            (ref !== 'company' || e.aff.sector === 'business') &&
            // ('Reform UK said ... the party said': a party, not a legislature.)
            (ref !== 'party' || e.sourceType === 'organisation') &&
            // ('Amnesty International condemned ... The interior ministry said': a ministry is a state's.)
            (!BODY_REF_SECTORS.has(ref) ||
              BODY_REF_SECTORS.get(ref)?.includes(e.aff.sector ?? '') === true) &&
            // ('The health ministry said' after the Israeli military: a ministry of that portfolio.)
            portfolioFits(m.refPortfolio, e) &&
            // ('The United States said ... the ministry said': a country acting is no ministry of its own.)
            !(UNIT_REFS.has(ref) && isCountryEntity(e)),
        ) ??
        // (A body of that kind the text named without its speaking yet.)
        (m.antecedent?.type === 'organisation' ? m.antecedent : null)
      );
    // ('The Home Secretary has insisted ... James Cleverly told MPs': the person the text names next, though
    // a headline described the post before.)
    if (m.namedAfter && m.antecedent) return m.antecedent;
    // 'the source' is an unnamed source met before, not the last official named.
    if (ref === 'source' || ref === 'sources') return this.back((e) => e.type === 'anonymous');
    // 'the senator', 'the lawmaker' are politicians: not the president or a minister met before; and
    // 'the governor', 'the mayor', 'the judge' hold one office, not whatever post the one met before holds.
    const politician = sectorOfWord(ref) === 'politics';
    // ('"We need change," the New York businessman said' after Clinton's description: a businessman is no
    // official met before.)
    const business = sectorOfWord(ref) === 'business';
    const office = OFFICES.has(ref);
    const met = this.back(
      (e) =>
        (e.type === 'person' || e.type === 'anonymous') &&
        !e.plural &&
        fitsDescription(m, e) &&
        // ('Former President Jair Bolsonaro ... "...," the president said': not the former one.)
        (!isFormerHolder(e) || isFormerHolder(m)) &&
        (hasRole(e, ref) ||
          describedAs(e, ref) ||
          // ('Trump has hinted ... the incoming president told reporters': a listed holder's post.)
          fitsListedPost(m, e) ||
          (e.type === 'person' &&
            !office &&
            !!e.aff.sector &&
            e.aff.sector !== 'public' &&
            (!politician || e.aff.sector === 'politics') &&
            (!business || e.aff.sector === 'business') &&
            e.roles.length > 0)),
    );
    // ('Attorney General Tarek William Saab spoke. A European diplomat ... "...," the diplomat said': the one
    // the description fits by its own word, over an official met since who only shares the sector.)
    const fitted = m.antecedent;
    if (
      fitted &&
      met &&
      met !== fitted &&
      !hasRole(met, ref) &&
      (hasRole(fitted, ref) || describedAs(fitted, ref) || fitsListedPost(m, fitted))
    )
      return fitted;
    return met ?? m.antecedent ?? null;
  }
}
