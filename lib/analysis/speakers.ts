/**
 * Who can speak in a text: one linear pass over the tokens finds the mentions a quote or statement can be
 * attributed to (gazetteer outlets and organisations, titled people, unnamed officials and sources, groups,
 * countries acting as governments, pronouns and definite descriptions). attribution.ts resolves them.
 */
import {
  type Cause,
  givenNameGender,
  type Organisation,
  type Outlet,
  type OutletType,
  organisations,
  type Person,
} from '@/lib/lexicons/gazetteer';
import { isThirdPersonReportVerb, reportVerbOf } from '@/lib/lexicons/report-verbs';
import { isCommonWord } from './background-words';
import {
  type Affiliation,
  countryOfWord,
  isKinWord,
  LONG_COUNTRY_NAMES,
  otherPartyName,
  partyOfWord,
  type Sector,
  sectorOfWord,
} from './camps';
import type { AnalysisDoc } from './detector';
import {
  affiliationOfWords,
  countryEntity,
  DESCRIBED_OUTLET,
  type Entity,
  type GazHit,
  type GazMatches,
  type GazPattern,
  type GazStart,
  gazEndAt,
  gazetteerEntity,
  gazHitAt,
  gazNameAt,
  gazStartOfWord,
  isCountryEntity,
  makeEntity,
  NO_ORGS,
  officeHolder,
  orgAffiliation,
  plainEntity,
  UNLISTED_OUTLET,
  UNNAMED_MEDIA,
  unknownBodyName,
  withOfficeHolder,
} from './speaker-entities';
import {
  ANON_HEADS,
  ANON_QUALIFIERS,
  ageAfter,
  BODY_NAME_WORDS,
  BRANCH_WORDS,
  CALENDAR_WORDS,
  COMPANY_NAME_ENDS,
  countryOfPair,
  DEF_NOUNS,
  DOC_NOUNS,
  FOREIGN_BODY_HEADS,
  GROUP_HEADS,
  HONORIFIC,
  inRepresentativeTitle,
  isCap,
  isPossessive,
  MODIFIERS,
  NAME_GLUE,
  NAMED_BODY_NOUNS,
  NEEDS_QUALIFIER,
  PORTFOLIOS,
  placeAt,
  SPOKES_WORDS,
  WORKPLACE_HEADS,
  type WordInfo,
  wordInfo,
  wordInfoOf,
} from './speaker-words';
import { straightApostrophes, type Token, WordTable } from './tokenize';

export {
  describedEntity,
  type Entity,
  inSetting,
  isCountryEntity,
  makeEntity,
  relayedBy,
} from './speaker-entities';

/** Per word, once (a Map lookup by string per token otherwise): the country it names. */
const countryTable = new WordTable(countryOfWord);
const countryOf = (t: Token) => countryTable.lower(t);
/** Words that may stand before an unnamed source's head: 'two unnamed US officials', 'Republican lawmakers'. */
const isModifier = (w: string) =>
  MODIFIERS.has(w) || !!countryOfWord(w) || !!partyOfWord(w) || /^\d+$/.test(w) || w === 'u.s.' || w === 'us';

export type MentionKind = 'entity' | 'pronoun' | 'definite' | 'document';

export interface Mention {
  /** Token range [first, last). */
  first: number;
  last: number;
  kind: MentionKind;
  entity: Entity | null;
  /** Pronoun or role word for references to resolve ('he', 'they', 'minister', 'outlet', 'report'). */
  ref?: string;
  /** Country named inside a definite description ('the top U.S. diplomat'). */
  refCountry?: string | null;
  /** Role words before a definite description's head ('prime' of 'the Israeli prime minister'). */
  refRoles?: string[];
  /** A portfolio before a definite description's head ('health' of 'the health ministry'). */
  refPortfolio?: string;
  /** A definite description's person: the one mentioned last with that role (see linkDescriptions). */
  antecedent?: Entity;
  /** The antecedent is the person named right after the description (see nameDescribedHolders). */
  namedAfter?: boolean;
}

export interface Mentions {
  list: Mention[];
  /** Token index -> index in `list` of the mention covering it, or -1. */
  at: Int32Array;
  /** The country the article is set in, when the text makes it plain (see settingCountry). */
  setting: string | null;
}

const cache = new WeakMap<AnalysisDoc, Mentions>();

/**
 * What a word can be in the scan, looked up once per token: its word info, the gazetteer names it starts,
 * the office holder and country it names, and whether it may stand before an unnamed source's head.
 * Null for the many words that are none of these.
 */
interface ScanWord {
  info: WordInfo | null;
  names: GazStart | null;
  holder: Person | null;
  country: string | null;
  modifier: boolean;
}
let scanWords: WordTable<ScanWord | null> | undefined;

/** A document read for the scan: per token what its word can be, and the gazetteer names found. */
interface Scan {
  words: (ScanWord | null)[];
  gaz: GazMatches;
}

/**
 * One word lookup per token gives everything the scan asks of a word, and the gazetteer names: at each
 * word token the longest name starting there, left to right, never overlapping.
 */
function readScan(tokens: readonly Token[]): Scan {
  if (!scanWords) {
    const infos = wordInfo();
    scanWords = new WordTable((w) => {
      const word: ScanWord = {
        info: infos.get(w) ?? null,
        names: gazStartOfWord(w),
        holder: officeHolder(w) ?? null,
        country: countryOfWord(w),
        modifier: isModifier(w),
      };
      return word.info || word.names || word.holder || word.country || word.modifier ? word : null;
    });
  }
  const table = scanWords;
  // Filled in place (a push per token is a call into the runtime here).
  const words = new Array<ScanWord | null>(tokens.length).fill(null);
  const at = new Int32Array(tokens.length);
  const names: GazPattern[] = [];
  /** Where the next gazetteer name may start (after the end of the last one). */
  let gazFrom = 0;
  /** Acronyms the text defines after a body's name ('(RSF)'), by their letters. */
  let acronyms: Map<string, GazPattern> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const w = table.lower(t);
    if (!w) continue;
    words[i] = w;
    if (!w.names || i < gazFrom || !t.isWord) continue;
    // ('Abdul Malik al-Houthi': after a given name and an Arabic article, a family name, not the movement.)
    if (arabicArticleBefore(tokens, i) && tokens[i - 3]?.cap && tokens[i - 3]?.pos === 'PROPN') continue;
    let p = gazNameAt(tokens, i, w.names);
    if (!p) continue;
    // 'the paramilitary Rapid Support Forces (RSF)': the text's own expansion of an acronym wins over another
    // body the gazetteer knows by it (Reporters Without Borders), from there on.
    const defined = p.words.length === 1 ? acronyms?.get(t.text) : undefined;
    if (defined) p = { words: p.words, exact: true, hit: defined.hit };
    names.push(p);
    at[i] = names.length;
    gazFrom = i + p.words.length;
    const acronym = p.words.length > 1 ? tokens[gazFrom + 1] : undefined;
    if (
      acronym &&
      tokens[gazFrom]?.text === '(' &&
      tokens[gazFrom + 2]?.text === ')' &&
      /^\p{Lu}{2,6}$/u.test(acronym.text)
    ) {
      acronyms ??= new Map();
      acronyms.set(acronym.text, p);
    } else if (p.words.length > 1) {
      // ('The Rapid Support Forces shelled ... The RSF denied it': a body named in full gives its initials
      // the same meaning, unless the text spelled them out for another.)
      const letters = initialsOf(tokens, i, gazFrom);
      if (letters && !acronyms?.has(letters)) {
        acronyms ??= new Map();
        acronyms.set(letters, p);
      }
    }
  }
  return { words, gaz: { at, names } };
}

/**
 * A given name alone at `i` that names a private person: set off after a relative ('His wife, Janet, said')
 * or followed by an indefinite description ('Fatima, a mother of four who fled the city, said').
 */
function namedPrivately(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (tokens[i + 1]?.text !== ',') return false;
  // (After a relative any name will do: 'His wife, Hawa,'.)
  if (tokens[i - 1]?.text === ',' && isKinWord(tokens[i - 2]?.lower ?? ''))
    return t.pos === 'PROPN' || givenNameGender(t.lower) !== null;
  const next = tokens[i + 2]?.lower;
  return (next === 'a' || next === 'an') && givenNameGender(t.lower) !== null;
}

/** Small words inside a body's name in Spanish, Portuguese or Italian ('Ministerio de Economía'). */
const FOREIGN_NAME_GLUE = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'do',
  'da',
  'dos',
  'das',
  'y',
  'e',
  'di',
  'della',
  'per',
]);

/** Where a body named in Spanish, Portuguese or Italian at `i` ends ('Cámara Nacional Electoral'), or -1. */
function foreignBodyEnd(tokens: readonly Token[], i: number, end: number): number {
  const t = tokens[i] as Token;
  if (!t.cap || !FOREIGN_BODY_HEADS.has(t.lower)) return -1;
  let k = i + 1;
  while (k < end) {
    const w = tokens[k] as Token;
    if (w.cap && w.isWord) k++;
    else if (FOREIGN_NAME_GLUE.has(w.text) && tokens[k + 1]?.cap) k++;
    else break;
  }
  return k > i + 1 ? k : -1;
}

/** Small words a body's initials skip ('Office for the Coordination of ...'). */
const INITIALS_SKIP = new Set(['of', 'the', 'for', 'and', 'on', 'in', '&', '-']);

/** The capital initials of the name at tokens [first, last) ('RSF' for 'Rapid Support Forces'), or null. */
function initialsOf(tokens: readonly Token[], first: number, last: number): string | null {
  let letters = '';
  for (let k = first; k < last; k++) {
    const t = tokens[k] as Token;
    if (INITIALS_SKIP.has(t.lower)) continue;
    const c = t.text.charAt(0);
    if (c === c.toLowerCase()) return null;
    letters += c;
  }
  return letters.length >= 2 && letters.length <= 6 ? letters : null;
}

/** All speaker mentions of a document, computed once per document. */
export function mentionsOf(doc: AnalysisDoc): Mentions {
  const hit = cache.get(doc);
  if (hit) return hit;
  const result = findMentions(doc);
  cache.set(doc, result);
  return result;
}

/**
 * Where a body's name of the form 'Ministry of Foreign Affairs', 'Department of Veterans Affairs' starting
 * at `i` ends: a capitalised body word, 'of', then capitalised words (joined by 'and', 'of', 'the'); -1 when
 * none starts there.
 */
function namedBodyEnd(tokens: readonly Token[], i: number, end: number): number {
  const t = tokens[i] as Token;
  // ('Commission on Presidential Debates', 'Council on Foreign Relations': 'on' joins as 'of' does.)
  const glue = tokens[i + 1]?.lower;
  if (!t.cap || !BODY_NAME_WORDS.has(t.lower) || (glue !== 'of' && glue !== 'on') || !tokens[i + 2]?.cap)
    return -1;
  let k = i + 3;
  while (k < end) {
    const w = tokens[k] as Token;
    // ('Bank of Ghana Governor Samuel Adjei': a post and a name after the body's name are no part of it.)
    if (isTitleAt(tokens, k) && tokens[k + 1]?.cap && !BODY_NAME_WORDS.has(w.lower)) break;
    if (w.cap && w.isWord) k++;
    else if ((w.lower === 'and' || w.lower === 'of' || w.lower === 'the') && tokens[k + 1]?.cap) k++;
    else break;
  }
  return k;
}

/** The country written right before a body's name at `first`: 'Russia's', 'Israeli'. */
function ownerCountryBefore(tokens: readonly Token[], first: number): string | null {
  const before = tokens[first - 1];
  const owner = before && isPossessive(before.text) ? tokens[first - 2] : before?.cap ? before : undefined;
  return owner ? countryOf(owner) : null;
}

/** The text of tokens [first, last), spaced as a name is shown. */
function spanText(doc: AnalysisDoc, first: number, last: number): string {
  return oneSpaced(doc.text.slice(doc.tokens[first]?.start ?? 0, doc.tokens[last - 1]?.end ?? 0));
}

/**
 * 'Russia's Ministry of Defence', 'the Russian Ministry of Defence': a body the gazetteer knows under one
 * country's name (Britain's Ministry of Defence), owned here by another; the same kind of body of that country.
 */
function ownedBody(doc: AnalysisDoc, first: number, last: number, hit: GazHit): Entity | null {
  const o = hit.organisation;
  if (!o?.country) return null;
  const { tokens } = doc;
  const country = ownerCountryBefore(tokens, first);
  if (!country || country === o.country) return null;
  const name = spanText(doc, first, last);
  return makeEntity(name, 'organisation', { country, sector: orgAffiliation(o).sector });
}

/** Whether every word of tokens [first, last) is written in capitals of three letters or more. */
function allCapitals(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const w = (tokens[k] as Token).text;
    if (w.length < 3 || w !== w.toUpperCase() || w === w.toLowerCase()) return false;
  }
  return true;
}

/**
 * 'A government spokesman, Martín Oyarzábal,': an indefinite description with a post, right before the comma
 * at `comma` and opening the sentence or clause, gives the named person's post; null otherwise.
 */
function indefinitePostBefore(tokens: readonly Token[], comma: number, floor: number, body?: Mention) {
  // ('A local organizer for the United Food and Commercial Workers, Luis Ortega,': the post at a body.)
  const o = body?.kind === 'entity' && body.last === comma ? body.entity?.organisation : undefined;
  let end = comma;
  if (o && body) {
    const p = tokens[body.first - 1]?.lower === 'the' ? body.first - 2 : body.first - 1;
    if (!BODY_PREPOSITIONS.has(tokens[p]?.lower ?? '')) return null;
    end = p;
  }
  let k = end - 1;
  while (k > floor && k > end - 6 && /^(NOUN|ADJ|PROPN)$/.test(tokens[k]?.pos ?? '') && !tokens[k]?.cap) k--;
  const det = tokens[k]?.lower;
  if ((det !== 'a' && det !== 'an') || k === end - 1) return null;
  const opener = tokens[k - 1];
  if (opener && opener.sentence === tokens[k]?.sentence && opener.text !== ',') return null;
  const title = affiliationOfWords(tokens, o ? [o] : NO_ORGS, k, comma);
  return title.roles.length || o ? title : null;
}

/** Words that put a post at a body: 'an organizer for the union', 'a researcher at the institute'. */
const BODY_PREPOSITIONS = new Set(['for', 'at', 'with', 'of']);

/** Posts that serve one person: 'Clinton spokesman', "the senator's aide". */
const PERSONAL_POSTS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'adviser',
  'advisor',
  'press',
  'campaign',
]);

/** Possessive determiners before a post: 'Her spokesman, Derek Oyelaran,'. */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their']);

/**
 * 'Her campaign manager, Derek Oyelaran,', 'His spokesman, Tim Oyo,', "The union's deputy leader, Karim
 * Benali,": a post after a possessive, right before the comma at `comma` and opening the sentence or clause,
 * gives the named person's post (a campaign's post has no role word of its own); `post` is its first word and
 * `bodyNoun` the noun of a body referred back to, for ownerOfPost. Null otherwise.
 */
function possessivePostBefore(tokens: readonly Token[], comma: number, floor: number) {
  let k = comma - 1;
  // ("The charity's head of mission in Sudan,": a post may run on with 'of', 'for' or 'in' and a country.)
  while (
    k > floor &&
    k > comma - 9 &&
    ((/^(NOUN|ADJ)$/.test(tokens[k]?.pos ?? '') && !tokens[k]?.cap) ||
      (POST_GLUE.has(tokens[k]?.lower ?? '') && k < comma - 1) ||
      (!!tokens[k]?.cap && !!countryOf(tokens[k] as Token) && POST_GLUE.has(tokens[k - 1]?.lower ?? '')))
  )
    k--;
  if (k === comma - 1 || POST_GLUE.has(tokens[k + 1]?.lower ?? '')) return null;
  const post = k + 1;
  // "The union's deputy leader, Karim Benali,": a body referred back to, whose noun says what it is.
  const noun = isPossessive(tokens[k]?.text) ? tokens[k - 1] : undefined;
  const bodyNoun = noun?.pos === 'NOUN' && !noun.cap && tokens[k - 2]?.lower === 'the' ? noun.lower : null;
  // "Hartley's spokesman, Chase Whitmore,": a person's post (ownerOfPost finds whose).
  const named = !!noun?.cap && PERSONAL_POSTS.has(tokens[post]?.lower ?? '');
  // ("Labour's shadow home secretary, Yvette Cooper,": a party's post, opening the sentence or clause.)
  const party = !!noun?.cap && !named && !!partyOfWord(noun.lower);
  const det = bodyNoun ? k - 2 : party ? k - 1 : k;
  if (!bodyNoun && !named && !party && !POSSESSIVE_DETERMINERS.has(tokens[k]?.lower ?? '')) return null;
  const opener = tokens[det - 1];
  if (
    !named &&
    opener &&
    opener.sentence === tokens[det]?.sentence &&
    opener.text !== ',' &&
    opener.lower !== 'and'
  )
    return null;
  const title = affiliationOfWords(tokens, NO_ORGS, bodyNoun || party ? k - 1 : post, comma);
  // ("The charity's head of mission": a post of a body referred back to, though no list knows the post.)
  return title.roles.length ||
    title.aff.sector === 'politics' ||
    (bodyNoun && BODY_BACK_REFERENCES.has(bodyNoun))
    ? { ...title, post, bodyNoun }
    : null;
}

/** Posts named with where they are sent: 'Ambassador to the U.N.', 'envoy to Ukraine'. */
const ENVOYS = new Set(['ambassador', 'envoy', 'ambassadors', 'envoys']);

/** Words a post may run on with ('head of mission in Sudan'). */
const POST_GLUE = new Set(['of', 'for', 'in']);

/** Kinds of national bodies a state or province has its own of ('the Texas Department of Public Safety'). */
const STATE_LEVEL_TYPES = new Set(['government', 'ministry', 'court', 'legislature', 'security']);

/**
 * Where a state, province or city of the body's own country starts when it is written right before a national
 * body's name ('Oregon' + 'Department of Education'), in no mention yet; -1 otherwise.
 */
function statePlaceBefore(tokens: readonly Token[], i: number, at: Int32Array, o: Organisation): number {
  if (!STATE_LEVEL_TYPES.has(o.type)) return -1;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if ((at[k] ?? -1) >= 0 || tokens[k]?.block !== tokens[i]?.block) return -1;
    const place = placeAt(tokens, k);
    if (place && k + place.n === i) return place.country === o.country ? k : -1;
  }
  return -1;
}

/** Head nouns that may follow a body's name and still name that body ('the Hamas movement'). */
const BODY_HEADS = new Set([
  'movement',
  'group',
  'militia',
  'organization',
  'organisation',
  'office',
  'agency',
  'mission',
  'alliance',
  'coalition',
  'faction',
]);

/**
 * Where a body's name that ends at `end` really ends: over at most two lowercase words and a head noun
 * from BODY_HEADS ('UN humanitarian office', 'Hamas movement'); `end` itself when no head follows.
 */
function bodyHeadEnd(tokens: readonly Token[], end: number, stop: number): number {
  for (let k = end; k < Math.min(stop, end + 3); k++) {
    const t = tokens[k] as Token;
    if (!t.isWord || t.cap) return end;
    if (BODY_HEADS.has(t.lower)) return k + 1;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') return end;
  }
  return end;
}

/**
 * Whether post words alone stand between a known body's mention and `comma` ('White House' + 'spokesperson'
 * before ', Karen Delgado,'; "Israel's" + 'foreign minister').
 */
function postAfterBody(tokens: readonly Token[], scan: Scan, body: Mention, comma: number): boolean {
  if (body.kind !== 'entity' || body.entity?.type !== 'organisation' || body.last >= comma) return false;
  // ("Israel's foreign minister, Eli Cohen,": the body's possessive may stand between.)
  const from = isPossessive(tokens[body.last]?.text) ? body.last + 1 : body.last;
  if (from >= comma) return false;
  // ('Russia's deputy energy minister, Pavel Strelnikov,': a portfolio may stand among the post words.)
  // ("NHS England's medical director": a lowercase field before the post word.)
  for (let k = from; k < comma; k++) {
    const t = tokens[k] as Token;
    if (scan.words[k]?.info?.title || PORTFOLIOS.has(t.lower) || t.text === '-') continue;
    if (k < comma - 1 && !t.cap && (t.pos === 'ADJ' || t.pos === 'NOUN')) continue;
    return false;
  }
  return tokens[comma]?.text === ',' && !!scan.words[comma - 1]?.info?.title;
}

/** Posts that only a town, city, state or province has: whatever follows their 'of' is a place. */
const PLACE_POSTS = new Set(['mayor', 'governor', 'councillor', 'councilor', 'alderman']);

/**
 * Where a description ending at `from` ends when an 'of' and a place follow ('the governor' + 'of Texas',
 * 'the mayor' + 'of Springfield'): `to` when the words between are a known place, or any capitalised words
 * after a post only places have; `from` itself otherwise ('the president of Acme' names no place).
 */
function placeOfEnd(tokens: readonly Token[], head: Token | undefined, from: number, to: number): number {
  if (tokens[from]?.lower !== 'of' || to <= from + 1) return from;
  const k = tokens[from + 1]?.lower === 'the' ? from + 2 : from + 1;
  if (placeAt(tokens, k, to)?.n === to - k) return to;
  if (!head || !PLACE_POSTS.has(head.lower)) return from;
  for (let p = k; p < to; p++) if (!tokens[p]?.cap) return from;
  return to;
}

/**
 * Where a definite description read up to `from` ends when a few more of its words run on to the comma at
 * `comma` ("the company's chief executive,", 'the minister of health,'): `comma`, or `from` when a verb, a
 * capitalised word or a mark stands between.
 */
function descriptionEnd(tokens: readonly Token[], from: number, comma: number): number {
  if (comma - from > 5) return from;
  for (let k = from; k < comma; k++) {
    const t = tokens[k] as Token;
    // ('The president of Acme,': a name the place check let pass says whose post, which no word here reads.)
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.cap || (t.pos === 'PUNCT' && !isPossessive(t.text)))
      return from;
  }
  return comma;
}

/** Words of an apposition that say what kind of body one is ('an advocacy group', 'a think tank'). */
const BODY_KIND_WORDS = new Map<string, { sector: Sector; cause?: Cause }>([
  ['advocacy', { sector: 'advocacy' }],
  ['rights', { sector: 'rights' }],
  ['civil-liberties', { sector: 'rights' }],
  ['think', { sector: 'expert' }],
  ['research', { sector: 'expert' }],
  ['academic', { sector: 'expert' }],
  ['charity', { sector: 'humanitarian' }],
  ['humanitarian', { sector: 'humanitarian' }],
  ['aid', { sector: 'humanitarian' }],
  ['environmental', { sector: 'advocacy', cause: 'environment' }],
  ['climate', { sector: 'advocacy', cause: 'environment' }],
  ['union', { sector: 'advocacy', cause: 'labour' }],
  ['lobby', { sector: 'advocacy', cause: 'business' }],
  ['trade', { sector: 'advocacy', cause: 'business' }],
  ['industry', { sector: 'advocacy', cause: 'business' }],
  ['company', { sector: 'business' }],
  ['firm', { sector: 'business' }],
  ['manufacturer', { sector: 'business' }],
  ['maker', { sector: 'business' }],
]);
/** Nouns that close such an apposition. */
const BODY_KIND_HEADS = new Set([
  'group',
  'organization',
  'organisation',
  'nonprofit',
  'tank',
  'charity',
  'coalition',
  'union',
  'company',
  'firm',
  'manufacturer',
  'maker',
  'association',
  'institute',
]);

/**
 * ', an advocacy group,' / ', a Washington think tank,' right after a body's name: the sector (and cause)
 * its kind word gives, or null when no such apposition follows.
 */
function bodyKindAfter(
  tokens: readonly Token[],
  end: number,
  blockLast: number,
): { sector: Sector; cause?: Cause } | null {
  if (tokens[end]?.text !== ',' || !/^(a|an|the)$/.test(tokens[end + 1]?.lower ?? '')) return null;
  let kind: { sector: Sector; cause?: Cause } | null = null;
  for (let k = end + 2; k < Math.min(blockLast, end + 8); k++) {
    const t = tokens[k] as Token;
    if (t.text === ',' || t.text === '.' || t.pos === 'VERB' || t.pos === 'AUX') break;
    // ('a left-wing advocacy group': the kind word nearest the head says most.)
    const w = BODY_KIND_WORDS.get(t.lower);
    if (w && !BODY_KIND_HEADS.has(tokens[k - 1]?.lower ?? '')) kind = w;
    if (BODY_KIND_HEADS.has(t.lower) && (tokens[k + 1]?.text === ',' || tokens[k + 1]?.text === '.'))
      return kind ?? (t.lower === 'nonprofit' ? null : (BODY_KIND_WORDS.get(t.lower) ?? null));
  }
  return null;
}

/** Words before a kind noun that make the body one of analysts ('think tank', 'consulting firm'). */
const EXPERT_KINDS = new Set(['think', 'polling', 'research', 'consulting', 'advisory', 'analytics']);

/**
 * Nouns that say a name is a news outlet's, wherever they stand: after it ('Al-Manar television', 'the
 * Haaretz newspaper'), before it ('the newspaper El Universo', 'the news site Primicias') or closing an
 * apposition (', a Serbian newspaper,', ', the state news agency,').
 */
const OUTLET_KINDS = new Set([
  'television',
  'tv',
  'radio',
  'newspaper',
  'daily',
  'tabloid',
  'weekly',
  'magazine',
  'broadcaster',
  'channel',
  'outlet',
  'website',
  'site',
  'portal',
  'agency',
  'station',
]);
/** Outlet kinds that are a news one only after a word that says so ('news site', 'news agency', 'radio station'). */
const NEEDS_NEWS = new Set(['site', 'portal', 'agency', 'station']);
const NEWS_WORDS = new Set(['news', 'television', 'tv', 'radio', 'media']);

/** Whether the lowercase noun at `k` names a news outlet's kind ('newspaper'; 'site' only after 'news'). */
function outletKindAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.cap || !OUTLET_KINDS.has(t.lower)) return false;
  return !NEEDS_NEWS.has(t.lower) || NEWS_WORDS.has(tokens[k - 1]?.lower ?? '');
}

/** Where an outlet's mention ends when a lowercase medium noun follows its name at `last`. */
function mediumEnd(tokens: readonly Token[], last: number, end: number): number {
  if (last >= end || !outletKindAt(tokens, last)) return last;
  // ('the Haaretz daily newspaper', 'the Saba news agency'.)
  return outletKindAt(tokens, last + 1) ? last + 2 : last + 1;
}

/**
 * Whether a spokesperson's title names a body of its own ('Commission spokesperson Thomas Regnier'): a
 * capitalised word besides the post inside it, or a proper noun no mention took right before it.
 */
function titleNamesBody(tokens: readonly Token[], first: number, nameFirst: number, at: Int32Array): boolean {
  for (let k = first; k < nameFirst; k++) {
    const t = tokens[k] as Token;
    if (t.cap && !SPOKES_WORDS.has(t.lower)) return true;
  }
  const t = tokens[first - 1];
  return (
    !!t && t.cap && t.pos === 'PROPN' && t.sentence === tokens[first]?.sentence && (at[first - 1] ?? -1) < 0
  );
}

/** Dashes that close a dateline ('KYIV —', 'QUITO (AFP) -'). */
export const DATELINE_DASHES: ReadonlySet<string> = new Set(['—', '–', '-', '--']);

/**
 * Where a block's dateline ends ('HAVANA —', 'QUITO (AFP) —', 'KYIV, Ukraine —', 'HAVANA, Oct 19 (Reuters) -'):
 * the token after its dash, or the agency's bracket, which the scan still reads (the article's own outlet, see
 * sources.ts); `first` when the block opens with none. A dateline opens on a word in capitals and closes on a
 * dash set apart by a space ('OPEC's secretary-general' is no dateline).
 */
function datelineEnd(tokens: readonly Token[], first: number, last: number): number {
  const t = tokens[first];
  if (!t || t.text.length < 3 || t.text !== t.text.toUpperCase() || !/\p{Lu}/u.test(t.text)) return first;
  let bracket = -1;
  for (let k = first + 1; k < last && k < first + 10; k++) {
    const w = tokens[k] as Token;
    if (w.text === '(' && bracket < 0) bracket = k;
    // (A dash that ends the block closes no dateline: something must follow it.)
    if (DATELINE_DASHES.has(w.text) && w.start > (tokens[k - 1] as Token).end)
      return k + 1 >= last ? first : bracket >= 0 ? bracket : k + 1;
    // (A city may take two words in capitals, then a country, a date or an agency in brackets.)
    if (w.sentence !== t.sentence || (w.pos === 'VERB' && w.text !== w.text.toUpperCase())) return first;
  }
  return first;
}

/** Kind nouns a body's name may follow ('the consulting firm X'); BODY_KIND_WORDS before them say more. */
const KIND_BEFORE_NAME = new Set([
  'firm',
  'company',
  'consultancy',
  'group',
  'charity',
  'nonprofit',
  'tank',
  'startup',
]);

/**
 * 'consulting firm AeroDynamic Advisory', 'the charity Helping Hands': where the capitalised name after a kind
 * noun ends, and the sector the kind gives; null when no kind noun stands right before `i` or the words after
 * it are a title and a person ('the company CEO Tim Cook').
 */
function nameAfterKind(
  tokens: readonly Token[],
  i: number,
  end: number,
  scan: Scan,
): { first: number; end: number; sector: Sector | null; outlet: boolean; country: string | null } | null {
  const kind = tokens[i - 1];
  // (wink may tag 'daily' an adjective even as a noun: 'the daily Diario Norte'.)
  if (!kind || kind.cap || (kind.pos !== 'NOUN' && kind.lower !== 'daily')) return null;
  // ('site' only as a news one: 'the news site 14ymedio'.)
  const outlet = outletKindAt(tokens, i - 1);
  if (!outlet && !KIND_BEFORE_NAME.has(kind.lower)) return null;
  let k = i;
  while (k < end && k < i + 5) {
    const t = tokens[k] as Token;
    // ('Management & Fit', 'La Voz del Sur': joining words inside the name.)
    if ((t.text === '&' || FOREIGN_NAME_GLUE.has(t.text)) && k > i && tokens[k + 1]?.cap) {
      k++;
      continue;
    }
    if (!t.cap || !t.isWord || scan.gaz.at[k] || scan.words[k]?.info?.title || scan.words[k]?.country) break;
    k++;
  }
  if (k === i || tokens[k]?.pos === 'PROPN') return null;
  const modifier = tokens[i - 2]?.lower ?? '';
  const sector =
    // (A consultancy's or a pollster's people are quoted as analysts, not as a company speaking.)
    EXPERT_KINDS.has(modifier) || kind.lower === 'consultancy'
      ? 'expert'
      : (BODY_KIND_WORDS.get(modifier)?.sector ?? BODY_KIND_WORDS.get(kind.lower)?.sector ?? null);
  // Back over the kind's words to its article, when it has one ('the left-wing group', 'the Greenlandic
  // newspaper'), noting a country word among them.
  let first = i - 1;
  let country: string | null = null;
  for (let j = i - 2; j >= 0 && j >= i - 6; j--) {
    const w = tokens[j] as Token;
    if (w.sentence !== kind.sentence) break;
    if (w.cap && scan.words[j]?.country) {
      country = scan.words[j]?.country ?? null;
      continue;
    }
    if (w.cap) break;
    if (w.pos === 'DET') {
      first = j;
      break;
    }
    if (w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.text !== '-') break;
  }
  return { first, end: k, sector, outlet, country };
}

/** What a name's last word says of an unknown body: 'Tax Policy Center' studies, 'Freedom Alliance' campaigns. */
const UNKNOWN_BODY_SECTORS = new Map<string, Sector>([
  ['institute', 'expert'],
  ['institution', 'expert'],
  ['center', 'expert'],
  ['centre', 'expert'],
  ['collaboration', 'expert'],
  ['academy', 'expert'],
  ['consortium', 'expert'],
  ['alliance', 'advocacy'],
  ['coalition', 'advocacy'],
  ['network', 'advocacy'],
  ['association', 'advocacy'],
  ['league', 'advocacy'],
  ['union', 'advocacy'],
  ['command', 'military'],
  // 'the Oregon Health Authority', 'the Oregon Department of Education', 'the Port Commission': public bodies.
  ['authority', 'government'],
  // ('Lambridge Council', 'Springfield City Council': a council nothing else is known about is a local one.)
  ['council', 'government'],
  ['department', 'government'],
  ['agency', 'government'],
  ['commission', 'government'],
  ['assembly', 'politics'],
  ...COMPANY_NAME_ENDS.map((w) => [w, 'business'] as [string, Sector]),
]);

/** What the last body word of an unknown body's name says of it ('Academy' of 'Academy for Political Education'). */
function bodyWordSector(tokens: readonly Token[], first: number, end: number): Sector | null {
  for (let k = end - 1; k >= first; k--) {
    const s = UNKNOWN_BODY_SECTORS.get((tokens[k] as Token).lower);
    if (s) return s;
  }
  return null;
}

/**
 * Where an unknown body's name starting at `b` ends: two or more capitalised words (joined by 'of', 'for',
 * 'and', 'the') not known to the gazetteer, the last a body's word ('Authority', 'Alliance', 'Department of
 * Education'), no post among them ('Fed Chair Margaret Lindqvist' is a person); -1 when none starts there.
 */
function unknownBodyEnd(tokens: readonly Token[], b: number, end: number, scan: Scan): number {
  // ('The Israeli Ministry of Foreign Affairs': a country's body, read as such further on.)
  if (scan.words[b]?.country && b + 1 < end && namedBodyEnd(tokens, b + 1, end) > 0) return -1;
  let k = b;
  let last = -1;
  let words = 0;
  while (k < end) {
    const t = tokens[k] as Token;
    if (t.cap && t.isWord && !scan.gaz.at[k]) {
      // (Posts may stand inside: 'Immigrant Rights Coalition'. A post before a person's name ends in the
      // name, not in a body's word, and is read as a title below: 'Fed Chair Margaret Lindqvist'.)
      const bodyWord = BODY_NAME_WORDS.has(t.lower);
      words++;
      k++;
      if (bodyWord) last = k;
    } else if (words > 0 && NAME_GLUE.has(t.lower) && tokens[k + 1]?.cap) {
      // ('Li Fei of Xiamen University': two or three words with no body's word before 'of' are a person's
      // name, and the body follows; 'University of Michigan', 'Bank of Ghana' have theirs before it.)
      if (t.lower === 'of' && last < 0 && (words === 2 || words === 3) && k === b + words) return -1;
      k++;
    } else break;
  }
  // The name ends at its last body word only when nothing capitalised follows it ('the Health Authority
  // Director Jane Roe' goes on to a person); 'Department of Education' ends in the words after 'of'.
  if (words < 2 || last < 0) return -1;
  // ('to confirm Supreme Court justices': a name before a noun only describes it.)
  const next = tokens[k];
  if (next && next.pos === 'NOUN' && !next.cap && !ANON_HEADS.has(next.lower)) return -1;
  // ('the Academy for Political Education': 'for' joins a subject as 'of' does.)
  return k === last || tokens[last]?.lower === 'of' || tokens[last]?.lower === 'for' ? k : -1;
}

/** Last words of a newspaper's name ('the Riverside Ledger', 'the Kansas City Star'). */
const NEWSPAPER_HEADS = new Set([
  'times',
  'post',
  'journal',
  'herald',
  'gazette',
  'tribune',
  'chronicle',
  'courier',
  'ledger',
  'register',
  'observer',
  'examiner',
  'inquirer',
  'enquirer',
  'dispatch',
  'sentinel',
  'courant',
  'telegraph',
  'bulletin',
  'star',
  'globe',
  'statesman',
  'advertiser',
  'democrat',
  'bee',
]);

/** Newspaper words that, capitalised after 'the', name a paper even alone ('the Chronicle'; not 'the Star'). */
const PAPER_ONLY_HEADS = new Set([
  'chronicle',
  'gazette',
  'tribune',
  'herald',
  'ledger',
  'journal',
  'inquirer',
  'enquirer',
  'sentinel',
  'courant',
]);

/**
 * Where the name of a newspaper the gazetteer does not list ends, after 'the' at `b - 1`: capitalised words
 * (a hyphen may join two: 'Courier-Journal') the gazetteer does not know, the last a newspaper's word, and
 * nothing capitalised after it ('the Times Square crowd' is no paper); -1 when none starts at `b`.
 */
function unlistedOutletEnd(tokens: readonly Token[], b: number, end: number, scan: Scan): number {
  if (tokens[b - 1]?.lower !== 'the') return -1;
  let k = b;
  let words = 0;
  while (k < end) {
    const t = tokens[k] as Token;
    // ('the Tampa Bay Times': the last word may be one an outlet with a common-word name is known by.)
    const commonOutlet =
      words > 0 && !!scan.gaz.at[k] && NEWSPAPER_HEADS.has(t.lower) && gazEndAt(scan.gaz, k) === k + 1;
    if (!t.cap || !t.isWord || (scan.gaz.at[k] && !commonOutlet) || scan.words[k]?.info?.title) break;
    words++;
    k++;
    if (commonOutlet) break;
    if (tokens[k]?.text === '-' && tokens[k + 1]?.cap && tokens[k]?.start === tokens[k - 1]?.end) k++;
  }
  // ('the Chronicle reported': one word is enough when it can only be a paper's name.)
  const head = tokens[k - 1]?.lower ?? '';
  if (!NEWSPAPER_HEADS.has(head) || (words < 2 && !PAPER_ONLY_HEADS.has(head))) return -1;
  const next = tokens[k];
  // ('the Kansas City Star reporter': a paper's name before a noun only describes it.)
  if (next && (next.cap || (next.pos === 'NOUN' && !isPossessive(next.text)))) return -1;
  return k;
}

/**
 * 'Agerpres, the state news agency,', 'Formula TV, an independent broadcaster,': where a capitalised name
 * the gazetteer does not know ends, when the apposition after it says it is a news outlet; with the country
 * and the kind of outlet the apposition gives. Null otherwise.
 */
function describedOutletAt(
  tokens: readonly Token[],
  b: number,
  end: number,
  scan: Scan,
): { end: number; country: string | null; type: OutletType } | null {
  let k = b;
  while (k < end && k < b + 4) {
    const t = tokens[k] as Token;
    // ('Myanmar Now': a country word may open the name, not end it.)
    const country = !!scan.words[k]?.country && !(k === b && tokens[k + 1]?.cap);
    if (!t.cap || !t.isWord || scan.gaz.at[k] || scan.words[k]?.info?.title || country) break;
    k++;
    // ('Civil.ge', 'OC-Media': a name written with a full stop or a hyphen inside.)
    if ((tokens[k]?.text === '.' || tokens[k]?.text === '-') && tokens[k + 1]?.start === tokens[k]?.end)
      k += 2;
  }
  if (k === b || tokens[k]?.text !== ',' || !/^(a|an|the)$/.test(tokens[k + 1]?.lower ?? '')) return null;
  let country: string | null = null;
  let state = false;
  let pub = false;
  for (let h = k + 2; h < Math.min(end, k + 9); h++) {
    const t = tokens[h] as Token;
    // ('an exile-run news site': a verb inside a hyphenated word describes.)
    if (((t.pos === 'VERB' || t.pos === 'AUX') && tokens[h - 1]?.text !== '-') || t.text === '.') return null;
    // ('an English-language news site': a language, not a country.)
    if (tokens[h + 1]?.text !== '-') country ??= countryOf(t);
    if (t.lower === 'state' || t.lower === 'state-run' || t.lower === 'state-owned') state = true;
    if (t.lower === 'public') pub = true;
    const closes = tokens[h + 1]?.text === ',' || tokens[h + 1]?.text === '.';
    if (!closes) continue;
    if (!outletKindAt(tokens, h)) return null;
    const wire = t.lower === 'agency' && !state;
    const type = state ? 'state-affiliated' : pub ? 'public broadcaster' : wire ? 'wire agency' : 'private';
    return { end: k, country, type };
  }
  return null;
}

/** Nouns that name the news media as a whole ('state media', 'local press', 'Israeli television'). */
const MEDIA_HEADS = new Set(['media', 'press', 'television', 'tv', 'newspapers', 'outlets']);
/** Words that say whose or which media, before MEDIA_HEADS ('state', 'local', 'Hebrew-language'). */
const MEDIA_MODIFIERS = new Set([
  'state',
  'state-run',
  'state-owned',
  'state-controlled',
  'official',
  'local',
  'national',
  'regional',
  'foreign',
  'international',
  'independent',
  'pro-government',
  'opposition',
  'western',
  'mainstream',
  'public',
  'language',
]);

/**
 * News media the text cites without naming an outlet, starting at `i` ('state media', 'Israeli media',
 * 'local television', 'Hebrew-language media', 'Chinese state media'): where the phrase ends, its country and
 * whether the state runs it; null when no such phrase starts there ('social media' is no news outlet, nor
 * 'the media' alone).
 */
function unnamedMediaAt(
  tokens: readonly Token[],
  i: number,
  end: number,
): { end: number; country: string | null; state: boolean } | null {
  // (Most capitalised words have no media noun after them: look for one first.)
  let noun = i + 1;
  while (noun < end && noun < i + 5 && !MEDIA_HEADS.has((tokens[noun] as Token).lower)) noun++;
  if (noun >= end || noun >= i + 5) return null;
  let country: string | null = null;
  let state = false;
  let k = i;
  for (; k < end && k < i + 5; k++) {
    const t = tokens[k] as Token;
    if (MEDIA_HEADS.has(t.lower)) break;
    const joined =
      t.text === '-' && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end && k > i;
    if (joined) continue;
    const c = t.cap ? countryOfWord(t.lower) : null;
    if (c && !country) {
      country = c;
      continue;
    }
    if (
      MEDIA_MODIFIERS.has(t.lower) ||
      (t.cap && tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'language')
    ) {
      if (t.lower.startsWith('state') || t.lower === 'official') state = true;
      continue;
    }
    return null;
  }
  const head = tokens[k];
  if (k === i || !head || !MEDIA_HEADS.has(head.lower) || head.cap) return null;
  // ('local television station KTVU': a named outlet follows; 'state TV footage': the media's work, cited elsewhere.)
  const next = tokens[k + 1];
  if (next && (next.cap || (next.pos === 'NOUN' && next.lower !== 'reports'))) return null;
  return { end: k + 1, country, state };
}

/** News media cited without an outlet named ('state media reported'). */
function unnamedMedia(name: string, country: string | null, state: boolean): Entity {
  const outlet: Outlet = {
    name,
    aliases: [],
    country,
    type: state ? 'state-affiliated' : 'private',
    explanation: 'No outlet named: the article cites the news media in general.',
    source: UNNAMED_MEDIA,
  };
  return makeEntity(name, 'organisation', { country, sector: 'media' }, { outlet });
}

/** An outlet the gazetteer does not list that the article says is one ('Agerpres, the state news agency'). */
function describedOutlet(name: string, country: string | null, type: OutletType): Entity {
  const outlet: Outlet = {
    ...unlistedOutlet(name, country),
    type,
    explanation: 'Not in the outlets gazetteer: the article describes it as a news outlet.',
    source: DESCRIBED_OUTLET,
  };
  return makeEntity(name, 'organisation', { country, sector: 'media' }, { outlet });
}

/** A newspaper the gazetteer does not list, known only by its name. */
function unlistedOutlet(name: string, country: string | null): Outlet {
  return {
    name,
    aliases: [],
    country,
    type: 'private',
    explanation: 'Not in the outlets gazetteer: read as a newspaper from its name.',
    source: UNLISTED_OUTLET,
  };
}

/** Whether a title in tokens [first, nameFirst) opens with 'State' ('State Sen.', 'State Rep.'). */
function stateTitle(tokens: readonly Token[], first: number, nameFirst: number): boolean {
  for (let k = first; k < nameFirst; k++) if (tokens[k]?.text === 'State') return true;
  return false;
}

/** isDemonymPlural's answers by word. */
const demonymPlurals = new Map<string, boolean>();
/**
 * Plural demonyms are people, not a country acting: 'Americans say', 'Palestinians said' is no government
 * speaking. A country's word in the plural that is not the country's own name ('Philippines', 'Netherlands').
 */
function isDemonymPlural(w: string): boolean {
  let v = demonymPlurals.get(w);
  if (v === undefined) {
    const c = countryOfWord(w)?.toLowerCase();
    v = !!c && /[^s']s$/.test(w) && c !== w && !c.endsWith(` ${w}`);
    demonymPlurals.set(w, v);
  }
  return v;
}

/** People named by a plural demonym ('Tens of thousands of Israelis', 'Palestinians said'): that country's public. */
const demonymPeople = (name: string, country: string): Entity =>
  makeEntity(name, 'person', { country, sector: 'public' }, { plural: true });

function findMentions(doc: AnalysisDoc): Mentions {
  const { tokens } = doc;
  const at = new Int32Array(tokens.length).fill(-1);
  const list: Mention[] = [];
  /** Initials the text gives a body it names ('the National Unity Government (NUG)'), for 'the NUG said'. */
  const acronyms = new Map<string, Entity>();
  const push = (m: Mention) => {
    // ('The Survivors Network ... (SNAP)': the initials in brackets after a body's name are the body's.)
    const e = m.entity;
    if (
      e?.type === 'organisation' &&
      !e.outlet &&
      tokens[m.last]?.text === '(' &&
      tokens[m.last + 2]?.text === ')'
    ) {
      const initials = tokens[m.last + 1] as Token;
      if (/^[A-Z][A-Z0-9&]{1,7}$/.test(initials.text) && !gaz.at[m.last + 1]) {
        acronyms.set(initials.text, e);
        m.last += 3;
      }
    }
    list.push(m);
    for (let k = m.first; k < m.last; k++) at[k] = list.length - 1;
  };
  const scan = readScan(tokens);
  const { gaz } = scan;
  // (Before any post is read: 'Congress MP Shashi Tharoor' in a story set in India is India's Congress.)
  const { setting, leading } = settingCountry(doc, scan);
  localNamesOfSetting(tokens, gaz, setting, leading);
  const gazAt = gaz.at;
  /** People by full name and by surname, so 'Sullivan' finds 'National Security Adviser Jake Sullivan'. */
  const people = new Map<string, Entity>();
  /** People by surname and sex ('miller f'), for a surname with an honorific when two of that name were met. */
  const peopleBySex = new Map<string, Entity>();
  /** Companies the text named in two words, by their first word ('harvest' for 'Harvest Foods'). */
  const companies = new Map<string, Entity>();
  /** Unnamed groups of sources by their head noun ('people' for 'people familiar with the matter'). */
  const groups = new Map<string, Entity>();
  /** The unnamed group named last and the sentence it was named in. */
  let groupMet: { entity: Entity; sentence: number } | null = null;
  const lastGroup = (t: Token) => (groupMet && t.sentence - groupMet.sentence <= 1 ? groupMet.entity : null);
  /** Bodies named 'Ministry of ...' by their name without an owner, so a later 'the Ministry of ...' finds them. */
  const bodies = new Map<string, Entity>();
  /** Outlets named in two words or more, by their last word ('times' for The New York Times). */
  const outletsMet = new Map<string, Entity>();

  for (const block of doc.blocks) {
    const kind = doc.blockKinds[block.i];
    if (kind === 'credit' || kind === 'boilerplate') continue;
    // ('HAVANA — Residents ...': a dateline says where the story was filed, and names no one who acts.)
    let i = datelineEnd(tokens, block.first, block.last);
    // A title-case lead-in names a topic, not a speaker.
    const heading = isCap(tokens[i] as Token) ? titleCaseLeadIn(tokens, i, block.last, scan) : -1;
    if (heading > 0) i = heading + 1;
    while (i < block.last) {
      const t = tokens[i];
      if (!t) break;
      const inGaz = gazAt[i] !== 0;
      const word = scan.words[i] ?? null;
      const info = word ? word.info : null;
      const cap = isCap(t);
      // ('The Washington Post reported ... The Post said': an outlet named again by its last word.)
      if (t.lower === 'the' && outletsMet.size && !gazAt[i + 1]) {
        const again = tokens[i + 1];
        const outlet = again?.cap && !tokens[i + 2]?.cap ? outletsMet.get(again.lower) : undefined;
        if (outlet) {
          push({ first: i, last: i + 2, kind: 'entity', entity: outlet });
          i += 2;
          continue;
        }
      }
      // ('state media reported', 'according to Israeli media': news media cited with no outlet named.)
      const media =
        inGaz || (!cap && !MEDIA_MODIFIERS.has(t.lower)) ? null : unnamedMediaAt(tokens, i, block.last);
      if (media) {
        const entity = unnamedMedia(spanText(doc, i, media.end), media.country, media.state);
        push({ first: i, last: media.end, kind: 'entity', entity });
        i = media.end;
        continue;
      }
      // ('the Democratic Republic of Congo', 'the United Arab Emirates': a country named in three words or more.)
      const long = cap && !inGaz ? longCountryAt(tokens, i) : null;
      if (long) {
        push({ first: i, last: long.last, kind: 'entity', entity: countryEntity(long.country) });
        i = long.last;
        continue;
      }
      // 'One of the people said', after 'three people familiar with the matter': one of that group.
      const group =
        groups.size && PARTITIVES.has(t.lower) ? partitiveGroup(tokens, i, groups, lastGroup(t)) : null;
      if (group) {
        push({ first: i, last: i + group.n, kind: 'entity', entity: group.entity });
        i += group.n;
        continue;
      }
      // ('One, who asked not to be named for fear of losing her job, said': someone of the people just
      // described, unnamed.)
      if (
        t.lower === 'one' &&
        tokens[i + 1]?.text === ',' &&
        tokens[i + 2]?.lower === 'who' &&
        unnamedClause(tokens, i + 3, block.last)
      ) {
        const entity = plainEntity(
          t.text,
          'anonymous',
          { country: null, sector: null },
          false,
          clauseGender(tokens, i + 3),
        );
        push({ first: i, last: i + 1, kind: 'entity', entity });
        i++;
        continue;
      }
      // ('Residents reached by telephone confirmed the attack. "...," one said.': one of the people just
      // named, unnamed.)
      if (t.lower === 'one') {
        const member = oneOfGroup(tokens, i, scan, block.first);
        if (member) {
          push({ first: i, last: i + 1, kind: 'entity', entity: member });
          i++;
          continue;
        }
      }
      // Most words are none of ours: one lookup, and on to the next.
      if (!inGaz && !info && !cap) {
        i++;
        continue;
      }
      // A title run: role words, countries, organisations, then a capitalised name ('Russian Deputy Foreign Minister Sergey Ryabkov').
      // 'the Ministry of Finance', 'Israel's Ministry of Defense', 'the Department of Veterans Affairs': a
      // body's name, not a post and a person (the gazetteer's bodies are read below).
      const b = t.lower === 'the' && !gazAt[i + 1] ? i + 1 : i;
      // ("Lebanon's Ministry of Social Affairs", 'the Lebanese Ministry of Public Health': the country's word
      // before the name says whose body it is.)
      const owned = word?.country && !inGaz ? (isPossessive(tokens[i + 1]?.text) ? i + 2 : i + 1) : -1;
      // ("Ukraine's air force", 'the Russian navy': a country's armed service the gazetteer does not list.)
      const countryAt = word?.country ? i : t.lower === 'the' && scan.words[i + 1]?.country ? i + 1 : -1;
      const serviceAt =
        countryAt < 0 || inGaz || gazAt[countryAt]
          ? -1
          : isPossessive(tokens[countryAt + 1]?.text)
            ? countryAt + 2
            : countryAt + 1;
      const service = serviceAt > 0 && serviceAt < block.last ? armedServiceAt(tokens, serviceAt) : null;
      if (service) {
        const country = countryOf(tokens[countryAt] as Token);
        const entity = makeEntity(spanText(doc, countryAt, service.end), 'organisation', {
          country,
          sector: service.sector,
        });
        push({ first: i, last: service.end, kind: 'entity', entity });
        i = service.end;
        continue;
      }
      let first = b;
      let bodyEnd = inGaz || b >= block.last ? -1 : namedBodyEnd(tokens, b, block.last);
      if (bodyEnd < 0 && owned > 0 && owned < block.last) {
        first = owned;
        bodyEnd = namedBodyEnd(tokens, owned, block.last);
      }
      if (bodyEnd > 0) {
        const head = tokens[first] as Token;
        const sector = sectorOfWord(head.lower);
        const country =
          ownerCountryBefore(tokens, first === owned ? first : i) ??
          (sector ? sentenceCountry(doc, first, bodyEnd, gaz) : null);
        const bare = oneSpaced(doc.text.slice(head.start, tokens[bodyEnd - 1]?.end ?? head.end));
        const key = bare.toLowerCase();
        // Named with its owner as written ("Lebanon's Ministry of Foreign Affairs"), so that two countries'
        // ministries of one name stay two sources; 'the Ministry of Foreign Affairs' after it is the same body.
        const known = first === owned || country ? undefined : bodies.get(key);
        const entity =
          known ??
          makeEntity(first === owned ? spanText(doc, i, bodyEnd) : bare, 'organisation', { country, sector });
        if (!known && (first === owned || !bodies.has(key))) bodies.set(key, entity);
        push({ first: i, last: bodyEnd, kind: 'entity', entity });
        i = bodyEnd;
        continue;
      }
      // 'told the Riverside Ledger', 'the Kansas City Star reported': a newspaper the gazetteer does not list.
      const paperEnd =
        inGaz || b === i || b >= block.last ? -1 : unlistedOutletEnd(tokens, b, block.last, scan);
      if (paperEnd > 0) {
        const { aff } = affiliationOfWords(tokens, NO_ORGS, b, paperEnd);
        const name = spanText(doc, b, paperEnd);
        const outlet = unlistedOutlet(name, aff.country);
        const entity = makeEntity(
          name,
          'organisation',
          { country: aff.country, sector: 'media' },
          { outlet },
        );
        push({ first: i, last: paperEnd, kind: 'entity', entity });
        i = paperEnd;
        continue;
      }
      // ('According to Agerpres, the state news agency,', 'Formula TV, an independent broadcaster, said': a
      // name the gazetteer does not know, that the text says is an outlet.)
      const described = inGaz || b >= block.last ? null : describedOutletAt(tokens, b, block.last, scan);
      if (described) {
        const entity = describedOutlet(spanText(doc, b, described.end), described.country, described.type);
        push({ first: i, last: described.end, kind: 'entity', entity });
        i = described.end;
        continue;
      }
      // 'the Oregon Health Authority', 'the Oregon Department of Education': a capitalised name the gazetteer
      // does not know that ends in a body's word is a body (a place before it says whose).
      const unknownEnd = inGaz || b >= block.last ? -1 : unknownBodyEnd(tokens, b, block.last, scan);
      if (unknownEnd > 0) {
        // 'The State Department Refugee Processing Center': a unit of the known body named right before it.
        const parent = list.at(-1);
        const unit =
          parent?.last === b && parent.entity?.type === 'organisation' && !parent.entity.outlet
            ? parent.entity
            : null;
        const aff =
          unit && !isCountryEntity(unit)
            ? { ...unit.aff }
            : affiliationOfWords(tokens, NO_ORGS, b, unknownEnd).aff;
        // ('the California Nurses Association': a body is not the public its name's members belong to.)
        if (aff.sector === 'public') aff.sector = null;
        // ('The Nebraska Immigrant Legal Center, an advocacy group,': what the text calls the body outranks
        // what its name's last word suggests.)
        const kind = unit ? null : bodyKindAfter(tokens, unknownEnd, block.last);
        if (kind) Object.assign(aff, kind);
        // ('Midwest Immigrant Justice Alliance', 'Center for Military Studies': a civic body's last word
        // outranks a state's word inside its name.)
        const word = bodyWordSector(tokens, b, unknownEnd);
        if (
          !kind &&
          !unit &&
          (word === 'advocacy' || word === 'expert') &&
          STATE_SECTORS.has(aff.sector ?? '')
        )
          aff.sector = word;
        aff.sector ??= word;
        // ("The Army's Chinar Corps": a unit of the kind of body the possessive before it names.)
        if (!aff.sector && /^['’]s$/.test(tokens[b - 1]?.text ?? ''))
          aff.sector = sectorOfWord(tokens[b - 2]?.lower ?? '');
        // ('the Oregon Health Authority': a state's body, named after the state.)
        if (!unit && aff.sector === 'government' && placeAt(tokens, b)) aff.local = true;
        // ('al-Ahli Arab Hospital': the Arabic article joined by a hyphen belongs to the name.)
        const article = b === i && arabicArticleBefore(tokens, i) ? i - 2 : i;
        const name = spanText(doc, article < i ? article : b, unknownEnd);
        const entity = makeEntity(name, 'organisation', aff);
        // ('Harvest Foods ... Harvest said': a company is then named by its first word.)
        if (aff.sector === 'business' && unknownEnd - b === 2 && !unit)
          companies.set((tokens[b] as Token).lower, entity);
        push({ first: article, last: unknownEnd, kind: 'entity', entity });
        i = unknownEnd;
        continue;
      }
      // ('consulting firm AeroDynamic Advisory', 'the think tank Power Shift Africa': a name the text gives after
      // the kind of body it is names that body, not a person.)
      const kinded = inGaz || b !== i || !t.cap ? null : nameAfterKind(tokens, i, block.last, scan);
      if (kinded) {
        const name = spanText(doc, i, kinded.end);
        // ('The newspaper La Voz del Sur reported', 'the news site Primicias': an outlet by its kind.)
        const entity = kinded.outlet
          ? describedOutlet(name, kinded.country, 'private')
          : makeEntity(name, 'organisation', { country: null, sector: kinded.sector });
        // (The mention takes in its kind, so that 'Lila Moreno of the left-wing group Clean Air Neighbors said'
        // reads as a person 'of' a body.)
        push({ first: kinded.first, last: kinded.end, kind: 'entity', entity });
        i = kinded.end;
        continue;
      }
      // 'the Cámara Nacional Electoral', 'the Ministerio de Economía': a body named in Spanish, Portuguese or
      // Italian, its kind first.
      const foreignEnd = inGaz || b >= block.last ? -1 : foreignBodyEnd(tokens, b, block.last);
      if (foreignEnd > 0) {
        // ('Banco Central': a central bank is the state's.)
        const central = tokens[b + 1]?.lower === 'central';
        const sector = central ? 'government' : (FOREIGN_BODY_HEADS.get((tokens[b] as Token).lower) ?? null);
        const aff = { country: sentenceCountry(doc, b, foreignEnd, gaz), sector };
        push({
          first: i,
          last: foreignEnd,
          kind: 'entity',
          entity: makeEntity(spanText(doc, b, foreignEnd), 'organisation', aff),
        });
        i = foreignEnd;
        continue;
      }
      const run = scanTitledName(doc, i, block.last, scan);
      // ('a barrister at Garden Court Chambers': 'Court' inside a capitalised name is part of the name, no
      // post of a person called Chambers.)
      const before = run ? tokens[run.first - 1] : undefined;
      if (
        run &&
        run.nameFirst - run.first === 1 &&
        (tokens[run.first] as Token).lower === 'court' &&
        before?.cap &&
        before.isWord &&
        before.sentence === t.sentence &&
        (at[run.first - 1] ?? -1) < 0
      ) {
        i = run.last;
        continue;
      }
      // ('the state oil company Socar', 'the consultancy firm Acme': a kind of body in lowercase before a
      // name is the body's description, not a person's post.)
      const kind = run ? (tokens[run.nameFirst - 1] as Token) : undefined;
      if (run && kind && !kind.cap && BODY_KIND_TITLES.has(kind.lower) && run.last - run.nameFirst === 1) {
        const aff = { country: null, sector: sectorOfWord(kind.lower) };
        push({
          first: run.nameFirst,
          last: run.last,
          kind: 'entity',
          entity: makeEntity(spanText(doc, run.nameFirst, run.last), 'organisation', aff),
        });
        i = run.last;
        continue;
      }
      if (run) {
        // 'Trump campaign spokesman Jason Miller': the candidate's name starts no run of its own, and the
        // campaign right before the title makes the post a campaign's, not a government's.
        const before = tokens[run.first - 1];
        const campaign = !!before && before.block === t.block && CAMPAIGN_WORDS.has(before.lower);
        // ('PTI chairman Barrister Gohar Ali Khan': a profession worn as an honorific after a post says
        // nothing of whom the person speaks for.)
        const titleEnd =
          PROFESSIONAL_HONORIFICS.has(tokens[run.nameFirst - 1]?.lower ?? '') &&
          tokens.slice(run.first, run.nameFirst - 1).some((w) => sectorOfWord(w.lower) !== null)
            ? run.nameFirst - 1
            : run.nameFirst;
        const title = affiliationOfWords(tokens, run.orgs, run.first - (campaign ? 1 : 0), titleEnd);
        const { aff, roles } = title;
        // ('Chief Executive John Lee' in a story set in Hong Kong: the head of its government, no company's.)
        if (
          setting === 'Hong Kong' &&
          tokens[titleEnd - 2]?.text === 'Chief' &&
          tokens[titleEnd - 1]?.text === 'Executive'
        )
          Object.assign(aff, { country: setting, sector: 'government' });
        // ('Unifor president Lana Payne', 'Harvard president Claudine Gay': a president of a body named
        // right before, that nothing else is known about, is no head of state.)
        if (
          aff.sector === 'government' &&
          !aff.country &&
          !run.orgs.length &&
          roles.length === 1 &&
          roles[0] === 'president' &&
          before?.block === t.block &&
          at[run.first - 1] === -1 &&
          unknownBodyName(tokens, run.first - 1, run.first)
        )
          aff.sector = null;
        // ('Central bank governor Tomás Ferreyra': the bank before the title is national, not a state.)
        if (aff.local && tokens[run.first - 1]?.lower === 'bank') aff.local = undefined;
        // A given name that nearly always belongs to one sex tells the gender the title does not ('Bill Clinton').
        const gender =
          title.gender ??
          (run.last - run.nameFirst > 1 ? givenNameGender(tokens[run.nameFirst]?.lower ?? '') : null);
        // 'Mr. Smith, the minister,': an honorific alone says nothing of the post, so the apposition is read too.
        let app =
          run.nameFirst === run.first || onlyHonorifics(tokens, run.first, run.nameFirst)
            ? apposition(doc, run.last, block.last, gaz)
            : null;
        // 'Sgt. Tom Kowalski, president of the Fraternal Order of Police': a rank alone says less than a
        // union, company or group the apposition says the person speaks for.
        if (!app && !run.orgs.length && (aff.sector === 'military' || aff.sector === 'security')) {
          const body = apposition(doc, run.last, block.last, gaz);
          if (body && NON_STATE_SECTORS.has(body.aff.sector ?? '')) app = body;
        }
        // ('Professor Meghana Pandit, NHS England's national medical director': an academic title says less
        // than the body the apposition names.)
        if (!app && aff.sector === 'expert' && run.nameFirst - run.first === 1) {
          const body = apposition(doc, run.last, block.last, gaz);
          if (body && (body.aff.country || body.aff.body) && body.aff.sector && body.aff.sector !== 'expert')
            app = body;
        }
        // As written, so 'Holtz-Eakin' keeps its hyphen and line-internal spacing is the article's own.
        // (wink leaves a possessive on the name before a full stop or 'and': "Mr. Trump's and".)
        const full = withoutPossessive(spanText(doc, run.nameFirst, run.last));
        const fullKey = personKey(full);
        // ('Robert F. Kennedy Jr.': the surname is before the generational suffix.)
        const lastWord =
          run.last -
          (run.last - run.nameFirst > 2 && NAME_SUFFIXES.has(tokens[run.last - 1]?.lower ?? '') ? 2 : 1);
        const surname = withoutPossessive(personKey(tokens[lastWord]?.lower ?? ''));
        const bySurname = people.size ? (people.get(fullKey) ?? people.get(surname)) : undefined;
        // 'Hillary Clinton' after 'Bill Clinton': another first name is another person.
        // And 'Mrs. Clinton' after 'President Bill Clinton': a surname of the other sex is another person,
        // named with the honorific so that no later step joins the two by the surname.
        // ('Mary Miller and her husband, Tom Miller, ... Mrs. Miller said': the Miller of that sex.)
        const sameSex =
          gender && run.last - run.nameFirst === 1 ? peopleBySex.get(`${surname} ${gender}`) : undefined;
        const otherSex = !sameSex && !!(gender && bySurname?.gender && gender !== bySurname.gender);
        const known = sameSex
          ? sameSex
          : bySurname &&
              ((run.last - run.nameFirst > 1 && !sameFirstName(bySurname.name, fullKey)) || otherSex)
            ? undefined
            : bySurname;
        if (
          known &&
          ((!roles.length && !app) ||
            // 'Senator Cruz' after 'Sen. Ted Cruz (R-Tex)': the surname of a person already described.
            (run.last - run.nameFirst === 1 &&
              known.roles.length > 0 &&
              personKey(known.name).endsWith(` ${surname}`)))
        ) {
          push({ first: run.first, last: run.last, kind: 'entity', entity: known });
        } else {
          // 'The mayor, Ihor Terekhov,': a description just before the name gives the role.
          const prevMention = list.at(-1);
          // So does one with a place: 'The governor of Texas, Greg Abbott,'.
          const descEnd =
            prevMention?.kind === 'definite'
              ? descriptionEnd(
                  tokens,
                  placeOfEnd(tokens, tokens[prevMention.last - 1], prevMention.last, run.first - 1),
                  run.first - 1,
                )
              : -1;
          // And a post at a known body: 'A White House spokesperson, Karen Delgado,'.
          const bodyPost = !!prevMention && postAfterBody(tokens, scan, prevMention, run.first - 1);
          // ("NHS England's medical director, Professor Stephen Powis,": an academic title is no post of its
          // own, the description before the name gives it.)
          const academic =
            roles.length > 0 && roles.every((r) => r === 'professor' || r === 'prof' || r === 'prof.');
          // (An apposition after the name that says nothing of a post does not count.)
          const emptyApp = !!app && !app.roles.length && !app.aff.sector && !app.aff.country && !app.bodyNoun;
          const described =
            (!roles.length || academic) &&
            (!app || (academic && emptyApp)) &&
            tokens[run.first - 1]?.text === ',';
          // 'Her campaign manager, Derek Oyelaran,': whose post it is, a person named just before.
          const possessive = described ? possessivePostBefore(tokens, run.first - 1, block.first) : null;
          const before = described
            ? prevMention?.kind === 'definite' && descEnd === run.first - 1
              ? affiliationOfWords(tokens, NO_ORGS, prevMention.first, descEnd)
              : bodyPost && prevMention?.entity
                ? affiliationOfWords(
                    tokens,
                    // (A country has no gazetteer entry: its words say it.)
                    prevMention.entity.organisation ? [prevMention.entity.organisation] : NO_ORGS,
                    prevMention.first,
                    run.first - 1,
                  )
                : (indefinitePostBefore(tokens, run.first - 1, block.first, prevMention) ?? possessive)
            : null;
          const info = (academic && emptyApp ? null : app) ?? before ?? { aff, roles, gender };
          // ('Marcus Bell, who lives across the street', 'Robert Alvarez, 67, who is recovering from heart
          // surgery': a person the text describes by their private life speaks as a member of the public.)
          if (!info.aff.sector && !info.roles.length && !info.aff.body && privateLifeAfter(tokens, run.last))
            info.aff = { ...info.aff, sector: 'public' };
          // 'his spokesman Stephane Dujarric' after 'UN chief Antonio Guterres', 'Jens Laerke, a spokesman for
          // the agency': a post with no body of its own speaks for the one the text refers back to.
          // ('Andre Bishop, a staff attorney with the group,': the group referred back to, with or without a post.)
          if (
            (info.roles.length || app?.bodyNoun || (possessive && info === possessive)) &&
            // ('Claire Nicolet, the group's head of emergency response for Sudan,': a country the post is for
            // does not say whose post it is when the apposition refers back to a body.)
            (!info.aff.country ||
              !!(possessive && info === possessive ? possessive.bodyNoun : app?.bodyNoun) ||
              // ('Its head in Sudan, Clementine Nkweta-Salami,': 'its' refers back to a body, too.)
              (!!possessive &&
                info === possessive &&
                /^(its|their)$/.test(tokens[possessive.post - 1]?.lower ?? ''))) &&
            !info.aff.body &&
            info.aff.sector !== 'expert'
          ) {
            const owner = ownerOfPost(
              tokens,
              list,
              possessive && info === possessive ? possessive.post : run.first,
              app?.bodyNoun ??
                (possessive && info === possessive
                  ? possessive.bodyNoun
                  : titleBodyNoun(tokens, run.first, run.nameFirst)),
            );
            // ("Trump's campaign spokeswoman": a campaign's post is politics in the owner's country, whatever
            // office the owner holds.)
            if (owner)
              info.aff =
                info.aff.sector === 'politics'
                  ? {
                      country: owner.aff.country,
                      sector: 'politics',
                      party: owner.aff.party ?? null,
                      body: null,
                    }
                  : { ...owner.aff };
            // 'Its leader, Hélène Corbin,' with the body unknown: some body's leader, no politician.
            else if (
              possessive &&
              info === possessive &&
              /^(its|their)$/.test(tokens[possessive.post - 1]?.lower ?? '') &&
              (info.aff.sector === 'politics' || info.aff.sector === 'government')
            )
              info.aff = { ...info.aff, sector: null };
            // ('The US State Department condemned the drills. "...," spokesperson Tammy Bruce said': a
            // spokesperson of no named body speaks for the body the sentence before named.)
            // ('Commission spokesperson Thomas Regnier': a body the title names itself is not the one before.)
            else if (
              info.roles.length &&
              info.roles.every((r) => SPOKES_WORDS.has(r)) &&
              !info.aff.body &&
              !titleNamesBody(tokens, run.first, run.nameFirst, at)
            ) {
              const body = bodyNamedBefore(tokens, { list, at }, run.first);
              if (body) info.aff = { ...body.aff };
            }
          }
          const holder =
            officeHolder(full.toLowerCase()) ??
            (run.last - run.nameFirst === 1 ? officeHolder(surname) : undefined);
          info.aff = withOfficeHolder(info.aff, holder);
          const usParty = partyLabel(tokens, run.last) ?? statePartyApposition(tokens, run.last);
          if (usParty)
            info.aff = {
              ...info.aff,
              country: 'United States',
              sector: 'politics',
              party: usParty,
              body:
                info.aff.body ??
                // ('State Sen. Dale Harrington, R-Medford' sits in a state legislature, not in Congress.)
                (info.roles.some((r) => /^(sen|rep|senator|representative|congress)/.test(r)) &&
                !stateTitle(tokens, run.first, run.nameFirst)
                  ? 'Congress'
                  : null),
            };
          if (
            info.aff.sector &&
            !info.aff.country &&
            info.aff.sector !== 'international' &&
            info.aff.sector !== 'rights'
          )
            info.aff.country = sentenceCountry(doc, run.first, run.last, gaz);
          const named =
            otherSex && run.last - run.nameFirst === 1 ? spanText(doc, run.first, run.last) : full;
          let entity = plainEntity(
            holder && run.last - run.nameFirst === 1 ? holder.name : named,
            'person',
            info.aff,
            false,
            info.gender ?? gender ?? known?.gender ?? null,
            info.roles,
          );
          if (known && !info.roles.length)
            Object.assign(entity, {
              aff: known.aff,
              affiliation: known.affiliation,
              camp: known.camp,
              roles: known.roles,
            });
          else if (
            known &&
            !known.roles.length &&
            known.type === 'person' &&
            (fullKey === personKey(known.name) || fullKey.endsWith(` ${personKey(known.name)}`))
          ) {
            // 'De Blasio says' in the headline, then 'Mayor Bill de Blasio' (or 'Lindsey Graham Says', then
            // 'Sen. Lindsey Graham'): one person, now fully described.
            Object.assign(known, entity);
            entity = known;
          }
          if (!people.has(fullKey) || info.roles.length) {
            people.set(fullKey, entity);
            // 'Cruz' alone stays the senator after 'Heidi Cruz', a relative named without a post.
            // ('Prime Minister Pedro Sánchez ... His brother, David Sánchez ... Sánchez said': a relative is
            // described, not given a post.)
            const holder = people.get(surname);
            const post = info.roles.some((r) => !isKinWord(r));
            if (run.last - run.nameFirst > 1 && (!holder?.roles.some((r) => !isKinWord(r)) || post))
              people.set(surname, entity);
            if (run.last - run.nameFirst > 1 && entity.gender)
              peopleBySex.set(`${surname} ${entity.gender}`, entity);
            // 'Guo Jiakun ... Guo said', 'Kim Jong Un ... Kim said': Chinese and Korean names put the family
            // name first. A short first word no one else goes by finds the person too.
            const given = personKey(tokens[run.nameFirst]?.lower ?? '');
            // (The one named last of two who share the family name: 'Chen Binhua ... Chen Wen-hsiung ...
            // Chen said'.)
            const sharer = people.get(given);
            // ('Getachew Reda ... Getachew said': Ethiopian and Eritrean names go by the given name too; a long
            // first word that is no common given name finds the person as well.)
            if (
              run.last - run.nameFirst > 1 &&
              (given.length <= 5 || (givenNameGender(given) === null && !isCommonWord(given))) &&
              (!sharer || personKey(sharer.name).startsWith(`${given} `))
            )
              people.set(given, entity);
          }
          push({ first: run.first, last: run.last, kind: 'entity', entity });
        }
        i = run.last;
        // '(R-S.C.)' after the name is a party label, not a name of its own; so is AP's ', R-Texas,' (the
        // closing comma stays: it ends the apposition).
        if (tokens[i]?.text === '(' && partyLabel(tokens, i)) {
          let p = i + 1;
          while (p < block.last && p < i + 10 && tokens[p]?.text !== ')') p++;
          if (tokens[p]?.text === ')') i = p + 1;
        } else if (tokens[i]?.text === ',' && partyLabel(tokens, i)) {
          let p = i + 1;
          while (p < block.last && p < i + 8 && tokens[p]?.text !== ',' && tokens[p]?.text !== '.') p++;
          i = p;
        }
        continue;
      }
      if (!inGaz && cap) {
        // A body named before by the initials the text gave it ('the NUG said').
        const initialled = acronyms.size ? acronyms.get(t.text) : undefined;
        if (initialled) {
          // (The bracketed initials themselves are in the name's mention already.)
          if ((at[i] ?? -1) < 0) push({ first: i, last: i + 1, kind: 'entity', entity: initialled });
          i++;
          continue;
        }
        // A company named before by its first word ('Harvest' after 'Harvest Foods'), unless a name runs on.
        const company = companies.size && !tokens[i + 1]?.cap ? companies.get(t.lower) : undefined;
        if (company) {
          push({ first: i, last: i + 1, kind: 'entity', entity: company });
          i++;
          continue;
        }
        // A capitalised word alone: a person named before, or a known office holder ('Netanyahu').
        let person = people.size ? people.get(personKey(t.lower)) : undefined;
        const holder = person || !word ? null : word.holder;
        if (holder) {
          person = plainEntity(
            holder.name,
            'person',
            withOfficeHolder({ country: null, sector: null }, holder),
          );
          people.set(personKey(t.lower), person);
          people.set(personKey(holder.name), person);
        }
        // ('Priya, 29, a nurse who moved in last year, said': a first name and an age, as the news names a
        // member of the public; what the apposition says of them, if anything, gives the camp.)
        if (!person && !info && (ageAfter(tokens, i + 1) || namedPrivately(tokens, i))) {
          const app = apposition(doc, i + 1, block.last, gaz);
          const aff = app?.aff.sector ? app.aff : { country: null, sector: 'public' as Sector };
          person = plainEntity(t.text, 'person', aff, false, givenNameGender(t.lower), app?.roles ?? []);
          people.set(personKey(t.lower), person);
        }
        if (person) {
          push({ first: i, last: i + 1, kind: 'entity', entity: person });
          i++;
          continue;
        }
      }
      if (inGaz) {
        const hit = gazHitAt(gaz, i) as GazHit;
        let last = gazEndAt(gaz, i);
        // 'the National Weather Service', 'The National Guard', 'the Times Square crowd': an outlet named with
        // common words ('The National') opens a longer name here; the whole name is an unknown body.
        // ('National Security Minister Itamar Ben Gvir': a common word of an outlet's name before a post
        // is the post's.)
        if (
          hit.outlet &&
          COMMON_OUTLET_WORDS.has(t.lower) &&
          (isTitleAt(tokens, last) ||
            (PORTFOLIOS.has(tokens[last]?.lower ?? '') && isTitleAt(tokens, last + 1)))
        ) {
          i = last;
          continue;
        }
        // ('the Christian Democratic Party', 'a Social Democratic Party lawmaker': a listed party's name inside
        // another party's, whose own first word no scan took; a party of the story's country, not the listed one.)
        const before = tokens[i - 1];
        // ('the Sturgeon Lake Cree Nation': a one-word outlet's name ending another name is no outlet.)
        // (A run of capitalised words the scan read as a name, right before, is the start of that name.)
        const run = list.at(-1);
        const runFirst =
          run &&
          run.last === i &&
          at[i - 1] === list.length - 1 &&
          run.entity?.type === 'person' &&
          !run.entity.roles.length
            ? run.first
            : -1;
        if (
          hit.outlet &&
          gazEndAt(gaz, i) - i === 1 &&
          before?.cap &&
          before.sentence === t.sentence &&
          (at[i - 1] === -1 || runFirst >= 0) &&
          tokens[i - 2]?.sentence === t.sentence &&
          before.pos !== 'DET' &&
          !countryOfWord(before.lower)
        ) {
          if (runFirst >= 0) {
            list.pop();
            for (let k = runFirst; k < i; k++) at[k] = -1;
          }
          let from = i - 1;
          while (
            from - 1 >= block.first &&
            tokens[from - 1]?.cap &&
            at[from - 1] === -1 &&
            tokens[from - 2]?.sentence === t.sentence
          )
            from--;
          const name = spanText(doc, from, last);
          push({
            first: from,
            last,
            kind: 'entity',
            entity: makeEntity(name, 'organisation', { country: setting, sector: null }),
          });
          i = last;
          continue;
        }
        if (
          hit.organisation?.type === 'party' &&
          before?.cap &&
          before.block === t.block &&
          before.sentence === t.sentence &&
          tokens[i - 2]?.sentence === t.sentence &&
          at[i - 1] === -1 &&
          !countryOfWord(before.lower) &&
          !partyOfWord(before.lower)
        ) {
          const name = spanText(doc, i - 1, last);
          const aff = { country: setting, sector: 'politics' as Sector, party: name };
          push({ first: i - 1, last, kind: 'entity', entity: makeEntity(name, 'organisation', aff) });
          i = last;
          continue;
        }
        const longer = hit.outlet ? longerNameEnd(tokens, i, last, block.last, scan) : -1;
        if (longer > 0) {
          const from = tokens[i]?.lower === 'the' ? i + 1 : i;
          const { aff } = affiliationOfWords(tokens, NO_ORGS, from, longer);
          aff.sector ??= UNKNOWN_BODY_SECTORS.get((tokens[longer - 1] as Token).lower) ?? null;
          const name = spanText(doc, from, longer);
          push({ first: i, last: longer, kind: 'entity', entity: makeEntity(name, 'organisation', aff) });
          i = longer;
          continue;
        }
        // 'Politico sources', 'Pentagon officials': the organisation is only the affiliation of unnamed speakers.
        const next = tokens[last];
        if (
          next &&
          next.block === t.block &&
          ANON_HEADS.has(next.lower) &&
          !NEEDS_QUALIFIER.has(next.lower)
        ) {
          const anon = anonymousAt(doc, scan, last, block.first, block.last, i);
          if (anon) {
            const o = hit.organisation;
            const aff = o ? orgAffiliation(o) : { country: null, sector: null };
            // ('A senior EU diplomat': the modifiers before the body's name are the description's.)
            const start = anon.first < i && (list.at(-1)?.last ?? 0) <= anon.first ? anon.first : i;
            const e = makeEntity(
              doc.text.slice(tokens[start]?.start ?? 0, tokens[anon.last - 1]?.end ?? 0),
              'anonymous',
              aff,
              {
                plural: /s$/.test(next.lower),
                via: hit.outlet?.name,
                // ('FEMA officials said ... the agency said': the body they speak for, met with them.)
                organisation: o ?? undefined,
                // ('An EU official involved in ... "...," the official said': the post 'the official' finds.)
                roles: anon.entity.roles,
              },
            );
            push({ first: start, last: anon.last, kind: 'entity', entity: e });
            if (e.plural) {
              groups.set(next.lower, e);
              if (speaksNext(tokens, anon.last)) groupMet = { entity: e, sentence: t.sentence };
            }
            i = anon.last;
            continue;
          }
        }
        // 'the Hamas movement said', 'the UN humanitarian office': the body's own head noun is part of its name.
        if (hit.organisation && !hit.outlet) last = bodyHeadEnd(tokens, last, block.last);
        // ('Al-Manar television said', 'the Haaretz newspaper reported': the medium after an outlet's name.)
        if (hit.outlet) last = mediumEnd(tokens, last, block.last);
        // 'Greenpeace France', 'Amnesty International UK': a campaign group's national chapter is the group,
        // not the country's government.
        if (
          hit.organisation &&
          !hit.outlet &&
          NON_STATE_SECTORS.has(orgAffiliation(hit.organisation).sector ?? '')
        ) {
          const c = tokens[last];
          const after = tokens[last + 1];
          if (
            c?.cap &&
            c.block === t.block &&
            scan.words[last]?.country &&
            !(after?.cap && after.pos === 'PROPN' && after.block === t.block)
          )
            last++;
        }
        // 'the Oregon Department of Education': a state's body, named like the national one.
        const state = hit.organisation ? statePlaceBefore(tokens, i, at, hit.organisation) : -1;
        if (state >= 0) {
          const name = spanText(doc, state, last);
          const sector = orgAffiliation(hit.organisation as Organisation).sector;
          const aff = { country: hit.organisation?.country ?? null, sector, local: true };
          push({ first: state, last, kind: 'entity', entity: makeEntity(name, 'organisation', aff) });
          i = last;
          continue;
        }
        // ('The New York Times sued ... The Times said': a short name the article gave in full before is that
        // outlet, not another paper of the short name.)
        const hitEnd = gazEndAt(gaz, i);
        const named = hit.outlet ? outletsMet.get(shortOutletKey(tokens, i, hitEnd)) : undefined;
        const entity = named ?? ownedBody(doc, i, last, hit) ?? gazetteerEntity(hit);
        if (entity.outlet && hitEnd - i >= 2) outletsMet.set((tokens[hitEnd - 1] as Token).lower, entity);
        push({ first: i, last, kind: 'entity', entity });
        // A parenthesised acronym right after a name ('Agence France-Presse (AFP)') belongs to the same mention.
        if (tokens[last]?.text === '(' && gazAt[last + 1] && tokens[gazEndAt(gaz, last + 1)]?.text === ')')
          last = gazEndAt(gaz, last + 1) + 1;
        const m = list.at(-1);
        if (m) {
          m.last = last;
          for (let k = i; k < last; k++) at[k] = list.length - 1;
        }
        i = last;
        continue;
      }
      if (!info) {
        // Capitalised, and neither a name, a known word nor a country by its word: only a country word left.
        const c = t.pos === 'PROPN' && word ? word.country : null;
        if (c) {
          // ('The Americans said', in talks between states: with the article, the country's side.)
          const people = isDemonymPlural(t.lower) && tokens[i - 1]?.lower !== 'the';
          push({
            first: i,
            last: i + 1,
            kind: 'entity',
            entity: people ? demonymPeople(t.text, c) : countryEntity(c),
          });
          i++;
          continue;
        }
        i++;
        continue;
      }
      if (info.anonHead || info.groupHead) {
        const anon = anonymousAt(doc, scan, i, block.first, block.last, null);
        if (anon) {
          // Undo earlier single-token mentions swallowed by the modifiers ('US' in 'two unnamed US officials').
          for (let k = anon.first; k < i; k++) if (at[k] !== -1) at[k] = -1;
          // ... and drop them from the list, so 'Russian military experts' is not also 'Russian military'.
          while (list.length && (list.at(-1) as Mention).first >= anon.first) list.pop();
          push({ first: anon.first, last: anon.last, kind: 'entity', entity: anon.entity });
          if (anon.entity.type === 'anonymous' && anon.entity.plural) {
            groups.set(t.lower, anon.entity);
            // ('One of them' is one of a group that speaks, not of 'the operatives killed' named since.)
            if (speaksNext(tokens, anon.last)) groupMet = { entity: anon.entity, sentence: t.sentence };
          }
          i = anon.last;
          continue;
        }
      }
      // ('BJP IT cell chief': a pronoun's letters in capitals are an acronym.)
      if (info.pronoun && t.pos === 'PRON' && !(t.text.length > 1 && t.text === t.text.toUpperCase())) {
        push({ first: i, last: i + 1, kind: 'pronoun', entity: null, ref: t.lower });
        i++;
        continue;
      }
      if (t.lower === 'the' || t.lower === 'this' || t.lower === 'that') {
        // ('The Labour MP, Priya Sandhu,': a party's one-word name may open a description of its member.)
        const next = gazAt[i + 1] ? gaz.names[(gazAt[i + 1] as number) - 1] : undefined;
        const partyWord = next?.words.length === 1 && next.hit.organisation?.type === 'party';
        let d = gazAt[i + 1] && !partyWord ? null : definiteAt(doc, i, block.last, gazAt);
        // 'The U.S. Department of Homeland Security': a known body inside is the mention, not 'the department';
        // so is a capitalised 'Ministry of ...' ('The Israeli Ministry of Foreign Affairs').
        for (let k = i + 2; d && k < d.last; k++) if (gazAt[k]) d = null;
        // ('The nonpartisan Commission on Presidential Debates': a capitalised head the name goes on after.)
        if (
          d &&
          isCap(tokens[d.last - 1] as Token) &&
          BODY_NAME_GLUE.has(tokens[d.last]?.lower ?? '') &&
          tokens[d.last + 1]?.cap
        )
          d = null;
        if (d) {
          push(d);
          i = d.last;
          continue;
        }
      }
      // A country acting: 'the U.S. says', 'Moscow has said' (kept as a mention; only a report verb makes it a source).
      const c2 = info.multi && countryOfPair(t, tokens[i + 1]);
      const c = c2 || (cap && t.pos === 'PROPN' ? info.country : null);
      if (c) {
        const n = c2 ? 2 : 1;
        push({
          first: i,
          last: i + n,
          kind: 'entity',
          entity:
            !c2 && isDemonymPlural(t.lower) && tokens[i - 1]?.lower !== 'the'
              ? demonymPeople(t.text, c)
              : countryEntity(c),
        });
        i += n;
        continue;
      }
      i++;
    }
  }
  const result = { list, at, setting };
  if (setting) partiesOfSetting(list, setting);
  refineAnonymous(doc, result);
  if (doc.text.includes('name') || doc.text.includes(' as ')) namedByGivenName(doc, result);
  affiliateByBody(tokens, list);
  affiliateByOutletBefore(tokens, list);
  affiliateByEarlierPost(tokens, list);
  linkDescriptions(list, tokens);
  nameDescribedHolders(doc, list);
  return result;
}

/** A country named in three words or more starting at `i` ('Democratic Republic of the Congo'), or null. */
function longCountryAt(tokens: readonly Token[], i: number): { last: number; country: string } | null {
  const names = LONG_COUNTRY_NAMES.get((tokens[i] as Token).lower);
  if (!names) return null;
  for (const n of names)
    if (n.words.every((w, k) => tokens[i + k]?.lower === w))
      return { last: i + n.words.length, country: n.country };
  return null;
}

/** The key of a one-word outlet name ('Times', 'The Times' from `at` to `last`), or '' for a longer one. */
function shortOutletKey(tokens: readonly Token[], at: number, last: number): string {
  const first = tokens[at]?.lower === 'the' ? at + 1 : at;
  return last - first === 1 ? (tokens[first] as Token).lower : '';
}

/** Works an apposition may say a person wrote or made ('author of a book on ...'). */
const WORK_NOUNS = new Set([
  'book',
  'books',
  'report',
  'study',
  'paper',
  'article',
  'memoir',
  'documentary',
  'film',
]);

/** Professions South Asian and other usage puts before a name as an honorific ('Barrister Gohar Ali Khan'). */
const PROFESSIONAL_HONORIFICS = new Set(['barrister', 'advocate', 'engineer', 'dr', 'dr.']);

/** Whether a title word stands in tokens [from, to). */
function someTitleBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isTitleAt(tokens, k)) return true;
  return false;
}

/** Words a body's name goes on with after its head ('Ministry of ...', 'Commission on ...'). */
const BODY_NAME_GLUE = new Set(['of', 'on', 'for']);

let localNames: Map<string, Organisation[]> | undefined;

/** Bodies by the short names they go by in stories set in their own country (the gazetteer's localNames). */
function localNameBodies(): Map<string, Organisation[]> {
  if (!localNames) {
    const map = new Map<string, Organisation[]>();
    for (const o of organisations())
      for (const a of o.localNames ?? []) map.set(a, [...(map.get(a) ?? []), o]);
    localNames = map;
  }
  return localNames;
}

/**
 * ('RSF' in a story set in Sudan, 'PTI' in Pakistan, 'Congress' in India): a short name the gazetteer
 * gives to a body elsewhere names the body of the story's country that goes by it; one no other entry goes
 * by ('CNE') names nothing outside that country. Replaces or drops the document's own matches (the
 * gazetteer's patterns are shared and stay as they are).
 */
function localNamesOfSetting(
  tokens: readonly Token[],
  gaz: GazMatches,
  setting: string | null,
  leading: string | null,
): void {
  const bodies = localNameBodies();
  for (let k = 0; k < tokens.length; k++) {
    const n = gaz.at[k] ?? 0;
    const p = n ? gaz.names[n - 1] : undefined;
    // ('CNE' in a story not set in Venezuela: a local name only, which names nothing here.)
    if (p?.hit.local && p.hit.organisation?.country !== setting) {
      gaz.at[k] = 0;
      continue;
    }
    if (!p) continue;
    // ('PTI' in a story set in Pakistan: a local name of the setting's own body comes first, 'Congress' in
    // India before the generic name below.)
    const name =
      p.words.length === 1 ? (tokens[k] as Token).text : `${tokens[k]?.text} ${tokens[k + 1]?.text}`;
    const o =
      !setting || p.words.length > 2 ? undefined : bodies.get(name)?.find((b) => b.country === setting);
    if (o) {
      if (p.hit.organisation !== o)
        gaz.names[n - 1] = { words: p.words, exact: p.exact, hit: { organisation: o } };
      continue;
    }
    // ('Foreign Office spokesperson Shafqat Ali Khan' in a story set in Pakistan, 'a spokeswoman for the
    // Ministry of Justice' in Seoul, 'its spokesperson in Congress' in Madrid: a name every country's body
    // may have is the setting's body, unless a word before it names the listed body's own country ('the
    // British Foreign Office'). With no setting, the country the story names most, when one leads: in a
    // story on Pakistan and Afghanistan that names Pakistan more, 'the Senate' is Pakistan's.)
    const home = setting ?? leading;
    const o0 = p.hit.organisation;
    if (
      home &&
      o0?.country &&
      o0.country !== home &&
      isGenericBodyName(p) &&
      !ownCountryBefore(tokens, k, o0)
    )
      gaz.names[n - 1] = { words: p.words, exact: p.exact, hit: { organisation: bodyOfSetting(o0, home) } };
  }
}

/**
 * Whether the one word at `first` (ending at `end`) opens its sentence and an apposition describing a
 * person's post follows it: ', a former police officer', ', the group's spokesman'.
 */
function describedName(tokens: readonly Token[], first: number, end: number): boolean {
  const t = tokens[first] as Token;
  if (t.pos !== 'PROPN' || tokens[first - 1]?.sentence === t.sentence || tokens[end]?.text !== ',')
    return false;
  if (!/^(a|an|the)$/.test(tokens[end + 1]?.lower ?? '')) return false;
  // (A surname of someone named in full before is that person, found by the usual lookup: 'Dean, ...' after
  // 'Howard Dean'.)
  for (let k = 0; k < first; k++)
    if (tokens[k]?.text === t.text && (tokens[k - 1]?.cap || tokens[k + 1]?.cap)) return false;
  for (let k = end + 2; k < end + 7; k++) {
    const w = tokens[k];
    if (!w || w.text === ',' || w.pos === 'VERB') return false;
    const sector = sectorOfWord(w.lower);
    if (sector && w.pos === 'NOUN') return true;
  }
  return false;
}

/** Words of research bodies' names: a post at one is an expert's, not a government's. */
const ACADEMIC_BODIES = new Set(['institute', 'university', 'college', 'school']);

/** Whether the capitalised run from `k` ends in a body's word ('Institute' of 'China Institute'). */
function bodyWordAhead(tokens: readonly Token[], k: number): boolean {
  for (let n = k; n < k + 4 && tokens[n]?.cap; n++)
    if (BODY_NAME_WORDS.has((tokens[n] as Token).lower)) return true;
  return false;
}

/** Verbs of leading a body, in a 'who' clause that places a person ('who leads the ... deputies'). */
const LEADS = new Set(['lead', 'head', 'chair', 'run', 'direct', 'found']);

/** Kinds of body that may stand right before a body's one-word name ('the state oil company Socar'). */
const BODY_KIND_TITLES = new Set([
  'company',
  'firm',
  'group',
  'agency',
  'charity',
  'union',
  'network',
  'broadcaster',
]);

/** Names of bodies every country may have, which the gazetteer gives to one country's ('Foreign Office'). */
const GENERIC_BODY_NAMES = new Set([
  'foreign office',
  'ministry of justice',
  'ministry of defence',
  'senate',
  'congress',
  'house of representatives',
  'department of justice',
  'department of state',
]);

/** Whether a word before the generic name at `k` names the listed body's own country ('the British Foreign Office'). */
function ownCountryBefore(tokens: readonly Token[], k: number, o: Organisation): boolean {
  const before = tokens[k - 1]?.lower === 'the' ? tokens[k - 2] : tokens[k - 1];
  return !!before && countryOfWord(before.lower.replace(/['’]s$/, '')) === o.country;
}

/** Whether a gazetteer match is a listed body's generic name ('Senate', 'Foreign Office'). */
const isGenericBodyName = (p: GazPattern): boolean => GENERIC_BODY_NAMES.has(p.words.join(' ').toLowerCase());

const settingBodies = new Map<string, Organisation>();

/** The body of the story's country that goes by a listed body's generic name (made once per name and country). */
function bodyOfSetting(o: Organisation, setting: string): Organisation {
  const key = `${o.name}|${setting}`;
  let body = settingBodies.get(key);
  if (!body) {
    body = {
      name: o.name,
      aliases: [],
      country: setting,
      type: o.type,
      explanation: `The ${o.name} of the country the story is set in (${setting}); the gazetteer lists another country's body of that name.`,
      source: 'the article text (a body named generically in a story set in its country)',
    };
    settingBodies.set(key, body);
  }
  return body;
}

/**
 * Parties whose names other countries' parties share, by the country the lists give the name and the
 * others: 'Conservative' in Ottawa, 'Labour' in Canberra, 'Democratic' in Seoul.
 */
const SHARED_PARTY_NAMES = new Map<string, { home: string; elsewhere: readonly string[] }>([
  ['Conservative', { home: 'United Kingdom', elsewhere: ['Canada', 'Norway'] }],
  [
    'Labour',
    { home: 'United Kingdom', elsewhere: ['Australia', 'New Zealand', 'Ireland', 'Norway', 'Israel'] },
  ],
  ['Democratic', { home: 'United States', elsewhere: ['South Korea'] }],
]);

/**
 * ('Conservative Leader Ryan Holt' in an article set in Canada): a party word the lists read as Britain's
 * names the party of the country the story is set in, when that country has a party of that name.
 */
function partiesOfSetting(list: readonly Mention[], setting: string): void {
  for (const m of list) {
    const e = m.entity;
    // (People only: a listed party keeps its entry.)
    if (!e || e.type === 'organisation' || !e.aff.party) continue;
    const shared = SHARED_PARTY_NAMES.get(e.aff.party);
    if (!shared || e.aff.country !== shared.home || !shared.elsewhere.includes(setting)) continue;
    Object.assign(
      e,
      plainEntity(e.name, e.type, { ...e.aff, country: setting }, e.plural, e.gender, e.roles),
    );
  }
}

/** Role words many people hold at once: 'the official said ... Jane Roe said' are likely two people. */
const MANY_HOLDERS = new Set([
  'official',
  'officer',
  'lawmaker',
  'legislator',
  'soldier',
  'diplomat',
  'source',
]);

/**
 * 'The Home Secretary has insisted ... James Cleverly told MPs': a lead that describes an office holder and a
 * name that follows with nothing said of its own, in that paragraph or the next with no other person named
 * between, are one person. The description refers to the name, which takes the post.
 */
function nameDescribedHolders(doc: AnalysisDoc, list: readonly Mention[]): void {
  const { tokens } = doc;
  for (let x = 0; x < list.length; x++) {
    const m = list[x] as Mention;
    // (Only before anyone is named: after, 'The former secretary of state pushed ...' refers back.)
    if (m.entity?.type === 'person') return;
    if (m.kind !== 'definite' || m.antecedent || !m.ref || MANY_HOLDERS.has(m.ref)) continue;
    // (An office of the state or its politics: STATE_SECTORS.)
    if (!STATE_SECTORS.has(sectorOfWord(m.ref) ?? '') || (tokens[m.last - 1]?.lower ?? '') !== m.ref)
      continue;
    // The description opens its sentence: the lead's subject, not 'the president it deserves'.
    if (tokens[m.first - 1]?.sentence === tokens[m.first]?.sentence) continue;
    const block = tokens[m.first]?.block ?? -1;
    for (let y = x + 1; y < list.length; y++) {
      const n = list[y] as Mention;
      const e = n.entity;
      if ((tokens[n.first]?.block ?? -1) > block + 1) break;
      if (n.kind === 'definite' && n.ref && sectorOfWord(n.ref)) break;
      if (n.kind !== 'entity' || !e || e.type === 'organisation') continue;
      if (e.type !== 'person' || e.plural) break;
      // (No person is named before the description, so this is the name's first mention.)
      const bare =
        !e.roles.length &&
        !e.aff.sector &&
        !e.aff.country &&
        !e.aff.body &&
        !e.aff.party &&
        tokens[n.last]?.text !== ',';
      if (bare) {
        const { aff, roles } = affiliationOfWords(tokens, NO_ORGS, m.first, m.last);
        Object.assign(e, plainEntity(e.name, 'person', { ...aff }, false, e.gender, roles));
        m.antecedent = e;
        m.namedAfter = true;
      }
      break;
    }
  }
}

/** Armed and security services named after a country ("Ukraine's air force", 'the Russian navy'). */
const ARMED_SERVICES: readonly (readonly [string[], Sector])[] = [
  [['air', 'force'], 'military'],
  [['air', 'defence'], 'military'],
  [['air', 'defense'], 'military'],
  [['navy'], 'military'],
  [['coast', 'guard'], 'military'],
  [['border', 'guard'], 'security'],
  [['border', 'guards'], 'security'],
  [['border', 'service'], 'security'],
];

/** The armed service named from token `k`, and where its name ends; null when none is. */
function armedServiceAt(tokens: readonly Token[], k: number): { end: number; sector: Sector } | null {
  for (const [words, sector] of ARMED_SERVICES)
    if (words.every((w, n) => tokens[k + n]?.lower === w)) {
      // ('the Russian navy ship': a service's name before a noun describes the noun.)
      const next = tokens[k + words.length];
      if (next?.pos === 'NOUN' && !next.cap) return null;
      return { end: k + words.length, sector };
    }
  return null;
}

/** Whether 'al-' or 'el-' is written right before token `i` ('al-Ahli', 'el-Nadim'), with no list mention on it. */
function arabicArticleBefore(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i - 1];
  const article = tokens[i - 2];
  return (
    dash?.text === '-' &&
    dash.end === tokens[i]?.start &&
    !!article &&
    article.end === dash.start &&
    (article.lower === 'al' || article.lower === 'el')
  );
}

/** Words joining a person's name to the body they speak for: 'Enver Solomon of the Refugee Council'. */
const MEMBER_OF = new Set(['of', 'from', 'at', 'with']);

/**
 * 'Enver Solomon of the Refugee Council', 'Jane Roe from Human Rights Watch': a person named with nothing
 * said of their country or body takes the body named right after them (not a country or a place: 'Smith of
 * Texas' says where, not whom for). The entity is changed in place, so every mention of the person agrees.
 */
function affiliateByBody(tokens: readonly Token[], list: readonly Mention[]): void {
  for (let k = 0; k + 1 < list.length; k++) {
    const p = list[k] as Mention;
    const e = p.entity;
    if (p.kind !== 'entity' || e?.type !== 'person' || e.plural || e.aff.body) continue;
    if (!MEMBER_OF.has(tokens[p.last]?.lower ?? '')) continue;
    const o = list[k + 1] as Mention;
    const body = o.entity;
    const from = tokens[p.last + 1]?.lower === 'the' ? p.last + 2 : p.last + 1;
    if (o.kind !== 'entity' || body?.type !== 'organisation' || isCountryEntity(body)) continue;
    // ('Chief Superintendent Helen Ward of Greater Manchester Police': a public post of that country is
    // the body's, police rather than government.)
    // ('Lt. Karen Voss of the Phoenix Police Department': a rank is a police rank at a police force.)
    const rankAtPolice = e.aff.sector === 'military' && body.aff.sector === 'security';
    const sameCountry = e.aff.country === body.aff.country || (rankAtPolice && !body.aff.country);
    if (e.aff.country && (!sameCountry || ((e.aff.sector ?? 'government') !== 'government' && !rankAtPolice)))
      continue;
    if (o.first !== p.last + 1 && o.first !== from) continue;
    const aff = { ...body.aff, sector: body.aff.sector ?? e.aff.sector };
    Object.assign(e, plainEntity(e.name, 'person', aff, false, e.gender, e.roles));
  }
}

/**
 * 'New York Times spokesperson Danielle Rhoades Ha', 'CNN anchor Jane Roe': a person whose post follows an
 * outlet's name right before it works for the outlet (changed in place, as above).
 */
function affiliateByOutletBefore(tokens: readonly Token[], list: readonly Mention[]): void {
  for (let k = 0; k + 1 < list.length; k++) {
    const o = list[k] as Mention;
    const p = list[k + 1] as Mention;
    const e = p.entity;
    if (!o.entity?.outlet || o.last !== p.first || p.kind !== 'entity' || e?.type !== 'person') continue;
    // ('Australian Prime Minister Malcolm Turnbull': a country's word that is also a paper's name.)
    if (o.last - o.first === 1 && countryOfWord((tokens[o.first] as Token).lower)) continue;
    if (!e.roles.length || e.plural || e.aff.sector === 'media') continue;
    const aff = { country: o.entity.aff.country, sector: 'media' as const };
    Object.assign(e, plainEntity(e.name, 'person', aff, false, e.gender, e.roles));
  }
}

/** A body's spokespeople: 'Spokesperson Liu Dejun' after 'A China Coast Guard spokesperson' is theirs. */
const SPOKES_ROLES = new Set(['spokesperson', 'spokesman', 'spokeswoman']);
const spokes = (t: Token | undefined) => !!t && SPOKES_ROLES.has(t.lower);
/** How many sentences back a spokesperson's body is looked for. */
const POST_REACH = 2;

/**
 * 'A China Coast Guard spokesperson said ... Spokesperson Liu Dejun said': a spokesperson named with no body
 * or country takes the one a spokesperson mentioned just before had (changed in place, as above).
 */
function affiliateByEarlierPost(tokens: readonly Token[], list: readonly Mention[]): void {
  for (let k = 1; k < list.length; k++) {
    const p = list[k] as Mention;
    const e = p.entity;
    if (p.kind !== 'entity' || e?.type !== 'person' || e.plural || e.aff.country || e.aff.body) continue;
    if (!e.roles.length || !e.roles.every((r) => SPOKES_ROLES.has(r))) continue;
    const sentence = tokens[p.first]?.sentence ?? 0;
    for (let j = k - 1; j >= 0; j--) {
      const o = list[j] as Mention;
      if ((tokens[o.first]?.sentence ?? 0) < sentence - POST_REACH) break;
      const x = o.entity;
      if (o.kind !== 'entity' || !x || x === e || x.plural) continue;
      // ('A China Coast Guard spokesperson', 'a spokesperson for the China Coast Guard': the body's.)
      const bodysPost =
        x.type === 'organisation' &&
        !isCountryEntity(x) &&
        (spokes(tokens[o.last]) ||
          (tokens[o.first - 1]?.lower === 'for' && spokes(tokens[o.first - 2])) ||
          (tokens[o.first - 1]?.lower === 'the' &&
            tokens[o.first - 2]?.lower === 'for' &&
            spokes(tokens[o.first - 3])));
      if (
        !bodysPost &&
        ((x.type !== 'person' && x.type !== 'anonymous') || !x.roles.some((r) => SPOKES_ROLES.has(r)))
      )
        continue;
      if (x.aff.country || x.aff.body)
        Object.assign(e, plainEntity(e.name, 'person', { ...x.aff }, false, e.gender, e.roles));
      break;
    }
  }
}

/** Sectors of the state and its politics: no 'group' ('the group' is no ministry or court). */
const STATE_SECTORS = new Set(['government', 'military', 'security', 'judiciary', 'politics']);
/** Definite nouns that refer back to a group or other non-state body. */
const GROUP_NOUNS = new Set(['group', 'organisation', 'organization', 'watchdog', 'charity', 'union']);

/**
 * 'With leaders worried, President Obama is rolling out a message. The president told ...': a description
 * names the person last mentioned with that role, even one who was no sentence's subject (reading order
 * keeps only subjects and speakers). Attribution uses the link when nothing it has met fits.
 */
/**
 * Whether `e` fits what a definite description says of its referent: the country it names ('the top U.S.
 * diplomat') and its role words ('the prime minister' is not the foreign minister met before).
 */
export function fitsDescription(m: Mention, e: Entity): boolean {
  return (
    (!m.refCountry || e.aff.country === m.refCountry) &&
    (!m.refRoles || m.refRoles.every((r) => e.roles.includes(r)))
  );
}

/**
 * Whether a known office holder fits a description by the roles the list gives their post: 'the president'
 * is not the vice president, 'the foreign minister' not the prime minister.
 */
export function fitsListedPost(m: Mention, e: Entity): boolean {
  if (e.type !== 'person' || e.roles.length) return false;
  const roles = officeHolder(e.name.toLowerCase())?.roles ?? [];
  return (
    !!m.ref &&
    roles.includes(m.ref) &&
    (!m.refCountry || e.aff.country === m.refCountry) &&
    (m.refRoles ?? []).every((r) => roles.includes(r)) &&
    roles.every((r) => r === m.ref || m.refRoles?.includes(r) || !RANK_WORDS.has(r))
  );
}

/** Role words that make a post another than the bare one: a vice president is no 'the president'. */
const RANK_WORDS = new Set(['vice', 'deputy', 'prime', 'foreign', 'defence', 'defense', 'supreme']);

function linkDescriptions(list: readonly Mention[], tokens: readonly Token[]): void {
  let byRole: Map<string, Entity> | null = null;
  /**
   * Known office holders the text names without a title ('Maduro'), by the roles of their post in the
   * office-holder list: 'the president' after them, unless someone the text titled with that role fits
   * (in 2016, 'President Obama ... Trump ... the president' is Obama, though the list knows Trump's post).
   */
  let byListedRole: Map<string, Entity> | null = null;
  /** The group or other non-state body mentioned last: what 'the group' refers back to. */
  let group: Entity | null = null;
  /** The company mentioned last: what 'the company' refers back to ('Boeing machinists ... The company'). */
  let company: Entity | null = null;
  /** Unnamed speakers described with an indefinite article, by their head role ('A senior strategist ...'). */
  let unnamed: Map<string, Entity> | null = null;
  /** Bodies named so far, for 'the military', 'the ministry' (see STATE_BODY_REFS). */
  let bodies: Entity[] | null = null;
  for (const m of list) {
    const e = m.entity;
    if (m.kind === 'definite') formerHolder(m, tokens);
    if (m.kind === 'entity' && e?.type === 'anonymous' && !e.plural && e.roles.length) {
      const head = e.roles.at(-1) as string;
      const opener = e.name.slice(0, e.name.indexOf(' ')).toLowerCase();
      // 'the strategist' after 'A senior Democratic strategist familiar with the projections': that one.
      const earlier =
        opener === 'the' && e.name.toLowerCase() === `the ${head}` ? unnamed?.get(head) : undefined;
      if (earlier) m.entity = earlier;
      else if (opener === 'a' || opener === 'an' || opener === 'one' || opener === 'another') {
        unnamed ??= new Map();
        unnamed.set(head, e);
        // (The one described last is 'the officer': a named officer before is not.)
        byRole?.delete(head);
      }
      continue;
    }
    if (
      m.kind === 'entity' &&
      e?.type === 'organisation' &&
      !e.outlet &&
      // ('accused by rights groups ... The group denies': groups in the plural are no 'the group'; a body
      // named in the plural is: 'the Houthis ... the group said'.)
      (!e.plural || !!e.organisation) &&
      !isCountryEntity(e) &&
      !STATE_SECTORS.has(e.aff.sector ?? '')
    ) {
      group = e;
      if (e.aff.sector === 'business') company = e;
    }
    if (m.kind === 'definite' && m.ref === 'company' && company) m.antecedent = company;
    // ('The Israel Defense Forces struck a Hamas command center, the military said': the body of that kind
    // named last, though it has not spoken; attribution prefers one that has.)
    if (m.kind === 'entity' && e?.type === 'organisation' && !e.outlet && !isCountryEntity(e)) {
      bodies ??= [];
      bodies.push(e);
    } else if (m.kind === 'definite' && m.ref && bodies) {
      const ref = m.ref;
      // ('the forum' after 'the Hostages and Missing Families Forum', 'the commission' after the Commission on
      // Presidential Debates: the body whose name holds the noun.)
      if (NAMED_BODY_NOUNS.has(ref))
        for (let k = bodies.length - 1; k >= 0; k--)
          if ((bodies[k] as Entity).name.toLowerCase().includes(ref)) {
            m.antecedent = bodies[k] as Entity;
            break;
          }
      // ('the council' after the UN Security Council, 'the military': else the last body of that kind.)
      if (!m.antecedent && STATE_BODY_REFS.has(ref)) {
        const sectors = BODY_BACK_REFERENCES.get(ref) ?? [];
        for (let k = bodies.length - 1; k >= 0; k--) {
          const b = bodies[k] as Entity;
          // ('the French interior ministry' after the Home Office: another country's body.)
          if (m.refCountry && b.aff.country && b.aff.country !== m.refCountry) continue;
          if (b.aff.sector && sectors.includes(b.aff.sector)) {
            m.antecedent = b;
            break;
          }
        }
      }
    }
    // ('Former President Jair Bolsonaro ... the president said': a former holder is not 'the president'.)
    if (
      m.kind === 'entity' &&
      e &&
      e.type === 'person' &&
      !e.plural &&
      e.roles.length &&
      !formerHolder(m, tokens)
    ) {
      byRole ??= new Map();
      for (const r of e.roles) {
        byRole.set(r, e);
        unnamed?.delete(r);
      }
    } else if (m.kind === 'entity' && e?.type === 'person' && !e.plural && !e.roles.length) {
      const roles = officeHolder(e.name.toLowerCase())?.roles;
      if (roles?.length) {
        byListedRole ??= new Map();
        for (const r of roles) byListedRole.set(r, e);
      }
    } else if (m.kind === 'definite' && group && m.ref && GROUP_NOUNS.has(m.ref)) {
      // 'The lawsuit was brought by the Oregon Medical Freedom Alliance. The group argued': the group
      // mentioned last, though it has not spoken yet.
      m.antecedent = group;
    } else if (m.kind === 'definite' && m.ref) {
      const e = byRole?.get(m.ref);
      const listed = byListedRole?.get(m.ref);
      // ('The prime minister' is not the foreign minister named before: its role words must be theirs.)
      if (e && fitsDescription(m, e)) m.antecedent = e;
      else if (listed && fitsListedPost(m, listed)) m.antecedent = listed;
      // ('An officer with the Tulsa Police Department shot a man. ... the officer told investigators': the
      // one described, unnamed, before.)
      else if (!e) {
        const u = unnamed?.get(m.ref);
        if (u) m.antecedent = u;
      }
    }
  }
}

/**
 * People a title named as holding their post no more ('Former President Jair Bolsonaro'), and descriptions
 * that say so ('the former president').
 */
const formerHolders = new WeakSet<Entity | Mention>();

/** Whether the text named `e` with a title that says the post is past: no 'the president' of today. */
export const isFormerHolder = (e: Entity | Mention): boolean => formerHolders.has(e);

/** Whether a mention's title says its post is past ('Former President Jair Bolsonaro', 'ex-minister X'). */
function formerHolder(m: Mention, tokens: readonly Token[]): boolean {
  for (let k = m.first; k < m.last; k++) {
    const w = tokens[k]?.lower;
    if (w === 'former' || (w === 'ex' && tokens[k + 1]?.text === '-')) {
      formerHolders.add(m.entity ?? m);
      return true;
    }
  }
  return false;
}

/** Spacing as a name is shown: runs of whitespace become one space (the regex only when there is any to fold). */
function oneSpaced(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    // A lone ASCII space is kept as it is; anything else that might be whitespace goes to the regex.
    if (c === 32 ? s.charCodeAt(k + 1) <= 32 : c < 32 || c > 127) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** US style party-state labels after a name: 'Ted Cruz (R-Texas)', 'Ted Cruz, R-Texas,', '(D-N.Y.)'. */
function partyLabel(tokens: readonly Token[], after: number): string | null {
  const open = tokens[after]?.text;
  if (open !== '(' && open !== ',') return null;
  const letter = tokens[after + 1]?.text;
  if (tokens[after + 2]?.text !== '-' || !tokens[after + 3] || !isCap(tokens[after + 3] as Token))
    return null;
  return letter === 'R'
    ? 'Republican'
    : letter === 'D'
      ? 'Democratic'
      : letter === 'I'
        ? 'Independent'
        : null;
}

/**
 * 'Sen. Maria Delgado, the Arizona Democrat,', 'Kessler, an Iowa Republican', 'Hannah Okafor, a Democrat
 * from Illinois': the party an apposition of a US state and a party word gives (as 'D-Ariz.' does); null
 * otherwise.
 */
function statePartyApposition(tokens: readonly Token[], after: number): string | null {
  if (tokens[after]?.text !== ',') return null;
  const det = tokens[after + 1]?.lower;
  // 'Chuck Schumer, Democrat of New York,': the party of a US state, with no article.
  const bare = tokens[after + 1]?.text;
  const bareParty = bare === 'Democrat' ? 'Democratic' : bare === 'Republican' ? 'Republican' : null;
  if (bareParty && tokens[after + 2]?.lower === 'of')
    return placeAt(tokens, after + 3)?.country === 'United States' ? bareParty : null;
  if (det !== 'the' && det !== 'a' && det !== 'an') return null;
  const place = placeAt(tokens, after + 2);
  if (place) {
    if (place.country !== 'United States') return null;
    const word = tokens[after + 2 + place.n]?.text;
    return word === 'Democrat' ? 'Democratic' : word === 'Republican' ? 'Republican' : null;
  }
  // 'Hannah Okafor, a Democrat from Illinois,': the party, then a US state it is from.
  const word = tokens[after + 2]?.text;
  const party = word === 'Democrat' ? 'Democratic' : word === 'Republican' ? 'Republican' : null;
  if (!party || tokens[after + 3]?.lower !== 'from') return null;
  // ('State Senator Mark Ellis, a Republican from Bakersfield,': a town no list knows, in a US state.)
  const from = placeAt(tokens, after + 4);
  return from ? (from.country === 'United States' ? party : null) : tokens[after + 4]?.cap ? party : null;
}

interface Run {
  first: number;
  nameFirst: number;
  last: number;
  orgs: readonly Organisation[];
}

/** A person's name as a key: lowercased, curly apostrophes straightened ('O’Neill' and 'O'Neill' are one man). */
const personKey = (name: string) => straightApostrophes(name.toLowerCase());

/** A name without the possessive wink sometimes leaves on its last word ("Trump's"). */
const withoutPossessive = (name: string) =>
  name.length > 3 && name.charCodeAt(name.length - 1) === 115 && isPossessive(name.slice(-2))
    ? name.slice(0, -2)
    : name;

/**
 * Whether a known person's name and a full name (lowercased) can be one person by their first words: the
 * same word, or an initial of it ('Donald J. Trump', 'Donald Trump'; 'J. Smith', 'John Smith'), or one name
 * the end of the other. A known name of one word ('Trump' met first) fits any first name.
 */
function sameFirstName(knownName: string, fullKey: string): boolean {
  const known = personKey(knownName);
  const a = known.split(' ')[0] ?? '';
  const b = fullKey.split(' ')[0] ?? '';
  if (!known.includes(' ') || a === b) return true;
  // 'Guajardo Villarreal' after 'Ildefonso Guajardo Villarreal'; 'Rival Hillary Clinton' after 'Hillary Clinton'.
  if (known.endsWith(` ${fullKey}`) || fullKey.endsWith(` ${known}`)) return true;
  const initial = (x: string) => /^\p{L}\.?$/u.test(x);
  return (initial(a) && b.startsWith(a[0] ?? '')) || (initial(b) && a.startsWith(b[0] ?? ''));
}

/** Lowercase words that join the parts of a name: 'de', 'von der', 'al-', 'bin', 'da'. */
const NAME_PARTICLES = new Set([
  'al',
  'bin',
  'ibn',
  'da',
  'das',
  'de',
  'del',
  // ('Randy delos Santos', 'Juan dela Cruz', 'Gloria de los Reyes': Filipino and Spanish.)
  'dela',
  'delos',
  'della',
  'las',
  'los',
  'den',
  'der',
  // ('Laurence des Cars': French.)
  'des',
  'di',
  // ('André Corrêa do Lago': Portuguese.)
  'do',
  'dos',
  'du',
  'el',
  'la',
  'le',
  'ten',
  'ter',
  'van',
  'von',
  'zu',
]);
const isParticle = (t: Token) => !isCap(t) && NAME_PARTICLES.has(t.lower);

/** Services named in lowercase between a place and a title: 'Tulsa police Chief Chuck Jordan'. */
const SERVICE_WORDS = new Set(['police', 'army', 'navy', 'military', 'intelligence', 'security', 'fire']);

/** From `j`, role words (capitalised, or a service) then a capitalised name ('Commissioner James O'Neill'). */
function roleThenName(tokens: readonly Token[], j: number, end: number, scan: Scan): boolean {
  const gazAt = scan.gaz.at;
  let k = j;
  while (k < end && k < j + 4) {
    const t = tokens[k];
    if (!t || gazAt[k] || !scan.words[k]?.info?.title || !(isCap(t) || SERVICE_WORDS.has(t.lower))) break;
    k++;
  }
  const name = tokens[k];
  return (
    k > j && k < end && !!name && !gazAt[k] && isCap(name) && name.pos === 'PROPN' && !scan.words[k]?.info
  );
}

/** A capitalised particle opening a surname ('De Blasio', 'Van Hollen'): wink often tags it X or ADP. */
const capitalParticle = (tokens: readonly Token[], j: number) => {
  const t = tokens[j];
  const next = tokens[j + 1];
  return !!t && !!next && NAME_PARTICLES.has(t.lower) && isCap(next) && next.pos === 'PROPN';
};

/**
 * How many tokens from `j` are name particles (at most three, each optionally hyphen-joined: 'al-') that
 * lead straight to another capitalised word of the name; 0 when they do not ('Bill de facto').
 */
function particlesAt(tokens: readonly Token[], j: number, end: number): number {
  let k = j;
  for (let n = 0; n < 3 && k < end; n++) {
    const t = tokens[k];
    if (!t || !isParticle(t)) break;
    k++;
    const dash = tokens[k];
    if (dash?.text === '-' && dash.start === t.end) k++;
  }
  if (k === j) return 0;
  const next = tokens[k];
  return k < end && next && isCap(next) && next.start - (tokens[k - 1]?.end ?? 0) <= 1 ? k - j : 0;
}

/** Lowercase words after a place's name that say what kind of region it is ('North Darfur state'). */
const REGION_WORDS = new Set(['state', 'province', 'region', 'county', 'district', 'governorate', 'oblast']);

/** Whether tokens[k] exists and is a title word (a role, honorific or party). */
const isTitleAt = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  return !!t && !!wordInfoOf(t)?.title;
};

/** A campaign before a title: 'Clinton campaign spokesman', "the campaign's national press secretary". */
const CAMPAIGN_WORDS = new Set(['campaign', "campaign's", 'campaign’s']);

/** Capitalised words that make an untitled run a place, event or body ('Oslo Convention'), not a person. */
const NOT_NAME_WORDS = new Set([
  ...BODY_NAME_WORDS,
  ...'convention war day house street city sea river square forces army news times post of museum airport station prison prize award awards medal trophy'.split(
    ' ',
  ),
]);

/** Title words + a capitalised name: [the] [country|org|role|glue]* Name+ ; null when there is no name or no title and no second name word. */
/**
 * How many lowercase words naming a field ('climate', 'public health') stand at `j` right before a title
 * ('campaigner'): up to three; 0 when no title follows them.
 */
function fieldBeforeTitle(tokens: readonly Token[], j: number): number {
  for (let n = 1; n <= 3; n++) {
    const t = tokens[j + n - 1];
    if (!t || t.cap || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) return 0;
    if (isTitleAt(tokens, j + n)) return n;
  }
  return 0;
}

/** Prepositions whose object, after 'the', is a place, not a person's name ('on the Blue Nile'). */
const PLACE_BEFORE_THE = new Set(['in', 'on', 'along', 'across', 'near']);

/** Double quotation marks around a nickname inside a name. */
const NICKNAME_MARKS = new Set(['"', '“', '”']);

function scanTitledName(doc: AnalysisDoc, i: number, end: number, scan: Scan): Run | null {
  const { tokens } = doc;
  const { gaz } = scan;
  const gazAt = gaz.at;
  let j = i;
  // Allocated on the first organisation: most scans find none (and most find no name at all).
  let orgs: Organisation[] | null = null;
  let titled = false;
  /** A country's word has been read ('Kenyan'). */
  let countried = false;
  let nameFirst = -1;
  while (j < end) {
    const t = tokens[j];
    if (!t) break;
    const g = gazAt[j] ? gazHitAt(gaz, j) : undefined;
    // ('the Democratic Republic of Congo': a country's long name, no party's post.)
    if (nameFirst < 0 && t.cap && LONG_COUNTRY_NAMES.has(t.lower) && longCountryAt(tokens, j)) return null;
    if (nameFirst < 0 && g?.organisation) {
      orgs ??= [];
      // ('Greenpeace EU climate campaigner Lisa Göldner': the group's EU office, not the EU.)
      const office = orgs.at(-1);
      if (
        !(
          office &&
          g.organisation.name === 'European Union' &&
          NON_STATE_SECTORS.has(orgAffiliation(office).sector ?? '')
        )
      )
        orgs.push(g.organisation);
      j = gazEndAt(gaz, j);
      // A union's branch by number belongs to the body's name: 'Fraternal Order of Police Lodge 12', 'UAW
      // Local 600'.
      if (UNIT_WORDS.has(tokens[j]?.lower ?? '') && /^\d/.test(tokens[j + 1]?.text ?? '')) j += 2;
      // So is a chapter's place, one capitalised word that starts no name: 'Black Lives Matter Riverside,'.
      else if (chapterAt(tokens, j, scan)) j++;
      titled = true;
      continue;
    }
    if (nameFirst < 0 && g?.outlet) return null;
    // ('Greenpeace EU climate campaigner Lisa Göldner', 'Oxfam health adviser': a field between a body and
    // the post.)
    // ('Kenyan public health campaigner Achieng Otieno': after a country's word too.)
    const field = nameFirst < 0 && (orgs?.length || countried) ? fieldBeforeTitle(tokens, j) : 0;
    if (field) {
      j += field;
      continue;
    }
    const w = scan.words[j]?.info;
    // ('European Union Climate Commissioner Wopke Hoekstra', 'Housing Secretary Rachel Dunmore': a portfolio
    // right before a title belongs to it.)
    if (nameFirst < 0 && t.cap && PORTFOLIOS.has(t.lower) && isTitleAt(tokens, j + 1)) {
      j++;
      continue;
    }
    // ('Health and Human Services Secretary Xavier Becerra': a portfolio of two joined by 'and'.)
    if (nameFirst < 0 && t.cap && PORTFOLIOS.has(t.lower) && tokens[j + 1]?.lower === 'and') {
      let k = j + 2;
      while (k < end && k < j + 5 && tokens[k]?.cap && !isTitleAt(tokens, k)) k++;
      if (k > j + 2 && isTitleAt(tokens, k)) {
        j = k;
        continue;
      }
    }
    // ('U.S. Ambassador to the U.N. Linda Thomas-Greenfield': where an envoy is sent belongs to the title.)
    if (nameFirst < 0 && t.lower === 'to' && ENVOYS.has(tokens[j - 1]?.lower ?? '')) {
      j++;
      continue;
    }
    // "Labour's Yvette Cooper", "Labour's shadow chancellor Rachel Reeves": a party's possessive before a name
    // or a post gives the person's party.
    if (
      nameFirst < 0 &&
      t.cap &&
      partyOfWord(t.lower) &&
      isPossessive(tokens[j + 1]?.text) &&
      (tokens[j + 2]?.cap || tokens[j + 2]?.lower === 'shadow' || isTitleAt(tokens, j + 2))
    ) {
      titled = true;
      j += 2;
      continue;
    }
    // 'Mr. King', 'Dr. Judge': right after Mr., Mrs., Ms. or Dr. a capitalised word is a surname, even one
    // that is also a title.
    // ('Minister of Interior, Justice and Peace': a portfolio joined by 'and' is no title before a name.)
    if (nameFirst < 0 && t.lower === 'justice' && tokens[j + 1]?.lower === 'and') return null;
    const surname = nameFirst < 0 && j > i && isCap(t) && isSurnameHonorific(tokens[j - 1]);
    if (nameFirst < 0 && (w?.title ? !surname : t.cap && inRepresentativeTitle(tokens, j))) {
      titled = true;
      j++;
      // 'Rear Adm. Nadav Eshel': wink reads an abbreviation's full stop as a token of its own.
      if (
        tokens[j]?.text === '.' &&
        tokens[j]?.start === t.end &&
        /^[A-Z][a-z]{1,3}$/.test(t.text) &&
        tokens[j + 1]?.cap
      )
        j++;
      // ('Brig.-Gen. Effie Defrin': two ranks joined by a hyphen, the second abbreviated too.)
      const rank = tokens[j + 1];
      const dot = tokens[j + 2];
      if (
        tokens[j]?.text === '-' &&
        tokens[j]?.start === tokens[j - 1]?.end &&
        rank &&
        /^[A-Z][a-z]{1,3}$/.test(rank.text) &&
        dot?.text === '.' &&
        dot.start === rank.end
      )
        j += 3;
      continue;
    }
    // 'City Council member Dana Ortiz', 'Council Member Dana Ortiz': a city's post written as two words
    // (whatever capitalised words came first name the city).
    if (
      t.lower === 'council' &&
      tokens[j + 1]?.lower === 'member' &&
      (nameFirst < 0 || (!titled && j - nameFirst <= 3))
    ) {
      titled = true;
      nameFirst = -1;
      j += 2;
      continue;
    }
    // 'NYPD Commissioner James O'Neill', 'Acme CEO Jane Roe': capitalised words the gazetteer does not know,
    // then a role and a name; those words name the body the person serves, not the person.
    if (
      nameFirst >= 0 &&
      !titled &&
      !g &&
      w?.sector &&
      !partyOfWord(t.lower) &&
      j - nameFirst <= 3 &&
      roleThenName(tokens, j, end, scan)
    ) {
      titled = true;
      nameFirst = -1;
      j++;
      continue;
    }
    // ('Defense Minister Israel Katz': right after a title, a country's word, one more capitalised word the
    // lists do not know, and the name's end make a given name and a surname.)
    if (
      titled &&
      nameFirst < 0 &&
      w?.country &&
      tokens[j + 1]?.pos === 'PROPN' &&
      !isPossessive(tokens[j + 1]?.text) &&
      !gazAt[j + 1] &&
      !scan.words[j + 1]?.info &&
      !tokens[j + 2]?.cap
    ) {
      nameFirst = j;
      j += 2;
      continue;
    }
    if (nameFirst < 0 && w && (w.country || (w.multi && countryOfPair(t, tokens[j + 1])))) {
      j += w.country ? 1 : 2;
      countried = true;
      // ("France's Nicolas de Rivière", "Britain's Barbara Woodward": a country's possessive right before a
      // name says whom the person speaks for.)
      if (isPossessive(tokens[j]?.text)) {
        j++;
        const next = tokens[j + 1];
        if (
          t.cap &&
          givenNameGender(tokens[j]?.lower ?? '') !== null &&
          next &&
          (next.cap || isParticle(next))
        )
          titled = true;
      }
      continue;
    }
    // 'Virginia Gov. Terry McAuliffe', 'New York Mayor Bill de Blasio': a place right before a title; 'a
    // resident of Kharkiv', 'Governor of Texas Greg Abbott': a place after a role and 'of' belongs to the
    // title too (after a name it is the person's: 'Senator Jane Roe of New York', read in attribution.ts).
    const place = nameFirst < 0 ? placeAt(tokens, j) : null;
    const prevLower = tokens[j - 1]?.lower;
    // 'Virginia AFL-CIO President Doris Crouse-Mays': a place, a known body, then the title.
    const bodyAfter = place ? gazHitAt(gaz, j + place.n) : undefined;
    if (
      place &&
      (isTitleAt(tokens, j + place.n) ||
        (bodyAfter?.organisation && isTitleAt(tokens, gazEndAt(gaz, j + place.n))) ||
        ((prevLower === 'of' || prevLower === 'from' || prevLower === 'in') && isTitleAt(tokens, j - 2)))
    ) {
      j += place.n;
      continue;
    }
    // 'Governor of North Darfur state Al-Hafiz Bakhit': capitalised words and a region's word after a
    // title's 'of' name the place the title is for, though no list knows the place.
    if (nameFirst < 0 && prevLower === 'of' && isTitleAt(tokens, j - 2) && isCap(t)) {
      let k = j;
      while (k < end && k < j + 3 && isCap(tokens[k] as Token)) k++;
      if (REGION_WORDS.has(tokens[k]?.lower ?? '') && !tokens[k]?.cap && isCap(tokens[k + 1] as Token)) {
        j = k + 1;
        continue;
      }
    }
    // ('a group of residents and the Oregon Medical Freedom Alliance': people in the plural and a body are
    // two subjects, not a title and a name.)
    if (nameFirst < 0 && t.lower === 'and' && j > i) {
      const prev = tokens[j - 1] as Token;
      if (!prev.cap && prev.lower.endsWith('s')) break;
    }
    // ('under Mr. Ban': 'under' opens a title only as 'Under Secretary'.)
    if (nameFirst < 0 && t.lower === 'under' && !/^secretary/.test(tokens[j + 1]?.lower ?? '')) break;
    // (', of the opposition Frente Federal,': a title never opens on 'of', 'for' or 'and'.)
    if (j === i && w?.glue && (t.lower === 'of' || t.lower === 'for' || t.lower === 'and')) break;
    // ('Lawyers for Hughes argued': the lawyers speak; the name after 'for' is their client, not them.)
    // ('a spokesperson for President Lai Ching-te': the spokesperson speaks for the president, titled or not.)
    if (
      nameFirst < 0 &&
      t.lower === 'for' &&
      ((LAWYER_WORDS.has(tokens[j - 1]?.lower ?? '') && !isTitleAt(tokens, j + 1)) ||
        SPOKES_WORDS.has(tokens[j - 1]?.lower ?? ''))
    )
      break;
    if (nameFirst < 0 && w?.glue) {
      // 'the president's spokesman John Kirby', not 'The president's Pacific roots': after a post's
      // possessive comes another post before any name.
      if (isPossessive(t.text) && scan.words[j - 1]?.info?.title && !isTitleAt(tokens, j + 1)) break;
      j++;
      continue;
    }
    // 'Conservative shadow chancellor Mel Stride': a party and 'shadow' before a title belong to it.
    if (
      nameFirst < 0 &&
      (partyOfWord(t.lower) || t.lower === 'shadow') &&
      (isTitleAt(tokens, j + 1) ||
        tokens[j + 1]?.lower === 'shadow' ||
        // 'Shadow home secretary Chris Philp': a portfolio between 'shadow' and the title.
        (t.lower === 'shadow' && PORTFOLIOS.has(tokens[j + 1]?.lower ?? '') && isTitleAt(tokens, j + 2)))
    ) {
      // (Over the portfolio too, when it is no title word of its own: 'Shadow health secretary'.)
      j +=
        t.lower === 'shadow' && !isTitleAt(tokens, j + 1) && PORTFOLIOS.has(tokens[j + 1]?.lower ?? '')
          ? 2
          : 1;
      continue;
    }
    // 'Adam Wagner' is no Wagner Group: after a known given name a one-word name the gazetteer knows is a
    // surname.
    // ('Therese Kayikwamba Wagner': after a middle name too.)
    const surnameHit =
      !!g &&
      nameFirst >= 0 &&
      j > nameFirst &&
      j <= nameFirst + 2 &&
      gazEndAt(gaz, j) === j + 1 &&
      // (Or after a title: 'Foreign Minister Therese Kayikwamba Wagner'.)
      (givenNameGender((tokens[nameFirst] as Token).lower) !== null || titled);
    if (
      isCap(t) &&
      (!g || surnameHit) &&
      // ('Denzel Washington', 'Tom Georgia': after a known given name a country's word is a surname.)
      (!w?.country || (t.pos === 'PROPN' && surnameAfterGiven(tokens, nameFirst, j))) &&
      (!w?.sector || surname || surnameAfterGiven(tokens, nameFirst, j)) &&
      // 'people I know': 'I' is no name ('He Yongqian' is, the surname retagged in tokenize.ts).
      (!w?.pronoun || (t.text === 'He' && t.pos === 'PROPN')) &&
      !CALENDAR_WORDS.has(t.lower) && // 'in Florida Friday', 'commander in chief Wednesday'
      // 'Retired General Reveals ...': a title-case headline's verb (tagged a verb, or in a headline).
      !((t.pos !== 'PROPN' || doc.blockKinds[t.block] === 'headline') && isThirdPersonReportVerb(t)) &&
      // 'a financial adviser in Eau Claire': a place after 'in', not the adviser's name; 'a strategist at
      // Halvorsen Capital': a workplace after 'at' (a title before 'at' is another matter: 'Professor at').
      // ('a chief executive in the Midlands': after 'in the' too.)
      !(
        nameFirst < 0 &&
        (tokens[j - 1]?.lower === 'in' ||
          // ('the dam on the Blue Nile', 'along the Rio Grande': a river or a coast after 'the'.)
          (tokens[j - 1]?.lower === 'the' && PLACE_BEFORE_THE.has(tokens[j - 2]?.lower ?? '')) ||
          (!titled && tokens[j - 1]?.lower === 'at'))
      ) &&
      (t.pos === 'PROPN' ||
        nameFirst >= 0 ||
        titled ||
        capitalParticle(tokens, j) ||
        familyNameFirst(tokens, j))
    ) {
      if (nameFirst < 0) nameFirst = j;
      j++;
      // Hyphenated surnames ('Holtz-Eakin') and given names ('Ching-te', 'Jong-un') are one name.
      const dash = tokens[j];
      const after = tokens[j + 1];
      if (
        dash?.text === '-' &&
        after &&
        (isCap(after) || hyphenedSyllable(after)) &&
        dash.start === t.end &&
        after.start === dash.end
      )
        j += 2;
      // Letters wink splits a word at ('Aydın' read as 'Ayd', 'ı', 'n'): what touches the name is the name.
      while (j < end && touchingLetters(tokens[j - 1] as Token, tokens[j])) j++;
      // Lowercase particles between name words ('Bill de Blasio', 'Ursula von der Leyen', 'Bashar al-Assad').
      j += particlesAt(tokens, j, end);
      // ('Francisco "Isko" Moreno Domagoso': a nickname in quotation marks inside the name.)
      if (
        NICKNAME_MARKS.has(tokens[j]?.text ?? '') &&
        tokens[j + 1]?.cap &&
        NICKNAME_MARKS.has(tokens[j + 2]?.text ?? '') &&
        tokens[j + 3]?.cap &&
        tokens[j + 3]?.isWord
      )
        j += 3;
      continue;
    }
    break;
  }
  if (nameFirst < 0) return null;
  // ('Minister of Peace Binalf Andualem', 'Minister of Tourism John Doe': after 'Minister of', a capitalised
  // word before a name of two words is the portfolio.)
  if (
    tokens[nameFirst - 1]?.lower === 'of' &&
    j - nameFirst >= 3 &&
    /^(minister|secretary|commissioner)$/.test(tokens[nameFirst - 2]?.lower ?? '') &&
    tokens[nameFirst + 1]?.text !== '-'
  )
    nameFirst++;
  // ('the US embassy in Mexico City': a known place whose first word the title took as a country is where
  // the body is, and no one's name.)
  const placeBefore = nameFirst > i ? placeAt(tokens, nameFirst - 1) : null;
  if (placeBefore && placeBefore.n > 1 && nameFirst - 1 + placeBefore.n >= j) return null;
  if (
    nameFirst > i &&
    j === nameFirst + 1 &&
    countryOfPair(tokens[nameFirst - 1] as Token, tokens[nameFirst])
  )
    return null;
  // 'Hurricane Delia', 'Tropical Storm Ana': a storm, not a person; 'Carter v. Ohio': a case's name.
  if (STORM_WORDS.has((tokens[nameFirst] as Token).lower)) return null;
  if (CASE_MARKS.has(tokens[nameFirst - 1]?.lower ?? '')) return null;
  // Trailing glue never belongs to a name.
  const n = j - nameFirst;
  if (!titled) {
    // Untitled capitalised runs: only two or more words that all look like names (not 'Oslo Convention').
    // ('Chérizier, a former police officer who has been sanctioned ..., responded': one capitalised word
    // opening a sentence, set beside a description of a post, is someone's name.)
    if (n < 2 && !describedName(tokens, nameFirst, j)) return null;
    // ('QUESTIONABLE MEDICAL CLAIMS —': a heading in capitals, not a name.)
    if (allCapitals(tokens, nameFirst, j)) return null;
    // After a known given name one capitalised word is a surname, whatever wink tagged it ('Tom Burke', where
    // 'Burke' is read as a verb); not in a title-case headline, where every word is capitalised.
    const first = tokens[nameFirst] as Token;
    const given =
      first.pos === 'PROPN' &&
      doc.blockKinds[first.block] !== 'headline' &&
      givenNameGender(first.lower) !== null;
    for (let k = nameFirst; k < j; k++) {
      const w = tokens[k] as Token;
      const hyphened = tokens[k - 1]?.text === '-' && hyphenedSyllable(w);
      const touching = k > nameFirst && touchingLetters(tokens[k - 1] as Token, w);
      if (
        !(
          w.pos === 'PROPN' ||
          (given && k === nameFirst + 1 && j === nameFirst + 2 && w.cap) ||
          (k === nameFirst && familyNameFirst(tokens, k)) ||
          // ('Lee Soon-ja': a given name's first syllable wink tags a common word, 'Soon'.)
          (k > nameFirst && w.cap && givenSyllables(tokens, k)) ||
          w.text === '-' ||
          hyphened ||
          touching ||
          NAME_PARTICLES.has(w.lower)
        )
      )
        return null;
    }
    // 'New York', 'Los Angeles': a known place, not a person.
    if (placeAt(tokens, nameFirst)?.n === n) return null;
    // 'Elizabeth Warren Hammers Wells Fargo CEO': a title-case headline runs a name into the words after it.
    if (n > 3 && doc.blockKinds[first.block] === 'headline') return null;
    // 'Hamlin County court records': a name before a common noun only describes it.
    const after = tokens[j];
    if (after && j < end && after.pos === 'NOUN' && !after.cap) return null;
    // 'Gender Equality.' on a line of its own: a section heading, not a person.
    const line = doc.blocks[(tokens[nameFirst] as Token).block];
    if (line && line.first === nameFirst && (j === line.last || (j === line.last - 1 && !tokens[j]?.isWord)))
      return null;
    for (let k = nameFirst; k < j; k++) if (NOT_NAME_WORDS.has((tokens[k] as Token).lower)) return null;
    return { first: nameFirst, nameFirst, last: j, orgs: orgs ?? NO_ORGS };
  }
  // 'The ACLU of Florida': a body's chapter in a place, not a person called Florida.
  if (orgs && tokens[nameFirst - 1]?.lower === 'of' && placeAt(tokens, nameFirst)?.n === j - nameFirst)
    return null;
  // 'Residents of Muzaffarabad', 'villagers in Al-Mawasi': people in the plural and where they live, not a
  // person with a title.
  const glue = tokens[nameFirst - 1]?.lower;
  const group = tokens[nameFirst - 2];
  if (
    (glue === 'of' || glue === 'in' || glue === 'from') &&
    group &&
    scan.words[nameFirst - 2]?.info?.groupHead &&
    group.lower.endsWith('s')
  )
    return null;
  // 'director of the Florida Division of Emergency Management': a body's name, not a post and a person; so
  // is a 'name' ending in a body's word after a title word ('the General Medical Council', 'the General
  // Assembly', 'Leeds General Infirmary').
  if (BODY_NAME_WORDS.has(tokens[j - 1]?.lower ?? '')) return null;
  // 'The mayor of Springfield, Jane Roe,': a place after the title's 'of', then the name in apposition.
  // ('The Labour MP for Lambridge North, Priya Sandhu,': a constituency after 'for'.)
  if (
    (tokens[nameFirst - 1]?.lower === 'of' || tokens[nameFirst - 1]?.lower === 'for') &&
    tokens[j]?.text === ',' &&
    isNameAt(tokens, j + 1, end)
  )
    return null;
  // ('The UN Human Rights Monitoring Mission': one capitalised word right after a body, with no post between
  // and more capitalised words after it, goes on the body's name, no person's.)
  if (
    j - nameFirst === 1 &&
    orgs?.length &&
    gazAt[nameFirst - 1] &&
    tokens[j]?.cap &&
    !someTitleBetween(tokens, i, nameFirst)
  )
    return null;
  // ('head of the AIU', 'chief executive of Harrowgate Living', 'the Conservative MP for Lambridge West': one
  // or two words after a post's 'of' or 'for' name the body the post is at or the seat a member holds, not a
  // person; a known given name, or three words, still make one: 'Minister of Defence Rustem Umerov'.)
  const postGlue = glue === 'the' ? group?.lower : glue;
  if (
    (postGlue === 'of' || postGlue === 'for') &&
    (j - nameFirst === 1 ||
      (j - nameFirst === 2 && givenNameGender((tokens[nameFirst] as Token).lower) === null) ||
      // ('the MP for Coventry North West': a constituency's compass word.)
      (postGlue === 'for' && tokens.slice(nameFirst, j).some((w) => COMPASS_WORDS.has(w.lower))))
  )
    return null;
  // ("Amnesty International's South Asia office": a region naming a body's office, no person.)
  if (BRANCH_NOUNS.has(tokens[j]?.lower ?? '') && !tokens[j]?.cap) return null;
  return { first: i, nameFirst, last: j, orgs: orgs ?? NO_ORGS };
}

/** A body's parts named after a region ('South Asia office', 'Middle East bureau'). */
const BRANCH_NOUNS = new Set([...BRANCH_WORDS, 'bureau', 'desk', 'mission', 'team']);

/** Compass words that end constituencies' and regions' names ('Coventry North West', 'Lambridge Central'). */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central']);

/**
 * Where a longer name ends that an outlet named with common words starts ('The National' of 'the National
 * Weather Service'): capitalised words the gazetteer does not know right after it, none a post ('The Times
 * reporter', 'CNN Chief Correspondent X' stay the outlet's); -1 when the outlet's name stands alone.
 */
function longerNameEnd(tokens: readonly Token[], i: number, last: number, end: number, scan: Scan): number {
  const first = tokens[i]?.lower === 'the' ? tokens[i + 1] : tokens[i];
  if (!first || !COMMON_OUTLET_WORDS.has(first.lower)) return -1;
  let k = last;
  while (k < end) {
    const t = tokens[k] as Token;
    // ('the National Disaster Risk Reduction and Management Authority': glue inside the longer name.)
    if (k > last && NAME_GLUE.has(t.lower) && tokens[k + 1]?.cap && !scan.gaz.at[k + 1]) {
      k++;
      continue;
    }
    if (!t.cap || !t.isWord || scan.gaz.at[k] || scan.words[k]?.info?.title) break;
    k++;
  }
  return k > last ? k : -1;
}

/** First words of outlets' names that are common words, so that a longer name may start with them. */
const COMMON_OUTLET_WORDS = new Set([
  'national',
  'times',
  'hill',
  'independent',
  'nation',
  'guardian',
  'telegraph',
  'post',
  'sun',
  'globe',
  'star',
  'mirror',
  'express',
  'spectator',
  'economist',
  'atlantic',
]);

/** Sectors of bodies that are no part of a state: a post at one outweighs a rank. */
const NON_STATE_SECTORS = new Set([
  'advocacy',
  'business',
  'rights',
  'humanitarian',
  'expert',
  'media',
  'counsel',
]);

/** First words of storms' names. */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical']);
/** Marks between the parties of a court case's name ('Roe v. Wade'). */
const CASE_MARKS = new Set(['v.', 'v', 'vs.', 'vs']);

/**
 * Whether tokens[j], right after a body's name, is the place of one of its chapters ('Black Lives Matter
 * Riverside'): one capitalised word, no post, country or known name, and nothing capitalised after it.
 */
function chapterAt(tokens: readonly Token[], j: number, scan: Scan): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!t?.cap || !t.isWord || scan.gaz.at[j] || scan.words[j]?.info) return false;
  if (t.block !== tokens[j - 1]?.block) return false;
  return !next || next.block !== t.block || (!next.cap && next.pos !== 'PROPN');
}

/** Words for a body's numbered branch ('Lodge 12', 'Local 600'). */
const UNIT_WORDS = new Set(['lodge', 'local', 'chapter', 'branch']);

/**
 * The organisation (no country acting, no outlet) named last before token `k`, in its sentence or the one
 * before; null when none. Reads the mentions found so far, so the scan itself may ask too.
 */
export function bodyNamedBefore(
  tokens: readonly Token[],
  m: Pick<Mentions, 'list' | 'at'>,
  k: number,
  sector?: Sector,
): Entity | null {
  const s = tokens[k]?.sentence ?? 0;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j];
    if (!t || t.sentence < s - 1) return null;
    const x = m.list[m.at[j] ?? -1];
    const e = x?.kind === 'entity' ? x.entity : null;
    if (
      e?.type === 'organisation' &&
      !e.outlet &&
      !isCountryEntity(e) &&
      (!sector || e.aff.sector === sector)
    )
      return e;
  }
  return null;
}

/** Lawyers, who speak for the client named after them ('Lawyers for Hughes'). */
const LAWYER_WORDS = new Set([
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'barrister',
  'barristers',
  'counsel',
]);

/** Whether two capitalised proper nouns start at `k` ('Jane Roe'): a person's name, as an apposition gives it. */
function isNameAt(tokens: readonly Token[], k: number, end: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  return k + 1 < end && !!a && !!b && isCap(a) && isCap(b) && a.pos === 'PROPN' && b.pos === 'PROPN';
}

/** Small words a title-case heading leaves in lowercase ('of' and 'and' join names too: not counted). */
const HEADING_SMALL_WORDS = new Set([
  'to',
  'the',
  'for',
  'in',
  'on',
  'a',
  'an',
  'with',
  'at',
  'by',
  'of',
  'and',
]);

/**
 * 'Limited Tools to Fight Terrorism: The United Nations ...': where a paragraph's title-case lead-in ends
 * (the colon), or -1. Capitalised and small words only, three or more capitalised, a small word other than
 * 'of' and 'and', and no known name or post ('Jane Roe of the Red Cross:' speaks).
 */
function titleCaseLeadIn(tokens: readonly Token[], first: number, end: number, scan: Scan): number {
  let small = false;
  let caps = 0;
  for (let p = first; p < end && p < first + 12; p++) {
    const t = tokens[p] as Token;
    if (t.text === ':') return small && caps >= 3 ? p : -1;
    if (scan.gaz.at[p] || scan.words[p]?.info?.title) return -1;
    if (HEADING_SMALL_WORDS.has(t.text)) small ||= t.text !== 'of' && t.text !== 'and';
    else if (t.cap) caps++;
    else return -1;
  }
  return -1;
}

/** Whether `t` is letters only and starts where `prev` ends (one word wink split in parts). */
function touchingLetters(prev: Token, t: Token | undefined): boolean {
  return !!t && t.start === prev.end && /^\p{L}+$/u.test(t.text);
}

/** Words after a hyphen that make a compound, not a name ('Smith-led', 'Hamas-run'). */
const COMPOUND_ENDS = new Set([
  'led',
  'run',
  'era',
  'style',
  'type',
  'like',
  'free',
  'born',
  'based',
  'backed',
]);

/**
 * 'Park Ji-hoon', 'Moon Jae-in': a family name written first, which wink may tag a common noun, before a
 * hyphenated given name.
 */
function familyNameFirst(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  const given = tokens[j + 1];
  const syllable = tokens[j + 3];
  return (
    t.pos === 'NOUN' &&
    t.cap &&
    tokens[j - 1]?.sentence === t.sentence &&
    !!given?.cap &&
    given.pos === 'PROPN' &&
    tokens[j + 2]?.text === '-' &&
    tokens[j + 2]?.start === given.end &&
    !!syllable &&
    syllable.start === tokens[j + 2]?.end &&
    hyphenedSyllable(syllable)
  );
}

/** Generational suffixes that close a full name after the surname ('Robert F. Kennedy Jr.', 'Martin Luther King III'). */
const NAME_SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

/** Whether a capitalised word at `k` opens a hyphenated given name ('Soon-ja', 'Jae-myung'). */
function givenSyllables(tokens: readonly Token[], k: number): boolean {
  const dash = tokens[k + 1];
  const syllable = tokens[k + 2];
  return (
    dash?.text === '-' &&
    dash.start === tokens[k]?.end &&
    !!syllable &&
    syllable.start === dash.end &&
    hyphenedSyllable(syllable)
  );
}

/** A short lowercase syllable after a hyphen in a given name: 'te' of 'Ching-te', 'un' of 'Jong-un'. */
function hyphenedSyllable(t: Token): boolean {
  // (Longer ones are a romanised syllable: 'Chen Wen-hsiung', 'Lin Chia-chuang'.)
  return (/^[a-z]{1,4}$/.test(t.text) || ROMANISED_SYLLABLE.test(t.text)) && !COMPOUND_ENDS.has(t.text);
}

/** A syllable of a romanised Chinese or Korean name: consonants, vowels, then 'n' or 'ng' ('hsiung'). */
const ROMANISED_SYLLABLE = /^[bcdfghjklmnpqrstwxyz]{1,3}[aeiou]{1,3}(?:n|ng)?$/;

/** Honorifics always followed by a surname or a full name: Mr., Mrs., Ms., Dr. (not Sir or Lord, 'Lord Mayor'). */
const SURNAME_HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.']);
const isSurnameHonorific = (t: Token | undefined) => !!t && SURNAME_HONORIFICS.has(t.lower);
/** Whether tokens[first..last) are all honorifics ('Mr.', 'Dr.'). */
function onlyHonorifics(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (!Object.hasOwn(HONORIFIC, (tokens[k] as Token).lower)) return false;
  return true;
}

/**
 * 'Adam Driver', 'Dana Priest': a word that is also a post, right after a known given name that starts the
 * name and with no capitalised word after it, is a surname.
 */
function surnameAfterGiven(tokens: readonly Token[], nameFirst: number, j: number): boolean {
  if (nameFirst < 0 || j - nameFirst < 1 || j - nameFirst > 2 || tokens[j + 1]?.cap) return false;
  // ('Juan Carlos Portugal': after two given names too.)
  for (let k = nameFirst; k < j; k++) {
    const given = tokens[k];
    if (given?.pos !== 'PROPN' || givenNameGender(given.lower) === null) return false;
  }
  return true;
}

/** Verbs of a private life in a 'who' clause after a name ('who lives across the street'). */
const PRIVATE_LIFE_VERBS = new Set([
  'live',
  'recover',
  'lose',
  'survive',
  'raise',
  'rent',
  'commute',
  'flee',
  'grow',
  'attend',
  'wait',
  'vote',
]);
/** Whose someone is ('whose father was detained', 'whose home flooded'): a private life too. */
const PRIVATE_POSSESSIONS = new Set([
  'father',
  'mother',
  'son',
  'daughter',
  'husband',
  'wife',
  'home',
  'house',
  'child',
  'children',
  'family',
  'brother',
  'sister',
]);

/** Whether ', who lives ...' / ', 67, who is recovering ...' / ', whose father ...' follows a name ending at `after`. */
function privateLifeAfter(tokens: readonly Token[], after: number): boolean {
  if (tokens[after]?.text !== ',') return false;
  let k = after + 1;
  // (An age between commas first.)
  if (tokens[k]?.type === 'number' && tokens[k + 1]?.text === ',') k += 2;
  // ('Maria Lopez, 34, said', 'said Maria Lopez, 34.': an age alone is how the news names a private person.)
  if (
    ageAfter(tokens, after) &&
    (tokens[after + 2]?.text === '.' ||
      tokens[k]?.pos === 'VERB' ||
      tokens[k]?.pos === 'AUX' ||
      // ('Graham Pike, 67, a retired engineer from Stockport,': an age, then a description that names no
      // post; the caller has found none.)
      tokens[k]?.lower === 'a' ||
      tokens[k]?.lower === 'an' ||
      // ('Chen Wen-hsiung, 67, who runs a noodle shop,'.)
      tokens[k]?.lower === 'who')
  )
    return true;
  const rel = tokens[k]?.lower;
  if (rel === 'whose') return PRIVATE_POSSESSIONS.has(tokens[k + 1]?.lower ?? '');
  if (rel !== 'who') return false;
  k++;
  if (tokens[k]?.pos === 'AUX') k++;
  // (wink may read 'lives' as the plural of 'life'.)
  return PRIVATE_LIFE_VERBS.has(tokens[k]?.lemma ?? '') || tokens[k]?.lower === 'lives';
}

/** Words ending in -ing that open an apposition as a title does ('managing director', 'acting mayor'). */
const TITLE_PARTICIPLES = new Set([
  'managing',
  'acting',
  'presiding',
  'visiting',
  'ruling',
  'governing',
  'ranking',
  'outgoing',
  'incoming',
  'founding',
  'leading',
  'sitting',
  'serving',
  'reigning',
  'longstanding',
  'long-standing',
  'consulting',
  'supervising',
  'reporting',
]);

/** ', ruling that ...', ', saying ...': an -ing word opening a clause rather than a title ('ruling party'). */
function participialClause(t: Token, next: Token | undefined): boolean {
  if (!t.lower.endsWith('ing') || t.lower.length < 6 || t.cap || sectorOfWord(t.lower)) return false;
  if (!TITLE_PARTICIPLES.has(t.lower)) return true;
  // ('the ruling party' needs a noun next; 'ruling that', 'ruling in favour' opens a clause.)
  return !next || next.pos === 'DET' || next.pos === 'ADP' || next.pos === 'SCONJ' || next.lower === 'that';
}

/** Dashes that set off an apposition when spaced ('Jane Roe – the party's leader – said'). */
export const APPOSITION_DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);

/** ', NATO's secretary general,' after a name: the title that follows it. */
function apposition(doc: AnalysisDoc, after: number, end: number, gaz: GazMatches) {
  const { tokens } = doc;
  // (' – the BBB leader – ': set off by spaced dashes too.)
  const open = tokens[after];
  const dash = !!open && APPOSITION_DASHES.has(open.text) && /\s/.test(doc.text.charAt(open.start - 1));
  if (open?.text !== ',' && !dash) return null;
  // 'John Smith, 45, a resident of Kharkiv': an age between commas comes before the description.
  const from = tokens[after + 1]?.type === 'number' && tokens[after + 2]?.text === ',' ? after + 2 : after;
  // ('Mathilde Panot, who leads the La France Insoumise deputies,', 'said Aurore Bergé, who heads the
  // Renaissance group': a 'who' clause on leading a listed body says whose the person is.)
  if (tokens[from + 1]?.lower === 'who' && LEADS.has(tokens[from + 2]?.lemma ?? '')) {
    let k = from + 3;
    if (tokens[k]?.lower === 'the') k++;
    const led = gazHitAt(gaz, k)?.organisation;
    if (led) return { ...affiliationOfWords([], [led]), bodyNoun: null };
  }
  const words: Token[] = [];
  const orgs: Organisation[] = [];
  let hasRole = false;
  /** A capitalised research body's word in the description ('Institute', 'University'). */
  let academic = false;
  /** 'a spokesman for the agency', 'the ministry's spokesman': a body named before, referred back to. */
  let bodyNoun: string | null = null;
  /** An outlet the description names ('a former adviser to the BBC's standards committee'). */
  let outlet: Outlet | undefined;
  for (let k = from + 1; k < Math.min(end, from + 14); k++) {
    const t = tokens[k];
    // (Not a word of a longer name: 'the National Center for Veterans Studies' is no The National.)
    const named = gazHitAt(gaz, k)?.outlet;
    if (named && !tokens[gazEndAt(gaz, k)]?.cap) outlet ??= named;
    const o = gazHitAt(gaz, k)?.organisation;
    if (o) {
      const last = gazEndAt(gaz, k);
      // ('a former ambassador to the United Nations': the body an envoy is sent to is not whose they are.)
      const to = tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
      if (tokens[to]?.lower === 'to' && ENVOYS.has(tokens[to - 1]?.lower ?? '')) {
        k = last - 1;
        continue;
      }
      // A known body is read whole, whatever wink tagged its words ('Save' of 'Save the Children').
      orgs.push(o);
      for (let j = k; j < last; j++) words.push(tokens[j] as Token);
      k = last - 1;
      continue;
    }
    // ('managing director', 'acting director': wink tags the participle a verb.)
    // ('a Washington-based developer': 'based' after a hyphen describes, it is no verb of the sentence.)
    const participle =
      t?.pos === 'VERB' &&
      (t.lower === 'managing' ||
        t.lower === 'acting' ||
        (t.lower === 'based' && tokens[k - 1]?.text === '-') ||
        // ('the think tank Power Shift Africa': a noun, whatever wink tagged 'think'.)
        (t.lower === 'think' && tokens[k + 1]?.lower === 'tank') ||
        // ('the polling firm', 'a mining company': a participle between an article and a noun describes it.)
        (t.lower.endsWith('ing') && tokens[k - 1]?.pos === 'DET' && tokens[k + 1]?.pos === 'NOUN') ||
        // ('the head of the ATE union': an acronym is a name, whatever word its letters spell.)
        /^\p{Lu}{2,}$/u.test(t.text));
    if (
      !t ||
      t.text === ',' ||
      t.text === '.' ||
      (dash && APPOSITION_DASHES.has(t.text)) ||
      ((t.pos === 'VERB' || t.pos === 'AUX') && !participle)
    )
      break;
    // ('a law professor at Ohio State University who studies police use of force': after a post, a 'who'
    // clause tells what the person does, not whom they serve.)
    if (hasRole && (t.lower === 'who' || t.lower === 'which')) break;
    // ('author of a book on the military's business interests': what a work is about says nothing of whom
    // its author speaks for.)
    if ((t.lower === 'on' || t.lower === 'about') && WORK_NOUNS.has(tokens[k - 1]?.lower ?? '')) break;
    // ('Darnell Hughes, ruling that detectives had ...': a clause on what someone did, which wink may tag a
    // noun, describes no one.)
    if (k === from + 1 && participialClause(t, tokens[k + 1])) break;
    if (sectorOfWord(t.lower)) hasRole = true;
    if (BODY_BACK_REFERENCES.has(t.lower) && tokens[k - 1]?.lower === 'the') bodyNoun ??= t.lower;
    // ('director of the SOAS China Institute in London': a country's word inside a body's name is no country
    // of the person's.)
    if (t.cap && countryOf(t) && bodyWordAhead(tokens, k + 1)) continue;
    if (t.cap && ACADEMIC_BODIES.has(t.lower)) academic = true;
    words.push(t);
  }
  if (!hasRole && !orgs.length) return null;
  const read = affiliationOfWords(words, orgs);
  // ('Michael Prescott, a former independent adviser to the BBC's editorial standards committee': a post at
  // an outlet is the outlet's, not a government's.)
  // ('Deborah Turness, the chief executive of BBC News': a company's post at an outlet is the outlet's too.)
  if (
    outlet &&
    !orgs.length &&
    (!read.aff.sector || read.aff.sector === 'government' || read.aff.sector === 'business')
  )
    read.aff = { country: outlet.country, sector: 'media' };
  // ('director of the SOAS China Institute in London': a post at a research body is an expert's.)
  if (academic && !orgs.length && read.aff.sector === 'government')
    read.aff = { country: null, sector: 'expert' };
  // ('Karen Kuo, a spokesperson for President Lai Ching-te,': the post serves a known office holder, whose
  // country and side it is.)
  const served = !orgs.length && read.aff.sector === 'government' ? holderServed(tokens, words) : undefined;
  if (served) read.aff = withOfficeHolder({ ...read.aff, country: null }, served);
  return { ...read, bodyNoun };
}

/** The office holder a post in `words` serves ('for President Lai Ching-te'), from the people list. */
function holderServed(tokens: readonly Token[], words: readonly Token[]): Person | undefined {
  const k = words.findIndex((w) => w.lower === 'for');
  if (k < 0 || !SPOKES_WORDS.has(words[k - 1]?.lower ?? '')) return undefined;
  const names: string[] = [];
  for (let i = (words[k] as Token).i + 1; i < tokens.length && names.length < 4; i++) {
    const t = tokens[i] as Token;
    // ('Lai Ching-te': a syllable after a hyphen is lowercase.)
    if (!t.cap && t.text !== '-' && tokens[i - 1]?.text !== '-') break;
    if (!names.length && wordInfoOf(t)?.title) continue;
    names.push(t.text);
  }
  return names.length ? officeHolder(names.join(' ').replace(/ - /g, '-').toLowerCase()) : undefined;
}

/**
 * Nouns that refer back to a body named before ('a spokesman for the agency', 'the ministry's spokesman'),
 * each with the sectors of the bodies it can stand for (a body whose name holds the noun fits too).
 */
const BODY_BACK_REFERENCES = new Map<string, readonly string[]>([
  ['agency', ['international', 'humanitarian', 'government', 'security']],
  ['office', ['international', 'humanitarian', 'government']],
  ['organization', ['international', 'humanitarian', 'rights', 'advocacy']],
  ['organisation', ['international', 'humanitarian', 'rights', 'advocacy']],
  ['group', ['rights', 'humanitarian', 'advocacy', 'armed-group']],
  ['movement', ['armed-group', 'politics', 'advocacy']],
  ['ministry', ['government']],
  ['department', ['government', 'security']],
  ['government', ['government']],
  ['administration', ['government']],
  ['military', ['military']],
  ['army', ['military']],
  ['company', ['business']],
  ['party', ['politics']],
  ['union', ['advocacy']],
  ['society', ['humanitarian', 'rights', 'advocacy', 'expert']],
  ['council', ['government', 'international']],
  ['commission', ['government', 'international']],
  // ('Danielle Bell, the head of the mission,': the observer or monitoring mission named before.)
  ['mission', ['international', 'humanitarian', 'rights', 'government']],
  // ('said Leticia Armendáriz, the center's executive director': a centre, institute or foundation named before.)
  ['center', ['expert', 'advocacy', 'rights', 'humanitarian']],
  ['centre', ['expert', 'advocacy', 'rights', 'humanitarian']],
  ['institute', ['expert', 'advocacy']],
  ['foundation', ['humanitarian', 'advocacy', 'expert', 'rights']],
  ['coalition', ['advocacy', 'rights']],
  ['charity', ['humanitarian', 'rights', 'advocacy']],
]);

/** Nouns for a state's body that refer back to the last one named ('the military said', 'the ministry said'). */
const STATE_BODY_REFS = new Set(['military', 'army', 'ministry', 'department', 'council', 'commission']);

/** Whether a capitalised word of the same sentence stands right before the capitalised noun at `k`. */
function namedBy(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  return t.cap && !!prev && prev.sentence === t.sentence && prev.isWord && isCap(prev);
}

/** 'Ministry spokesman Ashraf al-Qudra': a back-referring body noun in the title itself. */
function titleBodyNoun(tokens: readonly Token[], first: number, nameFirst: number): string | null {
  for (let k = first; k < nameFirst; k++) {
    const w = (tokens[k] as Token).lower;
    // ('Green Party co-leader Franziska Brantner': a party named by the word before, not the one met last.)
    if (w === 'party' && k === first && namedBy(tokens, k)) return null;
    if (BODY_BACK_REFERENCES.has(w)) return w;
  }
  return null;
}

/**
 * Whom a post with no body of its own speaks for: after 'his'/'her', the person mentioned last; after
 * 'its'/'their', or when the description refers back to a body ('for the agency'), the body mentioned
 * last. Null when nothing fits.
 */
function ownerOfPost(
  tokens: readonly Token[],
  list: readonly Mention[],
  post: number,
  bodyNoun: string | null,
): Entity | null {
  const before = tokens[post - 1]?.lower;
  // 'Clinton spokesman Nick Merrill', "Hartley's aide": a personal post right after a person's name is theirs.
  const nameEnd = isPossessive(tokens[post - 1]?.text) ? post - 1 : post;
  const named = list.at(-1);
  if (
    named?.kind === 'entity' &&
    named.last === nameEnd &&
    named.entity?.type === 'person' &&
    !named.entity.plural &&
    PERSONAL_POSTS.has(tokens[post]?.lower ?? '')
  )
    return named.entity;
  const person = before === 'his' || before === 'her';
  if (!person && !bodyNoun && before !== 'its' && before !== 'their') return null;
  const sectors = bodyNoun ? BODY_BACK_REFERENCES.get(bodyNoun) : undefined;
  // A possessive looks back within its sentence only ('World Athletics ..., its president' must not find a
  // body two sentences back when the one meant is unknown); a noun may look further. A possessive opening a
  // sentence may mean who the last one was about ('... Ann Loo gained ground. Her spokesman').
  const sentence = tokens[post]?.sentence ?? -1;
  const opens = POSSESSIVE_DETERMINERS.has(before ?? '') && tokens[post - 2]?.sentence !== sentence;
  const gender = before === 'his' ? 'm' : 'f';
  /** A body fitting by its sector only, kept while a body whose name holds the noun may still come up. */
  let bySector: Entity | null = null;
  for (let k = list.length - 1; k >= 0 && k >= list.length - 12; k--) {
    const x = list[k] as Mention;
    const s = tokens[x.first]?.sentence ?? -1;
    if (!bodyNoun && s !== sentence && !(opens && s === sentence - 1)) return bySector;
    const e = x.entity;
    if (!e || x.kind !== 'entity' || !(e.aff.country || e.aff.body || e.aff.sector)) continue;
    if (person) {
      if (e.type === 'person' && !e.plural && e.gender !== (gender === 'm' ? 'f' : 'm')) return e;
      continue;
    }
    if (e.type === 'person' || e.type === 'anonymous') continue;
    // ('rights groups have blamed ... Claire Nicolet, the group's head': groups in the plural are no 'the group'.)
    if (e.plural && bodyNoun && !e.organisation) continue;
    // A country acting ('Cairo', 'Egypt') is too vague a referent: which of two countries 'the government' is
    // needs a reader.
    if (isCountryEntity(e)) continue;
    // 'the ministry' is the Gaza Health Ministry named before, not the Israeli military named since; 'a
    // spokesman for the office' the Taiwan Affairs Office, before the State Council named after it.
    if (!bodyNoun || e.name.toLowerCase().includes(bodyNoun)) return e;
    if (sectors?.includes(e.aff.sector ?? '')) bySector ??= e;
  }
  return bySector;
}

/** Qualifiers that make the unnamed insiders: 'people familiar with the talks', 'a person briefed on it'. */
const INSIDER_QUALIFIERS = new Set(['familiar', 'knowledgeable', 'close', 'briefed', 'involved']);

/** The side of '<word> rights' groups the camps tell apart ('gun rights groups' against gun-control ones). */
const RIGHTS_CAUSES = new Map<string, Cause>([
  ['gun', 'gun rights'],
  ['abortion', 'abortion rights'],
]);

/** Rights that are everyone's: 'human rights groups' and 'civil rights leaders' stand for no one side. */
const UNIVERSAL_RIGHTS = new Set(['human', 'civil']);

/**
 * Where the cause before 'rights' starts when a group's words open with it ('abortion-rights groups' from
 * '-rights groups', 'gun rights advocates' from 'rights advocates'); -1 when they do not.
 */
function causeBefore(tokens: readonly Token[], first: number, head: number, blockFirst: number): number {
  let r = first;
  if (tokens[r]?.text === '-') r++;
  if (r >= head || tokens[r]?.lower !== 'rights') return -1;
  const p = first - 1;
  const hyphen = tokens[first]?.text === '-' ? (tokens[first] as Token) : null;
  if (hyphen && tokens[p]?.end !== hyphen.start) return -1;
  const word = tokens[p];
  // (Capitalised only as a sentence's first word: 'Gun rights advocates said'.)
  const opens = tokens[p - 1]?.sentence !== word?.sentence;
  if (p < blockFirst || !word?.isWord || (word.cap && !opens) || UNIVERSAL_RIGHTS.has(word.lower)) return -1;
  if (word.pos !== 'NOUN' && !(word.pos === 'PROPN' && opens) && !hyphen) return -1;
  return p;
}

/** Where 'anti-abortion' or 'pro-life' ends right before `first` starts; -1 when it does not. */
function antiAbortionBefore(tokens: readonly Token[], first: number, blockFirst: number): number {
  let end = first;
  // (Over the one word a group's head may have before it: 'anti-abortion activist groups'.)
  if (
    tokens[end - 1]?.pos === 'NOUN' &&
    !/^(abortion|life|anti-abortion|pro-life)$/.test(tokens[end - 1]?.lower ?? '')
  )
    end--;
  const w = tokens[end - 1]?.lower;
  // (wink keeps 'anti-abortion' one word, or splits it at the hyphen.)
  if (w === 'anti-abortion' || w === 'pro-life') return end - 1 >= blockFirst ? end - 1 : -1;
  const prefix = w === 'abortion' ? 'anti' : w === 'life' ? 'pro' : null;
  if (!prefix || tokens[end - 2]?.text !== '-' || tokens[end - 3]?.lower !== prefix) return -1;
  return end - 3 >= blockFirst ? end - 3 : -1;
}

const WORKPLACE: ReadonlySet<string> = new Set(WORKPLACE_HEADS);

/** Words of a clause that keeps its subject unnamed ('who asked not to be named', 'who requested anonymity'). */
const UNNAMED_WORDS = new Set(['named', 'identified', 'anonymity', 'anonymously']);
const UNNAMED_REACH = 12;

/** Whether the clause from `from` (up to a comma or full stop) keeps its subject unnamed. */
function unnamedClause(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + UNNAMED_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.text === ',' || t.text === '.') return false;
    if (UNNAMED_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** The sex a clause's possessive or pronoun gives ('who asked not to be named for fear of losing her job'). */
function clauseGender(tokens: readonly Token[], from: number): 'm' | 'f' | null {
  for (let k = from; k < from + 20; k++) {
    const w = tokens[k]?.lower;
    if (!w || w === ',' || w === '.') return null;
    if (w === 'her' || w === 'she' || w === 'herself') return 'f';
    if (w === 'his' || w === 'he' || w === 'him' || w === 'himself') return 'm';
  }
  return null;
}

/** Whether a report verb, or a comma opening an apposition or clause, follows a mention ending at `last`. */
function speaksNext(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last];
  return !!t && (t.text === ',' || (t.pos !== 'NOUN' && reportVerbOf(t) !== null));
}

/** Words before 'one' that make it no one, or a thing ('no one said', 'this one said little'). */
const NOT_SOMEONE = new Set([
  'no',
  'any',
  'every',
  'each',
  'the',
  'this',
  'that',
  'which',
  'someone',
  'anyone',
]);

/**
 * 'one' right beside a report verb ('"...," one said', 'said one'), when the sentence or the one before
 * named a group of people ('residents', 'protesters', 'officials'): an unnamed one of them.
 */
function oneOfGroup(tokens: readonly Token[], i: number, scan: Scan, blockFirst: number): Entity | null {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (prev && NOT_SOMEONE.has(prev.lower)) return null;
  const next = tokens[i + 1];
  const before = !!next && next.pos !== 'NOUN' && reportVerbOf(next) !== null;
  const after = !!prev && reportVerbOf(prev) !== null && (!next || /^[.,;!?]$/.test(next.text));
  if (!before && !after) return null;
  for (let k = i - 1; k >= blockFirst && k >= i - 80; k--) {
    const w = tokens[k] as Token;
    if (t.sentence - w.sentence > 1) break;
    const info = scan.words[k]?.info;
    if (!info || !/s$/.test(w.lower)) continue;
    const sector = GROUP_HEADS.get(w.lower);
    if (sector === undefined && !info.anonHead) continue;
    return plainEntity(`one of the ${w.lower}`, 'anonymous', { country: null, sector: sector ?? null });
  }
  return null;
}

/** Words that pick some of a group named before ('one of the officials'). */
const PARTITIVES = new Set(['one', 'another', 'two', 'three', 'some', 'both']);

/** The group named before that 'one of the people' at `i` picks from, if any. */
function partitiveGroup(
  tokens: readonly Token[],
  i: number,
  groups: ReadonlyMap<string, Entity>,
  last: Entity | null,
): { entity: Entity; n: number } | null {
  if (tokens[i + 1]?.lower !== 'of') return null;
  const det = tokens[i + 2]?.lower;
  // ('Two people familiar with the plan said ... One of them, who spoke on condition of anonymity, said':
  // the group named last, in this sentence or the one before.)
  if (det === 'them' && last) return { entity: last, n: 3 };
  if (det !== 'the' && det !== 'those' && det !== 'these') return null;
  const head = tokens[i + 3];
  const entity = head && head.sentence === tokens[i]?.sentence ? groups.get(head.lower) : undefined;
  return entity ? { entity, n: 4 } : null;
}

/** 'two unnamed US officials', 'a person familiar with the matter', 'rights groups', 'a group of Republican lawmakers'. */
function anonymousAt(
  doc: AnalysisDoc,
  scan: Scan,
  head: number,
  blockFirst: number,
  end: number,
  orgFirst: number | null,
): { first: number; last: number; entity: Entity } | null {
  const { tokens } = doc;
  const h = tokens[head];
  if (!h) return null;
  // wink reads 'sources' after 'according to' as a verb ('to source'); there it is the noun.
  if (h.pos === 'VERB' && !(tokens[head - 1]?.lower === 'to' && tokens[head - 2]?.lower === 'according'))
    return null;
  // ('according to official figures', 'an official statement': the adjective before a thing, no one speaking.)
  const thing = tokens[head + 1];
  if (
    h.lower === 'official' &&
    thing?.isWord &&
    !thing.cap &&
    (thing.pos === 'NOUN' || thing.pos === 'ADJ') &&
    !scan.words[head + 1]?.info?.anonHead &&
    // ('An EU official involved in coordinating ...': a qualifier of the official, not a thing.)
    !ANON_QUALIFIERS.has(thing.lower)
  )
    return null;
  let first = orgFirst ?? head;
  // ('A senior EU diplomat': the words before the body's name belong to the description too; so does the
  // candidate before 'campaign': 'A Harris campaign official'.)
  while (first > blockFirst) {
    // (Never back over a dash set apart: 'HAVANA (Reuters) - Residents said'; 'Abortion-rights groups' is one word.)
    const dash = tokens[first - 1];
    if (dash && DATELINE_DASHES.has(dash.text) && dash.end < (tokens[first] as Token).start) break;
    if (scan.words[first - 1]?.modifier) first--;
    // ('A senior church official', 'a party official': a noun between the description's words and its head.)
    // (One person, not a group: 'labor-policy experts' and 'Some experts' stay one source.)
    else if (
      first === head &&
      !h.lower.endsWith('s') &&
      tokens[first - 1]?.pos === 'NOUN' &&
      !tokens[first - 1]?.cap &&
      scan.words[first - 2]?.modifier &&
      first - 2 >= blockFirst
    )
      first--;
    else if (
      tokens[first]?.lower === 'campaign' &&
      tokens[first - 1]?.cap &&
      tokens[first - 1]?.pos === 'PROPN'
    )
      first--;
    else break;
  }
  // ('Small groups of protesters', 'Hundreds of demonstrators': the quantity before 'of' is part of the
  // description.)
  // ('Thousands of protesters': wink may tag the quantity opening a sentence a proper noun or a number.)
  const quantity = tokens[first - 1];
  if (
    tokens[first]?.lower === 'of' &&
    first - 1 >= blockFirst &&
    (quantity?.pos === 'NOUN' || /^(thousands|hundreds|dozens|millions|scores)$/.test(quantity?.lower ?? ''))
  ) {
    first--;
    // (wink may tag a sentence's capitalised first word a proper noun: 'Small groups of protesters'.)
    const opener = (k: number) =>
      tokens[k]?.pos === 'PROPN' && tokens[k - 1]?.sentence !== tokens[k]?.sentence;
    while (first > blockFirst && (/^(ADJ|DET|NUM)$/.test(tokens[first - 1]?.pos ?? '') || opener(first - 1)))
      first--;
  }
  if (orgFirst === null && WORKPLACE.has(h.lower)) {
    // 'A plant supervisor', 'one hospital employee': the words of the workplace are part of the description.
    while (first > blockFirst) {
      const w = tokens[first - 1] as Token;
      if ((w.pos === 'NOUN' || w.pos === 'ADJ') && !w.cap) first--;
      else if (scan.words[first - 1]?.modifier) first--;
      else break;
    }
    // 'John Bentel, a tech staffer at the State Department': an apposition describes someone named.
    if (tokens[first - 1]?.text === ',') return null;
  }
  let last = head + 1;
  const next = tokens[last];
  // 'officials Jake Sullivan' is a title, not an unnamed speaker.
  if (next && isCap(next) && next.pos === 'PROPN' && !countryOf(next)) return null;
  let qualified = false;
  const after = tokens[last + 1];
  if (
    next?.lower === 'who' &&
    after &&
    (after.lemma === 'say' || after.lemma === 'tell' || after.lower === 'said')
  )
    // 'a source who told him ...': the clause is what the source said, not part of the description.
    qualified = true;
  else if (
    next?.text === ',' &&
    (after?.lower === 'who' || after?.lower === 'speaking') &&
    unnamedClause(tokens, last + 2, end)
  )
    // 'A plant supervisor, who asked not to be named, said', 'A senior military officer, speaking on
    // condition of anonymity, told Reuters': the clause says the speaker is unnamed.
    qualified = true;
  // ('killing 17 people in what rights groups called': a relative clause's preposition qualifies no one.)
  else if (next && ANON_QUALIFIERS.has(next.lower) && !/^(what|which|whom)$/.test(after?.lower ?? '')) {
    qualified = true;
    // Take the qualifier up to the next comma or verb of the main clause.
    let k = last;
    while (k < end && k < last + 10) {
      const t = tokens[k];
      if (
        !t ||
        t.text === ',' ||
        t.text === '.' ||
        (t.pos === 'VERB' &&
          k > last + 1 &&
          !/ing$|ed$/.test(t.lower) &&
          // ('Officials who have seen the plan said': a participle inside the 'who' clause.)
          !(tokens[k - 1]?.pos === 'AUX' && tokens[last]?.lower === 'who')) ||
        // ('a supervisor at the plant described chaos': a past tense after the qualifier's noun is the verb.)
        (t.pos === 'VERB' &&
          k > last + 1 &&
          /ed$/.test(t.lower) &&
          (tokens[k - 1]?.pos === 'NOUN' || tokens[k - 1]?.pos === 'PROPN')) ||
        // ('officials who declined to be named said': wink may tag 'said' after a participle an adjective.)
        (k > last + 1 && (t.lower === 'said' || t.lower === 'told')) ||
        // ('An officer with the Tulsa Police Department shot a man': after a name, a lowercase word wink
        // tags a noun and an article are the main clause's verb and object.)
        (k > last + 1 && t.pos === 'NOUN' && !t.cap && tokens[k - 1]?.cap && tokens[k + 1]?.pos === 'DET')
      )
        break;
      if (t.text === '"' || t.text === '“') break;
      // ('Officials in Damascus have promised': an auxiliary after the qualifier opens the main clause's verb.)
      if (k > last + 1 && t.pos === 'AUX' && tokens[last]?.lower !== 'who') break;
      // ('who asked not to be named because the talks are private': the reason is not part of the name.)
      if (k > last + 1 && t.lower === 'because') break;
      k++;
    }
    last = k;
  }
  const isAnon = ANON_HEADS.has(h.lower);
  if (NEEDS_QUALIFIER.has(h.lower) && !qualified) return null;
  // 'abortion-rights groups', 'gun rights advocates': rights to one cause make a side's advocates, not a
  // human-rights group; the cause is part of the name.
  const cause = causeBefore(tokens, first, head, blockFirst);
  if (cause >= 0) first = cause;
  // ('Anti-abortion groups', 'Pro-life leaders': the other side of the abortion-rights groups.)
  const against = cause < 0 ? antiAbortionBefore(tokens, first, blockFirst) : -1;
  if (against >= 0) first = against;
  const { aff, roles } = affiliationOfWords(tokens, NO_ORGS, first, head + 1);
  if (cause >= 0) {
    aff.sector = 'advocacy';
    aff.cause = RIGHTS_CAUSES.get((tokens[cause] as Token).lower) ?? null;
  } else if (against >= 0) {
    aff.sector = 'advocacy';
    aff.cause = 'anti-abortion';
  }
  // 'people familiar with the talks' are insiders of some side, not the public.
  if (qualified && aff.sector === 'public' && INSIDER_QUALIFIERS.has(next?.lower ?? '')) aff.sector = null;
  // 'sources inside Border Patrol', 'officials in Kyiv': the body or place the qualifier names, when the
  // words before the head named none. ('A Western diplomat in Vienna', 'diplomats in Beirut': a diplomat
  // in a city is posted there, most often by another country.)
  const posted = (h.lower === 'diplomat' || h.lower === 'diplomats') && next?.lower === 'in';
  if (qualified && !aff.country && !aff.body && !posted) {
    for (let k = head + 1; k < last; k++) {
      const o = gazHitAt(scan.gaz, k)?.organisation;
      if (o) {
        const oa = orgAffiliation(o);
        Object.assign(aff, {
          country: oa.country,
          body: oa.body ?? null,
          sector: oa.body ? oa.sector : (aff.sector ?? oa.sector),
        });
        break;
      }
      const c = countryOf(tokens[k] as Token);
      if (c && isCap(tokens[k] as Token)) {
        aff.country = c;
        break;
      }
    }
  }
  // ('Political observers in Virginia say': commentators on politics, not a government's people.)
  if (
    /^observers?$/.test(h.lower) &&
    (!aff.sector || aff.sector === 'politics' || aff.sector === 'government')
  )
    aff.sector = 'expert';
  if (isAnon) {
    // Unnamed officials, diplomats and aides speak for a government even when the text names no country.
    if (!aff.sector && /official|diplomat|aide/.test(h.lower)) aff.sector = 'government';
    if (roles.includes('military') || roles.includes('army')) aff.sector = 'military';
    const name = doc.text.slice(tokens[first]?.start ?? 0, tokens[last - 1]?.end ?? 0);
    return {
      first,
      last,
      entity: plainEntity(name, 'anonymous', aff, /s$/.test(h.lower) || h.lower === 'people', null, roles),
    };
  }
  // Groups: need a sector from the head or a modifier ('rights groups', 'humanitarian groups', 'Republican lawmakers').
  const headSector = GROUP_HEADS.get(h.lower) ?? null;
  // 'Union leaders say', 'Business leaders argued': the word before 'leaders' says whose.
  // ('Climate activists blocked the entrance': campaigners for a cause are that cause's side.)
  const side =
    first === head && (h.lower === 'leaders' || h.lower === 'groups' || CAMPAIGN_HEADS.has(h.lower))
      ? LEADERS_OF.get(tokens[head - 1]?.lower ?? '')
      : undefined;
  if (side) {
    first = head - 1;
    aff.sector = side.sector;
    if (side.cause) aff.cause = side.cause;
  }
  const sector = aff.sector && aff.sector !== 'public' ? aff.sector : headSector;
  // ('Critics said it was wrong': people the text leaves unnamed and unplaced are an unnamed source.)
  if (!sector && UNNAMED_SIDES.has(h.lower) && !aff.country) {
    while (first < head && !tokens[first]?.isWord) first++;
    const name = doc.text.slice(tokens[first]?.start ?? 0, tokens[head]?.end ?? 0);
    return { first, last: head + 1, entity: plainEntity(name, 'anonymous', aff, true, null, roles) };
  }
  if (!sector) return null;
  if (first === head && (h.lower === 'groups' || h.lower === 'group' || h.lower === 'agencies')) return null;
  const name = doc.text.slice(tokens[first]?.start ?? 0, tokens[head]?.end ?? 0);
  const entity = plainEntity(
    name,
    sector === 'expert' || sector === 'politics' || sector === 'public' || h.lower === 'leaders'
      ? 'person'
      : 'organisation',
    { ...aff, sector },
    true,
    null,
    roles,
  );
  return { first, last: head + 1, entity };
}

/** People named only by the side they take ('critics', 'opponents'): unnamed sources when nothing places them. */
const UNNAMED_SIDES = new Set(['critics', 'opponents', 'supporters', 'detractors', 'skeptics', 'sceptics']);

/** People who campaign: the cause named before them is their side ('climate activists', 'union activists'). */
const CAMPAIGN_HEADS = new Set(['activists', 'campaigners', 'advocates']);

/** Whose leaders or groups a word before 'leaders' or 'groups' names ('union leaders', 'industry groups'). */
const LEADERS_OF = new Map<string, { sector: Sector; cause?: Cause }>([
  ['union', { sector: 'advocacy', cause: 'labour' }],
  ['unions', { sector: 'advocacy', cause: 'labour' }],
  ['labor', { sector: 'advocacy', cause: 'labour' }],
  ['labour', { sector: 'advocacy', cause: 'labour' }],
  ['business', { sector: 'business' }],
  ['industry', { sector: 'business' }],
  ['corporate', { sector: 'business' }],
  ['opposition', { sector: 'politics' }],
  ['environmental', { sector: 'advocacy', cause: 'environment' }],
  ['climate', { sector: 'advocacy', cause: 'environment' }],
]);

/** 'the official', 'the top U.S. diplomat', 'the report', 'the outlet'. */
/**
 * Post heads a seat or country may follow ('the mayor of Springfield'), not bodies ('the ministry of ...'):
 * true when any capitalised name after them is a seat, false when only a country or known place is (a
 * company, a university or a party has a president, a chancellor or a leader too).
 */
const SEAT_HEADS = new Map([
  ['minister', true],
  ['premier', true],
  ['governor', true],
  ['mayor', true],
  ['senator', true],
  ['mp', true],
  ['congressman', true],
  ['congresswoman', true],
  ['legislator', true],
  ['lawmaker', true],
  ['president', false],
  ['leader', false],
  ['ambassador', false],
  ['envoy', false],
  ['chancellor', false],
]);

/**
 * The country or seat named after a post's head at `k` ('of Ukraine', 'for Lambridge North', 'from Ohio'): up
 * to three capitalised words no gazetteer name starts, not a possessive ('of Ukraine's military') and no
 * name after them; where it ends and the country it names, or null.
 */
function seatAfter(
  tokens: readonly Token[],
  k: number,
  end: number,
  gazAt: Int32Array,
): { last: number; country: string | null } | null {
  const glue = tokens[k]?.lower;
  const anySeat = SEAT_HEADS.get(tokens[k - 1]?.lower ?? '');
  if (anySeat === undefined || (glue !== 'of' && glue !== 'for' && glue !== 'from')) return null;
  let first = k + 1;
  if (tokens[first]?.lower === 'the') first++;
  let last = first;
  while (last < end && last < first + 3 && tokens[last]?.cap && tokens[last]?.isWord && !gazAt[last]) last++;
  if (last === first) return null;
  const next = tokens[last];
  if (next && (next.cap || isPossessive(next.text) || next.text === '-')) return null;
  const w = tokens[first] as Token;
  const country = (last - first === 2 ? countryOfPair(w, tokens[first + 1]) : countryOf(w)) || null;
  if (!anySeat && !country && placeAt(tokens, first, last)?.n !== last - first) return null;
  return { last, country };
}

function definiteAt(doc: AnalysisDoc, i: number, end: number, gazAt?: Int32Array): Mention | null {
  const { tokens } = doc;
  let refCountry: string | null = null;
  let refRoles: string[] | undefined;
  let refPortfolio: string | undefined;
  for (let k = i + 1; k < Math.min(end, i + 5); k++) {
    const t = tokens[k];
    if (!t) return null;
    if (DOC_NOUNS.has(t.lower) && t.pos === 'NOUN')
      return { first: i, last: k + 1, kind: 'document', entity: null, ref: t.lower };
    // ('"...," the head of state added': the president named before.)
    if (t.lower === 'head' && tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.lower === 'state')
      return {
        first: i,
        last: k + 3,
        kind: 'definite',
        entity: null,
        ref: 'president',
        refCountry,
        refRoles,
      };
    // ('the chief adviser', 'the chief executive': 'chief' before another head is a rank, not the head.)
    const rank = t.lower === 'chief' && DEF_NOUNS.has(tokens[k + 1]?.lower ?? '');
    if (DEF_NOUNS.has(t.lower) && t.pos !== 'VERB' && !rank) {
      const after = tokens[k + 1];
      if (after && isCap(after) && after.pos === 'PROPN') return null;
      // ('The president of Ukraine', 'the mayor of Springfield', 'The MP for Lambridge North': the country or
      // seat after the head is part of the description; a body's name after it is read on its own.)
      const tail = gazAt ? seatAfter(tokens, k + 1, end, gazAt) : null;
      if (tail?.country) refCountry = tail.country;
      // ('The police commander-general, Bernardino Rafael,': a hyphenated rank is one head.)
      const hyphened =
        !tail && after?.text === '-' && after.start === t.end && tokens[k + 2]?.lower === 'general' ? 2 : 0;
      const d: Mention = {
        first: i,
        last: tail ? tail.last : k + 1 + hyphened,
        kind: 'definite',
        entity: null,
        ref: t.lower,
        refCountry,
        refRoles,
      };
      if (refPortfolio) d.refPortfolio = refPortfolio;
      return d;
    }
    if (PORTFOLIOS.has(t.lower)) refPortfolio = t.lower;
    // ('the Labour MP': a party's word says whose member, as 'Democratic' does.)
    if (t.cap && partyOfWord(t.lower)) continue;
    const c = countryOf(t);
    if (!c && (wordInfoOf(t)?.sector || rank)) {
      refRoles ??= [];
      refRoles.push(t.lower);
    }
    // ("the Istanbul governor's office", 'the Ohio attorney general': a place says where the post is.)
    const place = c || !t.cap ? null : placeAt(tokens, k, end);
    if (place) {
      refCountry = place.country;
      k += place.n - 1;
    } else if (c) refCountry = c;
    else if (
      !(
        t.pos === 'ADJ' ||
        // ('the state civil defense agency', 'the city health department': nouns that say which body.)
        (t.pos === 'NOUN' && !t.cap) ||
        t.lower === 'top' ||
        t.lower === 'senior' ||
        t.lower === 'chief' ||
        t.lower === 'foreign' ||
        // ('the deputy minister', 'the defense minister': a role or a portfolio before the head.)
        !!wordInfoOf(t)?.sector ||
        PORTFOLIOS.has(t.lower) ||
        t.lower === 'military' ||
        t.lower === 'rights'
      )
    )
      return null;
  }
  return null;
}

/** Verbs of a clause in which someone gives the name the text may use ('who gave only her first name'). */
const GIVE_NAME_VERBS = new Set([
  'give',
  'identify',
  'provide',
  'offer',
  'go',
  'ask',
  'want',
  'agree',
  'use',
]);

/**
 * The name a 'who' clause at `who` gives: 'who gave only her first name, Maria', 'who identified himself only
 * as Ahmed', 'who gave her name as Fatima'; with the gender its pronoun says. Null when the clause gives none
 * ('who declined to give her name', 'who identified herself as a teacher').
 */
function nameGivenAt(
  tokens: readonly Token[],
  who: number,
): { first: number; last: number; gender: 'm' | 'f' | null } | null {
  const sentence = tokens[who]?.sentence;
  let verb = false;
  let gender: 'm' | 'f' | null = null;
  for (let k = who + 1; k < who + 12; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || (t.pos === 'PUNCT' && t.text !== ',')) return null;
    if (GIVE_NAME_VERBS.has(t.lemma)) verb = true;
    else if (t.lower === 'her' || t.lower === 'herself') gender = 'f';
    else if (t.lower === 'his' || t.lower === 'himself') gender = 'm';
    if (!verb || (t.lower !== 'name' && t.lower !== 'as')) continue;
    let j = k + 1;
    if (t.lower === 'name')
      while (
        j < k + 4 &&
        (tokens[j]?.lower === 'only' || tokens[j]?.lower === 'as' || tokens[j]?.text === ',')
      )
        j++;
    const name = tokens[j];
    if (!name?.cap || !name.isWord || name.pos === 'PRON' || name.pos === 'DET') {
      if (t.lower === 'as') continue;
      return null;
    }
    const last = tokens[j + 1]?.cap && tokens[j + 1]?.pos === 'PROPN' ? j + 2 : j + 1;
    return { first: j, last, gender };
  }
  return null;
}

/**
 * 'A plant worker who gave only her first name, Maria,', 'said a farmer who gave only his first name, Ali':
 * someone described whom the text then names is that person, with what the description says of them. The
 * mention runs from the description to the name, so the verb after the name finds it.
 */
function namedByGivenName(doc: AnalysisDoc, m: Mentions): void {
  const { tokens } = doc;
  const { list } = m;
  let changed = false;
  for (let w = 1; w < tokens.length; w++) {
    if (tokens[w]?.lower !== 'who') continue;
    const named = nameGivenAt(tokens, w);
    if (!named) continue;
    const before = tokens[w - 1]?.text === ',' ? w - 2 : w - 1;
    const held = list[m.at[w] ?? -1] ?? list[m.at[before] ?? -1];
    let first = -1;
    let aff: Affiliation | null = null;
    if (held?.kind === 'entity' && held.entity && !held.entity.plural && held.last <= named.first) {
      const e = held.entity;
      if (e.type !== 'anonymous' && !(e.type === 'person' && /^(a|an|one|the) /i.test(e.name))) continue;
      first = held.first;
      aff = { ...e.aff };
    } else {
      // ('said a farmer who ...': a description no mention holds; its head is the word before 'who'.)
      const sector = sectorOfWord(tokens[before]?.lower ?? '');
      if (!sector) continue;
      let k = before;
      while (k > before - 4 && k > 0 && /^(ADJ|NOUN)$/.test(tokens[k - 1]?.pos ?? '')) k--;
      if (!/^(a|an|one|the)$/.test(tokens[k - 1]?.lower ?? '')) continue;
      first = k - 1;
      aff = { country: null, sector };
    }
    const name = doc.text.slice(tokens[named.first]?.start, tokens[named.last - 1]?.end);
    const entity = plainEntity(name, 'person', aff, false, named.gender);
    // The new mention replaces every mention within its span.
    let at = 0;
    while (at < list.length && (list[at] as Mention).last <= first) at++;
    let end = at;
    while (end < list.length && (list[end] as Mention).first < named.last) end++;
    list.splice(at, end - at, { first, last: named.last, kind: 'entity', entity });
    changed = true;
    w = named.last - 1;
  }
  if (!changed) return;
  m.at.fill(-1);
  list.forEach((x, k) => {
    for (let j = x.first; j < x.last; j++) m.at[j] = k;
  });
}

/** Gives generic unnamed sources ('sources', 'a person familiar with the matter') the affiliation of nearby unnamed officials. */
function refineAnonymous(doc: AnalysisDoc, m: Mentions): void {
  // Most documents have no generic unnamed source: nothing to refine, no list to build.
  let generic = false;
  for (const x of m.list) {
    const e = x.entity;
    if (e?.type === 'anonymous' && !e.aff.country && !e.aff.sector) {
      generic = true;
      break;
    }
  }
  if (!generic) return;
  const withAff = m.list.filter(
    (x) => x.entity?.type === 'anonymous' && (x.entity.aff.country || x.entity.aff.sector),
  );
  for (const x of m.list) {
    const e = x.entity;
    if (e?.type !== 'anonymous' || e.aff.country || e.aff.sector) continue;
    // ('Critics of UNRWA ... say' near 'Israeli officials say': critics are nobody's officials.)
    if (UNNAMED_SIDES.has((doc.tokens[x.last - 1] as Token).lower)) continue;
    const block = doc.tokens[x.first]?.block ?? 0;
    let best: Entity | null = null;
    let dist = 3;
    for (const y of withAff) {
      const d = Math.abs((doc.tokens[y.first]?.block ?? 0) - block);
      if (d < dist && y.entity) {
        dist = d;
        best = y.entity;
      }
    }
    if (best) Object.assign(e, { aff: { ...best.aff }, camp: best.camp, affiliation: best.affiliation });
  }
}

const QUOTE_MARK = /^["“”‘’«»]$/;
/** Prepositions of place and motion: a country after one is where something happens, not who speaks. */
const LOCATIVE = new Set([
  'to',
  'in',
  'into',
  'from',
  'at',
  'across',
  'toward',
  'towards',
  'visit',
  'visited',
]);

/** Prepositions after which a country acts on someone, and is not theirs ('sanctioned by the U.S.'). */
const AGENTIVE = new Set(['by', 'against']);
/** Goods and markets after a country word: trade, not whose an official is (lemmas). */
const TRADED = new Set([
  'good',
  'import',
  'export',
  'product',
  'steel',
  'aluminum',
  'aluminium',
  'car',
  'auto',
  'lumber',
  'dairy',
  'grain',
  'wheat',
  'beef',
  'pork',
  'wine',
  'market',
  'stock',
  'bond',
  'asset',
  'consumer',
  'economy',
]);
/** Officials in the plural that a speaker may be one of ('German officials, including ...'). */
const GROUP_OF_OFFICIALS = new Set([
  'officials',
  'ministers',
  'diplomats',
  'leaders',
  'lawmakers',
  'politicians',
]);

/** Mentions of countries the setting needs: this many for the most-named one, and this share of all. */
const SETTING_MIN = 3;
const SETTING_SHARE = 2 / 3;

/**
 * The country an article is set in: the one its capitalised country words ('France', 'French', 'Paris'),
 * places ('Ohio', 'Lyon') and listed bodies ('the Pentagon') name most, when at least SETTING_MIN mentions
 * point to it and they are at least SETTING_SHARE of all such mentions. Null when the text names countries
 * seldom or splits between several: then an official with no country stays 'country not named' rather than
 * being given a wrong one. Credits and boilerplate do not count.
 */
function settingCountry(doc: AnalysisDoc, scan: Scan): { setting: string | null; leading: string | null } {
  const { tokens } = doc;
  const { gaz } = scan;
  const counts = new Map<string, number>();
  let total = 0;
  for (const block of doc.blocks) {
    const kind = doc.blockKinds[block.i];
    if (kind === 'credit' || kind === 'boilerplate') continue;
    for (let k = block.first; k < block.last; k++) {
      const t = tokens[k] as Token;
      if (!t.cap) continue;
      let country: string | null = null;
      let n = 1;
      const hit = gazHitAt(gaz, k);
      if (hit) {
        // (A state's body says where the story is; a company or a charity says only where it is based:
        // 'The association represents Amazon, Google and Meta' sets no story in the United States.)
        country = stateBodyCountry(hit.organisation) ?? hit.outlet?.country ?? null;
        n = gazEndAt(gaz, k) - k;
        // An outlet's home is where it is from, not where the story is; initials or a short name two bodies
        // go by say neither ('RSF', 'CGT', 'Democratic Party').
        if (
          hit.outlet ||
          (n <= 2 && localNameBodies().has(n === 1 ? t.text : `${t.text} ${tokens[k + 1]?.text}`))
        )
          country = null;
      } else {
        const pair = wordInfoOf(t)?.multi ? countryOfPair(t, tokens[k + 1]) : null;
        if (pair) n = 2;
        const place = pair ? null : placeAt(tokens, k, block.last);
        if (place) n = place.n;
        // ('President Biden', 'Zelensky': a known office holder's country is where the story is, too.)
        country = pair ?? countryOf(t) ?? place?.country ?? scan.words[k]?.holder?.country ?? null;
      }
      if (country) {
        counts.set(country, (counts.get(country) ?? 0) + 1);
        total++;
      }
      k += n - 1;
    }
  }
  let best: string | null = null;
  let most = 0;
  let second = 0;
  for (const [c, n] of counts)
    if (n > most) {
      best = c;
      second = most;
      most = n;
    } else if (n > second) second = n;
  if (most < SETTING_MIN) return { setting: null, leading: null };
  return { setting: most >= total * SETTING_SHARE ? best : null, leading: most > second ? best : null };
}

/**
 * The country of a state's body (its government, forces, courts, parties); null for a rights group, a
 * charity or a company, whose seat says nothing of whose official is named beside it ('Amnesty
 * International said ..., but police spokesman Muyiwa Adejobi' in Nigeria: no British police).
 */
function stateBodyCountry(o: Organisation | undefined): string | null {
  if (!o) return null;
  const sector = orgAffiliation(o).sector;
  return sector && STATE_SECTORS.has(sector) ? o.country : null;
}

/** Whether the verb at `k` is the one right after the speaker named up to `last` or after their apposition. */
function opensPredicate(tokens: readonly Token[], k: number, last: number): boolean {
  let j = k - 1;
  while (j >= last && (tokens[j]?.pos === 'ADV' || tokens[j]?.pos === 'AUX')) j--;
  return j < last || tokens[j]?.text === ',';
}

/** A government title without a country ('National Security Adviser Jake Sullivan'): the country named in the same sentence, outside quotations. */
function sentenceCountry(doc: AnalysisDoc, first: number, last: number, gaz: GazMatches): string | null {
  const { tokens } = doc;
  const s = doc.sentences[tokens[first]?.sentence ?? -1];
  if (!s) return null;
  const at = (k: number) => {
    const t = tokens[k];
    if (!t) return null;
    // The second word of a two-word place ('New Mexico'): the place, not the country 'Mexico'.
    const inPlace = placeAt(tokens, k - 1);
    if (inPlace?.n === 2) return inPlace.country;
    // 'a former aide who went with her to Burma': a country someone goes to or is in is where, not whose.
    // (A state or city there still tells the country: 'campaigning in Ohio'.)
    // ('who has been sanctioned by the U.S.': nor is the agent of what was done to them.)
    const before = tokens[k - 1]?.lower === 'the' ? tokens[k - 2] : tokens[k - 1];
    const locative =
      LOCATIVE.has(tokens[k - 1]?.lower ?? '') ||
      AGENTIVE.has(before?.lower ?? '') ||
      // ('counter-tariffs on American goods, Prime Minister Mark Carney announced': a country's goods or
      // markets say nothing of whose the official is.)
      TRADED.has(tokens[k + 1]?.lemma ?? '');
    return (
      (locative
        ? null
        : (countryOf(t) ??
          (wordInfoOf(t)?.multi ? countryOfPair(t, tokens[k + 1]) : null) ??
          stateBodyCountry(gazHitAt(gaz, k)?.organisation))) ??
      // 'Rep. Adam Schiff, the top Democrat on ...': a party or a place beside the speaker is theirs; not
      // a party word inside another name ('Christian Democrats', 'Sweden Democrats').
      (t.cap
        ? ((tokens[k - 1]?.cap || otherPartyName(tokens, k) ? null : partyOfWord(t.lower)?.country) ??
          placeAt(tokens, k)?.country)
        : null) ??
      null
    );
  };
  // ('accused ... by German officials, including government spokesman Steffen Hebestreit': one of them.)
  if (tokens[first - 1]?.lower === 'including' && tokens[first - 2]?.text === ',') {
    const t = tokens[first - 4];
    const c = t ? countryOf(t) : null;
    if (c && GROUP_OF_OFFICIALS.has(tokens[first - 3]?.lower ?? '')) return c;
  }
  for (let k = first - 1; k >= s.first && !QUOTE_MARK.test(tokens[k]?.text ?? ''); k--) {
    const c = at(k);
    if (c) return c;
  }
  for (let k = last; k < s.last && !QUOTE_MARK.test(tokens[k]?.text ?? ''); k++) {
    // ('commander D.S. Hooda said the truce depended on Pakistan': what follows the report verb is what
    // was said, not whose the speaker is.)
    const t = tokens[k] as Token;
    if (t.pos === 'VERB' && (t.lemma === 'say' || t.lemma === 'tell' || isThirdPersonReportVerb(t))) {
      // Unless the reported clause opens with a country, which is mostly the speaker's own ('Secretary of
      // State John F. Kerry said the United States would work with ...').
      let n = k + 1;
      if (tokens[n]?.lower === 'that') n++;
      if (tokens[n]?.lower === 'the') n++;
      // (As the clause's subject, before its verb: not 'said the Indian "occupation forces"'.)
      const head = tokens[n];
      if (n >= s.last || !head) return null;
      const width = wordInfoOf(head)?.multi && countryOfPair(head, tokens[n + 1]) ? 2 : 1;
      const verbNext = tokens[n + width]?.pos === 'AUX' || tokens[n + width]?.pos === 'VERB';
      return verbNext ? at(n) : null;
    }
    // ('Vincent Magwenya, the presidential spokesperson, dismissed the White House claims': after the
    // speaker's own verb comes what they act on, not whose they are.)
    // (A participle opens an apposition, not the predicate: 'Admiral Mei Chia-shu, speaking to reporters
    // outside the Legislative Yuan, said'.)
    if (t.pos === 'VERB' && !t.lower.endsWith('ing') && opensPredicate(tokens, k, last)) return null;
    const c = at(k);
    if (c) return c;
  }
  return null;
}
