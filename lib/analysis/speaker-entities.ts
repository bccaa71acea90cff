/**
 * Speaker entities: who a mention stands for, with affiliation and camp. Built from the gazetteers
 * (outlets, organisations, office holders) and from title words; pure, shared by the mention scan,
 * attribution and the detectors.
 */
import {
  type Organisation,
  type Outlet,
  people as officeHolders,
  organisations,
  outlets,
  type Person,
} from '@/lib/lexicons/gazetteer';
import {
  type Affiliation,
  CITY_COUNCIL_POSTS,
  campOf,
  countryOfWord,
  MULTIWORD_COUNTRY_FIRST,
  otherPartyName,
  partyOfWord,
  type Sector,
  sectorOfWord,
  TRADE_UNION_WORDS,
} from './camps';
import type { AnalysisDoc } from './detector';
import { splitPhrases } from './phrase-matcher';
import {
  BODY_NAME_WORDS,
  countryOfPair,
  GENDERED,
  HONORIFIC,
  isAgeNoun,
  isCap,
  isPossessive,
  MODIFIER_SECTOR,
  NGO_NAME_ENDS,
  PORTFOLIOS,
  placeAt,
  representativeTitle,
} from './speaker-words';
import type { Mention, Mentions } from './speakers';
import { type Token, WordTable } from './tokenize';
import type { SourceType, SpeakerType } from './types';

export interface Entity {
  name: string;
  type: SpeakerType;
  sourceType: SourceType;
  aff: Affiliation;
  affiliation: string | null;
  camp: string;
  plural: boolean;
  gender: 'm' | 'f' | null;
  /** Role words of a title ('deputy foreign minister'), for 'the minister' style references. */
  roles: string[];
  outlet?: Outlet;
  organisation?: Organisation;
  /** For 'Politico sources': the outlet that relays them. */
  via?: string;
}

/** `local`: a short name the body goes by only in stories set in its country (a gazetteer localName). */
export type GazHit = { outlet?: Outlet; organisation?: Organisation; local?: true };
export interface GazPattern {
  words: string[];
  /** Single names match case-sensitively ('AP', 'Kan' are not 'ap', 'kan'); longer names ignore case. */
  exact: boolean;
  hit: GazHit;
}
let gazIndex: Map<string, GazPattern[]> | undefined;

/** Gazetteer names split as wink splits text, indexed by first word (lowercased), longest first. */
export function gazetteer(): Map<string, GazPattern[]> {
  if (gazIndex) return gazIndex;
  const names: { name: string; hit: GazHit }[] = [];
  for (const o of outlets())
    for (const n of [o.name, ...o.aliases]) names.push({ name: n, hit: { outlet: o } });
  for (const o of organisations())
    for (const n of [o.name, ...o.aliases]) names.push({ name: n, hit: { organisation: o } });
  // ('CNE', 'PAN': a local name no other entry goes by is matched too, and kept only in a story set in the
  // body's country; see localNamesOfSetting.)
  const taken = new Set(names.map((n) => n.name));
  for (const o of organisations())
    for (const n of o.localNames ?? [])
      if (!taken.has(n)) names.push({ name: n, hit: { organisation: o, local: true } });
  const bare = names.map((n) => n.name.replace(/^the\s+/i, ''));
  const split = splitPhrases(bare);
  const index = new Map<string, GazPattern[]>();
  names.forEach((n, k) => {
    const raw = split[k] ?? [];
    if (!raw.length) return;
    const exact = !/\s/.test(bare[k] ?? '');
    const words = exact ? raw : raw.map((w) => w.toLowerCase());
    const key = (raw[0] ?? '').toLowerCase();
    const list = index.get(key) ?? [];
    list.push({ words, exact, hit: n.hit });
    index.set(key, list);
  });
  for (const list of index.values()) list.sort((x, y) => y.words.length - x.words.length);
  gazIndex = index;
  return index;
}

/** The gazetteer names of a document: where each starts, how far it runs and what it names. */
export interface GazMatches {
  /** Per token: 1 + index in `names` of the name starting there, or 0 (most tokens). */
  at: Int32Array;
  names: GazPattern[];
}

/** The gazetteer entry named at token `i`, or undefined. */
export const gazHitAt = (gaz: GazMatches, i: number): GazHit | undefined =>
  gaz.names[(gaz.at[i] ?? 0) - 1]?.hit;

/** Where the gazetteer name starting at token `i` ends (exclusive); `i` when none starts there. */
export const gazEndAt = (gaz: GazMatches, i: number): number =>
  i + (gaz.names[(gaz.at[i] ?? 0) - 1]?.words.length ?? 0);

/**
 * The gazetteer names starting with one word, narrowed by the word after it: a name of two or more words
 * can only match when its second word is the next token's (lowercased), so most of the list need not be
 * tried ('Ukraine' starts nine names; 'Ukraine said' can only be the one-word ones).
 */
export interface GazStart {
  /** Names of one token, longest-first order kept. */
  single: readonly GazPattern[];
  /** Lowercased second word -> the names that may match (one-token names included), in list order. */
  byNext: ReadonlyMap<string, readonly GazPattern[]>;
}

/** The names a gazetteer list holds, arranged by second word (see GazStart). */
function gazStartOf(list: readonly GazPattern[]): GazStart {
  const single = list.filter((p) => p.words.length === 1);
  const byNext = new Map<string, GazPattern[]>();
  for (const p of list) {
    const second = p.words[1]?.toLowerCase();
    if (second !== undefined && !byNext.has(second))
      byNext.set(
        second,
        list.filter((q) => q.words.length === 1 || q.words[1]?.toLowerCase() === second),
      );
  }
  return { single, byNext };
}

/** The gazetteer names whose first word is the token's word, or null: one array lookup per token. */
export function gazStartOfWord(word: string): GazStart | null {
  const list = gazetteer().get(word);
  return list ? gazStartOf(list) : null;
}

/**
 * The longest gazetteer name of `start` (the names starting with word `i`'s word) that the tokens from
 * `i` spell, or null.
 */
export function gazNameAt(tokens: readonly Token[], i: number, start: GazStart): GazPattern | null {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  const names =
    next && next.block === t.block ? (start.byNext.get(next.lower) ?? start.single) : start.single;
  for (const p of names) {
    const n = p.words.length;
    let ok = i + n <= tokens.length;
    for (let k = 0; ok && k < n; k++) {
      const x = tokens[i + k];
      ok = !!x && x.block === t.block && (p.exact ? x.text === p.words[k] : x.lower === p.words[k]);
    }
    if (ok && !(n === 1 && p.hit.organisation?.type === 'company' && placeUse(tokens, i))) return p;
  }
  return null;
}

/** Nouns that make a one-word company's name a place's ('the Amazon rainforest', 'the Amazon basin'). */
const PLACE_HEADS = new Set(['rainforest', 'river', 'basin', 'jungle', 'forest', 'region', 'delta', 'biome']);

/**
 * A one-word company name at `i` used as a place: before a place's noun, or after 'the' with no noun after
 * it ('deforestation in the Amazon'); 'the Amazon warehouse' and 'Amazon said' stay the company.
 */
function placeUse(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && PLACE_HEADS.has(next.lower)) return true;
  return tokens[i - 1]?.lower === 'the' && !(next?.pos === 'NOUN' && !next.cap);
}

const ORG_SECTOR: Record<Organisation['type'], Sector> = {
  government: 'government',
  ministry: 'government',
  military: 'military',
  security: 'security',
  court: 'judiciary',
  legislature: 'politics',
  party: 'politics',
  'rights-group': 'rights',
  humanitarian: 'humanitarian',
  international: 'international',
  'armed-group': 'armed-group',
  'think-tank': 'expert',
  'advocacy-group': 'advocacy',
  company: 'business',
  journal: 'expert',
};

export function orgAffiliation(o: Organisation): Affiliation {
  const sector = ORG_SECTOR[o.type];
  const body =
    sector === 'international' || sector === 'armed-group' || (sector === 'judiciary' && !o.country)
      ? o.name
      : o.type === 'legislature' && o.country === 'United States'
        ? 'Congress'
        : null;
  if (o.type === 'party') {
    // 'Republican Party', 'Labour Party': the party a word of its name stands for, as in 'Republican lawmakers'.
    // ('National Republican Senatorial Committee'; not 'Democratic Unionist Party', a party of another country.)
    let party: string | null = null;
    for (const w of o.name.toLowerCase().split(' ')) {
      const p = partyOfWord(w);
      if (p && p.country === o.country) party ??= p.party;
    }
    // ('Reform UK', 'Scottish National Party': a party no single word names is known by its name.)
    return { country: o.country, sector, body, party: party ?? o.name };
  }
  if (o.cause) return { country: o.country, sector, body, cause: o.cause };
  // ('Elections Alberta said': a province's body speaks for the province, not for Ottawa.)
  return o.local ? { country: o.country, sector, body, local: true } : { country: o.country, sector, body };
}

/** A body named as a party ('the party', 'the Workers' Party'): an organisation, not a state body. */
const PARTY_NAME = /\bpart(y|ies)$/i;

function sourceTypeOfSector(sector: Sector | null, party: string | null | undefined): SourceType {
  // A party ('the Republican National Committee', 'the Labour Party') is an organisation: it may be out of
  // power. A legislature is a state body.
  if (sector === 'politics' && party) return 'organisation';
  // Police, the FBI and intelligence services are civilian state bodies: government sources, not military.
  if (sector === 'government' || sector === 'politics' || sector === 'judiciary' || sector === 'security')
    return 'government';
  if (sector === 'military') return 'military';
  return 'organisation';
}

export function makeEntity(
  name: string,
  type: SpeakerType,
  aff: Affiliation,
  extra: Partial<Entity> = {},
): Entity {
  // As `{ ...defaults, ...extra }` would build it (same keys, same order), without the generic object copy.
  const e = buildEntity(
    name,
    type,
    aff,
    extra.outlet,
    'plural' in extra ? (extra.plural as boolean) : false,
    'gender' in extra ? (extra.gender as Entity['gender']) : null,
    'roles' in extra ? (extra.roles as string[]) : [],
  );
  for (const key of EXTRA_KEYS) if (key in extra) (e as unknown as Record<string, unknown>)[key] = extra[key];
  return e;
}

/** Entity fields a caller may add beyond the defaults (callers give at most one of them). */
const EXTRA_KEYS = ['outlet', 'organisation', 'via'] as const;

/**
 * `makeEntity(name, type, aff, { plural, gender, roles })` for an entity with no outlet, organisation or
 * relay (most people and unnamed sources): the fields as arguments, no options object to read.
 */
export function plainEntity(
  name: string,
  type: SpeakerType,
  aff: Affiliation,
  plural = false,
  gender: 'm' | 'f' | null = null,
  roles: string[] = [],
): Entity {
  return buildEntity(name, type, aff, undefined, plural, gender, roles);
}

/** The `source` of an outlet made up from a newspaper's name in the text, not taken from the gazetteer. */
export const UNLISTED_OUTLET = 'the article text (a newspaper name the gazetteer does not list)';
/** Source of an outlet the gazetteer does not list that the article describes as one ('Agerpres, the state news agency'). */
export const DESCRIBED_OUTLET = 'the article text (an outlet the gazetteer does not list, described as one)';

/** Source of news media the article cites without naming an outlet ('state media reported', 'according to Israeli media'). */
export const UNNAMED_MEDIA = 'the article text (news media cited without an outlet named)';

/** Roles of a member of a legislature ('senator', 'Rep.', 'lawmakers'). */
const LEGISLATOR_ROLE = /^(senator|sen\.|senators|lawmakers?|legislators?|congress\w*|rep\.|representative)$/;
const isLegislatorRoles = (roles: readonly string[]): boolean =>
  roles.some((r) => LEGISLATOR_ROLE.test(r)) && !roles.includes('state');

function buildEntity(
  name: string,
  type: SpeakerType,
  aff: Affiliation,
  outlet: Outlet | undefined,
  plural: boolean,
  gender: 'm' | 'f' | null,
  roles: string[],
): Entity {
  // A US legislator sits in Congress, whether the title named the country ('U.S. Sen. Jane Roe') or a place
  // after the name gave it ('Senator Rand Paul of Kentucky'); a state senator does not (see isLegislatorRoles).
  // Every entity is built here, so this is the one place the rule is kept.
  // ('Republican lawmakers criticized the governor's order': lawmakers in the plural sit in a state's
  // legislature as often as in Congress, and nothing says which.)
  const anyLegislature =
    plural && roles.every((r) => /^(lawmakers|legislators)$/.test(r) || partyOfWord(r) !== null);
  if (
    aff.sector === 'politics' &&
    aff.country === 'United States' &&
    !aff.body &&
    isLegislatorRoles(roles) &&
    !anyLegislature
  )
    aff = { ...aff, body: 'Congress' };
  // ('a German MEP', 'Dutch MEP Bas Eickhout': a member of the European Parliament sits in it, whichever
  // country elected them, as 'a Dutch member of the European Parliament' does.)
  if (!aff.body && roles.some((r) => r === 'mep' || r === 'meps'))
    aff = { ...aff, sector: 'international', body: 'European Parliament' };
  const anonymous = type === 'anonymous';
  const sourceType: SourceType = outlet
    ? outlet.type === 'wire agency'
      ? 'wire'
      : 'outlet'
    : anonymous
      ? 'anonymous'
      : type === 'person'
        ? 'person'
        : sourceTypeOfSector(aff.sector, aff.party ?? (PARTY_NAME.test(name) ? name : null));
  const camp = outlet ? 'News media' : campOf(aff, anonymous);
  const affiliation = outlet
    ? outlet.source === UNLISTED_OUTLET
      ? [outlet.country, 'newspaper not in the gazetteer'].filter(Boolean).join(', ')
      : outlet.source === UNNAMED_MEDIA
        ? [
            outlet.country,
            outlet.type === 'state-affiliated'
              ? 'state media, no outlet named'
              : 'news media, no outlet named',
          ]
            .filter(Boolean)
            .join(', ')
        : outlet.source === DESCRIBED_OUTLET
          ? [
              outlet.country,
              `${outlet.type === 'private' ? 'news' : outlet.type === 'wire agency' ? 'wire' : outlet.type} outlet not in the gazetteer`,
            ]
              .filter(Boolean)
              .join(', ')
          : `${outlet.country}, ${outlet.type}`
    : aff.country || aff.sector || aff.body
      ? camp
      : null;
  return { name, type, sourceType, aff, affiliation, camp, plural, gender, roles };
}

/** Sectors whose camp names a country: an official, soldier, police officer, politician, court or civilian. */
const SETTING_SECTORS: ReadonlySet<Sector> = new Set<Sector>([
  'government',
  'military',
  'security',
  'politics',
  'judiciary',
  'public',
]);

const inSettingOf = new WeakMap<Entity, Entity>();

/** Words that describe someone as from outside the country a story is set in. */
const FROM_ELSEWHERE = /\b(western|foreign|european|arab|asian|gulf|regional|international|overseas)\b/i;

/**
 * The entity as the article's output shows it: one whose camp needs a country the text never gave it
 * ('Interior Minister Gérard Lavigne' in a story set in France) takes the country the article is set in;
 * every other entity is returned as it is. The entity itself is left alone (attribution keeps reading it).
 */
export function inSetting(e: Entity, setting: string | null): Entity {
  const { aff } = e;
  if (!setting || e.outlet || aff.country || aff.body || !aff.sector || !SETTING_SECTORS.has(aff.sector))
    return e;
  // ('A Western diplomat', 'a foreign official': described as from elsewhere, so not the setting's.)
  if (FROM_ELSEWHERE.test(e.name)) return e;
  const known = inSettingOf.get(e);
  if (known?.aff.country === setting) return known;
  const placed = { ...aff, country: setting };
  const built = plainEntity(e.name, e.type, placed);
  const out = { ...e, aff: placed, affiliation: built.affiliation, camp: built.camp };
  inSettingOf.set(e, out);
  return out;
}

const relayed = new WeakMap<Entity, Map<string, Entity>>();

/** 'Politico reported, citing sources': the generic sources become 'Politico sources' (one entity per outlet). */
export function relayedBy(outlet: Entity, cited: Entity): Entity {
  if (!outlet.outlet || cited.type !== 'anonymous' || !/^(sources?|officials?)$/i.test(cited.name))
    return cited;
  const byOutlet = relayed.get(cited) ?? new Map<string, Entity>();
  relayed.set(cited, byOutlet);
  const e = byOutlet.get(outlet.name) ?? { ...cited, name: `${outlet.name} ${cited.name}`, via: outlet.name };
  byOutlet.set(outlet.name, e);
  return e;
}

/** What a private adviser advises on: 'financial adviser', 'investment advisor'. */
const PRIVATE_ADVICE = new Set([
  'financial',
  'investment',
  'tax',
  'wealth',
  'retirement',
  'legal',
  'business',
]);
/** Last words of names of bodies that campaign rather than study ('Freedom Alliance', 'Climate Coalition'). */
const CAMPAIGN_NAME_ENDS = new Set(['alliance', 'coalition', 'network', 'campaign', 'action']);
/** Lowercase words inside a body's name: 'Institute for National Security Studies'. */
const NAME_JOINERS = new Set(['for', 'of', 'on', 'and', 'the']);
/** Heads of bodies whose names go on after a joiner ('Committee to Protect Journalists', 'Union of ...'). */
const JOINED_BODY_HEADS = new Set(['committee', 'federation', 'union', 'league', 'council', 'association']);

/**
 * Whether the capitalised word at `k`, after a joiner, goes on the name of a body: back over joiners and
 * capitalised words to a capitalised head from JOINED_BODY_HEADS ('Committee for the Defence of').
 */
function joinedBodyBefore(words: readonly Token[], first: number, k: number): boolean {
  let joined = false;
  for (let j = k - 1; j >= first && j > k - 8; j--) {
    const w = words[j] as Token;
    if (w.cap && JOINED_BODY_HEADS.has(w.lower)) return joined;
    if (!w.cap) {
      if (!NAME_JOINERS.has(w.lower) && w.lower !== 'to') return false;
      joined = true;
    }
  }
  return false;
}
/** What an aide who is no official's aide helps with: 'home health aide', 'nursing aide', 'teacher aide'. */
const CARE_WORK = new Set([
  'health',
  'nursing',
  'care',
  'home',
  'teacher',
  "teacher's",
  'classroom',
  'nurse',
]);
/** Posts that every kind of body has: alone they do not make a speaker an official. */
export const GENERIC_POSTS: ReadonlySet<string> = new Set([
  'director',
  'coordinator',
  'head',
  'chief',
  'executive',
  'deputy',
  'president',
  'founder',
  'co-director',
  'co-founder',
  'co-president',
]);
/** Posts that speak for a body of any kind: at an unknown body they say nothing of its sector. */
const SPOKES_POSTS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chairman',
  'chairwoman',
  'chair',
  'co-chair',
  'co-chairs',
  'co-chairman',
  'co-chairwoman',
]);
/**
 * Heads of membership bodies' names: unions, trade and professional associations, lobbies ('National
 * Education Association', 'American Federation of Teachers', 'U.S. Chamber of Commerce').
 */
const MEMBERSHIP_HEADS = new Set([
  'association',
  'federation',
  'union',
  'league',
  'coalition',
  'chamber',
  'guild',
]);
/** Academic bodies: a director or head there is an expert, not an official. */
const ACADEMIC_BODIES = new Set(['university', 'college']);
/** Words that mark a public body however it is named ('National Counterterrorism Center', 'State Institute'). */
const PUBLIC_BODY_WORDS = new Set(['national', 'federal', 'state', 'government', 'royal', 'public', 'city']);
/** Posts a politician holds, which a former holder leaves for politics ('Former President Ivan Duque'). */
const POLITICAL_POSTS = new Set([
  'president',
  'vice',
  'premier',
  'prime',
  'minister',
  'chancellor',
  'governor',
  'gov.',
  'mayor',
  'pm',
]);

/** Words before 'strategist' that make it a market analyst's post, not a campaign's. */
const MARKET_WORDS = new Set([
  'global',
  'market',
  'markets',
  'investment',
  'equity',
  'equities',
  'currency',
  'rates',
  'fx',
  'macro',
  'credit',
  'bond',
  'portfolio',
  'economic',
  'oil',
  'energy',
  'stock',
  'commodities',
]);
/** Party names that are also a political leaning ('conservative economists', 'liberal scholars'). */
const IDEOLOGY_WORDS = new Set(['conservative', 'conservatives', 'liberal', 'liberals', 'progressive']);
/** What one word of a title tells, looked up once per word rather than in four maps per use. */
interface TitleWord {
  /** The country the word names alone; for a first word of a two-word name see `multi`. */
  country: string | null;
  multi: boolean;
  party: { country: string; party: string } | null;
  sector: Sector | null;
  /** The sector a modifier word gives the head ('military' spokesman). */
  modifier: Sector | undefined;
  gender: 'm' | 'f' | null;
}
const titleWords = new WordTable<TitleWord>((w) => ({
  country: countryOfWord(w),
  multi: MULTIWORD_COUNTRY_FIRST.has(w),
  party: partyOfWord(w),
  sector: sectorOfWord(w),
  modifier: MODIFIER_SECTOR[w],
  gender: GENDERED[w] ?? (Object.hasOwn(HONORIFIC, w) ? (HONORIFIC[w] ?? null) : null),
}));

/**
 * Country, sector, body and party of a title ('Russian Deputy Foreign Minister'), its role words and the
 * gender they give. Reads `words[first..last)` (all of `words` by default), so callers need not slice.
 */
export function affiliationOfWords(
  words: readonly Token[],
  orgs: readonly Organisation[],
  first = 0,
  last = words.length,
): { aff: Affiliation; roles: string[]; gender: 'm' | 'f' | null } {
  let country: string | null = null;
  let head: Sector | null = null;
  let modifier: Sector | null = null;
  let body: string | null = null;
  let party: string | null = null;
  /** The word that gave the party, and whether it gave the country too ('Conservative' gives Britain). */
  let partyAt = -1;
  let partyCountry = false;
  let gender: 'm' | 'f' | null = null;
  /** The word that gave the country. */
  let countryAt = -1;
  let placeCountry: string | null = null;
  /** The place came from a state, region or city named in the words, not from an office holder's name. */
  let subnational = false;
  /** 'campaign spokesman', 'a senior adviser to the Clinton campaign': an election campaign's staff. */
  let campaign = false;
  /** 'a spokeswoman for the Trump Organization': a company named after its owner. */
  let companyNamedAfter = false;
  /** 'Secretary-General António Guterres': with no body named, the United Nations' post. */
  let secretaryGeneral = false;
  const roles: string[] = [];
  /** The sector of a body's kind named with a possessive before the post ("the charity's"). */
  let owner: Sector | null = null;
  /** Inside the name of a think tank or institute ('Institute for National Security Studies'). */
  let inNgoName = false;
  for (let k = first; k < last; k++) {
    const t = words[k];
    if (!t) continue;
    // Its capitalised words name the body's subject, not the speaker's post.
    if (t.cap && NGO_NAME_ENDS.has(t.lower)) inNgoName = true;
    else if (!t.cap && !NAME_JOINERS.has(t.lower)) inNgoName = false;
    if (inNgoName && t.cap && !NGO_NAME_ENDS.has(t.lower)) continue;
    // ('Committee for the Defence of Journalists', 'Federation of Police Officers': after a body's word and
    // its joiner, the capitalised words are the body's name, not the speaker's post.)
    if (t.cap && k > first && joinedBodyBefore(words, first, k)) continue;
    // ("King's College London", "Queen's University": a title's possessive naming a college or university is
    // the body's name, no monarch.)
    if (t.cap && isPossessive(words[k + 1]?.text) && ACADEMIC_BODIES.has(words[k + 2]?.lower ?? '')) {
      k++;
      continue;
    }
    // ('Union Home Minister Amit Shah', 'Union Cabinet': in India the Union is the national government, no
    // trade union.)
    if (t.cap && t.lower === 'union' && UNION_GOVERNMENT_NEXT.test(words[k + 1]?.lower ?? '')) continue;
    // ('the Democratic Unionist Party', 'the Ulster Unionist Party': unionists of a union of nations, no trade union.)
    if (t.cap && t.lower === 'unionist' && words[k + 1]?.lower === 'party') continue;
    // ('a nurse at the general hospital', 'the general election': lowercase 'general' before a noun is no rank.)
    if (!t.cap && t.lower === 'general' && words[k - 1]?.lower === 'the' && words[k + 1]?.pos === 'NOUN')
      continue;
    const w = titleWords.lower(t);
    // ('director of the group Clean Air Neighbors', 'Parents Defending Education': capitalised people of
    // the public inside a description name a group; a title's own words stand before the name.)
    if (w.sector === 'public' && t.cap && k > first && !KIN_TITLE.has(t.lower) && words[k - 1]?.cap) continue;
    const c = (w.multi ? countryOfPair(t, k + 1 < last ? words[k + 1] : undefined) : null) ?? w.country;
    // ('the UN special envoy for Yemen', 'ambassador to France': where an envoy is sent is not whose they are.)
    const sentTo =
      k - 2 >= first &&
      (words[k - 1]?.lower === 'for' || words[k - 1]?.lower === 'to') &&
      /^(envoy|envoys|ambassador|ambassadors|representative|coordinator|rapporteur)$/.test(
        words[k - 2]?.lower ?? '',
      );
    if (c && sentTo) continue;
    if (c && !country) {
      country = c;
      countryAt = k;
    }
    // A state, province or city in the title: 'Texas Attorney General', 'Ontario Premier' (used last, below);
    // the second word of 'New Mexico' is then no country.
    const place = c ? null : placeAt(words, k, last);
    if (place) {
      if (!placeCountry) subnational = true;
      placeCountry ??= place.country;
      k += place.n - 1;
      continue;
    }
    // 'a former Obama administration official', 'Trump campaign manager': a known leader's country; but the
    // 'Trump Organization' and the 'Clinton Foundation' are bodies named after the person, not their office.
    if (!c && t.cap) {
      if (!namedAfter(words, k, last)) placeCountry ??= officeHolder(t.lower)?.country ?? null;
      else if (COMPANY_HEADS.has(words[k + 1]?.lower ?? '')) companyNamedAfter = true;
    }
    if (t.lower === 'campaign' || t.lower === 'campaign’s' || t.lower === "campaign's") campaign = true;
    // 'shadow chancellor': the opposition's spokesperson for a ministry, a politician, not an official.
    if (t.lower === 'shadow') campaign = true;
    // 'the party chairman', 'a party spokesman': a party's post.
    if ((t.lower === 'party' || t.lower === "party's" || t.lower === 'party’s') && k + 1 < last)
      campaign = true;
    // ('Labour Minister Jeannette Jara', 'Labor Secretary': a portfolio, not the party.)
    // ('the Liberal Democrats', 'Social Democrats', 'Christian Democrats': not the US party.)
    const p =
      (PORTFOLIO_HEADS.has(words[k + 1]?.lower ?? '') && /^labou?r$/.test(t.lower)) ||
      // ('a labour economist', 'labour market': work, not the party, when not capitalised.)
      (/^labou?r$/.test(t.lower) && !t.cap) ||
      // ('a hard-line conservative', 'a democratic government': a leaning or a kind of state, not the
      // party, when not capitalised.)
      (!t.cap && (IDEOLOGY_WORDS.has(t.lower) || /^democrat/.test(t.lower))) ||
      // ('Liberal Democrat leader Ed Davey': the word before may stand just before the title.)
      (/^democrat/.test(t.lower) &&
        words[k - 1]?.block === t.block &&
        OTHER_DEMOCRATS.has(words[k - 1]?.lower ?? ''))
        ? null
        : w.party;
    // ('the Cuban Democratic Directorate', 'the Venezuelan Democratic Movement': a party's word after
    // another country's is part of a name there, not that party.)
    // ('the Constitutional Democratic Party of Japan': a party named for its country is that country's.)
    // ('the Republican Party of Alberta': a province's too.)
    const partyOf =
      words[k + 1]?.lower === 'party' && words[k + 2]?.lower === 'of' && k + 3 < last
        ? (countryOfWord(words[k + 3]?.lower ?? '') ?? placeAt(words, k + 3, last)?.country ?? null)
        : null;
    // ('the opposition Democratic Center party', 'the Democratic Unionist Party': another party's name that
    // opens with the word.)
    const otherParty = otherPartyName(words, k);
    const foreignName =
      !!p &&
      (otherParty ||
        (!!partyOf && partyOf !== p.country) ||
        // (The country's word may stand just before the words read: the body's name runs on from it.)
        (!!words[k - 1]?.cap &&
          !!countryOfWord(words[k - 1]?.lower ?? '') &&
          countryOfWord(words[k - 1]?.lower ?? '') !== p.country));
    if (p && !foreignName) {
      party = p.party;
      partyCountry = country === null;
      country ??= p.country;
      partyAt = k;
    }
    const prev = k > first ? (words[k - 1]?.lower ?? '') : '';
    const prevWord = prev === '-' && k - 2 >= first ? (words[k - 2]?.lower ?? '') : prev;
    if (t.lower === 'general' && prevWord === 'secretary') secretaryGeneral = true;
    // 'the general secretary of the CGT', 'General Secretary Xi Jinping': a union's or party's leader, not a
    // minister (the body named says which).
    const s =
      (/^secretar(y|ies)$/.test(t.lower) && prevWord === 'general') ||
      (t.lower === 'general' && /^secretar(y|ies)$/.test(k + 1 < last ? (words[k + 1]?.lower ?? '') : '')) ||
      // ('Atty. Gen. Pam Bondi': the attorney general, no general.)
      (t.lower === 'gen.' && attyBefore(words, k, first)) ||
      // ("the company's general counsel": its chief lawyer, no general.)
      (t.lower === 'general' && k + 1 < last && words[k + 1]?.lower === 'counsel')
        ? null
        : t.lower === 'counsel' && prev === 'general'
          ? 'counsel' // 'general counsel': a body's chief lawyer (whose body, the words around say)
          : t.lower === 'general' &&
              // ('secretary-general': wink reads the hyphen as a token of its own.)
              // ('comptroller general', 'Auditor General Karen Hogan': public audit offices, no generals.)
              (/^(secretary|attorney|atty\.?|surgeon|solicitor|inspector|director|prosecutor|consul|comptroller|controller|auditor|accountant|postmaster)$/.test(
                prevWord,
              ) ||
                // ('a doctor at Leeds General Infirmary', 'the General Medical Council': part of a body's name.)
                (t.cap && bodyNameAfter(words, k + 1, last)))
            ? null
            : /^(attorney|atty\.?)$/.test(t.lower) &&
                !PUBLIC_ATTORNEYS.has(prev) &&
                // ('Atty. Gen.': wink may keep the full stop apart.)
                !/^gen(eral|\.)$/.test(words[words[k + 1]?.text === '.' ? k + 2 : k + 1]?.lower ?? '')
              ? 'counsel' // 'Attorney Daniel Ortiz, who represents the family': a lawyer, not a prosecutor
              : prev === 'council' && t.lower === 'member'
                ? 'government' // 'City Council member': a city's post
                : t.lower === 'officer' &&
                    (C_SUITE.has(prev) ||
                      // ("Meta's chief global affairs officer": a chief ... officer is a company's; 'the chief
                      // medical officer' a public one.)
                      (someWord(words, Math.max(first, k - 4), k, (w) => w.lower === 'chief') &&
                        !CIVIL_OFFICERS.has(prev) &&
                        !sectorOfWord(prev)))
                  ? 'business' // 'Chief Executive Officer', 'chief financial officer': a company's post, no police
                  : /^officers?$/.test(t.lower) && CIVIL_OFFICERS.has(prev)
                    ? 'government' // 'the county health officer', 'a planning officer': a public servant, no police
                    : PRIVATE_ADVICE.has(prev) && /^advis[eo]rs?$/.test(t.lower)
                      ? 'expert' // 'a financial adviser' works for clients, not a government
                      : CARE_WORK.has(prev) && /^aides?$/.test(t.lower)
                        ? null // 'a home health aide', 'a teacher's aide' care for people, not for a government
                        : /^strategists?$/.test(t.lower) && MARKET_WORDS.has(prev)
                          ? 'expert' // 'chief global strategist', 'a market strategist' read markets, not politics
                          : /^traders?$/.test(t.lower) && MARKET_WORDS.has(prev)
                            ? 'business' // 'a bond trader' works in markets, not at a stall
                            : (representativeTitle(words, k) ?? w.sector);
    if (s) {
      // ('State Sen. Dale Harrington', 'a state lawmaker': a state legislature's member, not Congress's.)
      if (prev === 'state' && LEGISLATOR_ROLE.test(t.lower)) roles.push('state');
      roles.push(prev === 'council' && t.lower === 'member' ? 'councilmember' : t.lower);
      const mod = w.modifier;
      if (mod) modifier ??= mod;
      // ('an aid worker', 'a hospital employee at the Red Cross': a sector before the worker says whose.)
      // ('a barrister at Garden Court Chambers', 'a lawyer at the High Court': a lawyer works at a court,
      // and speaks for a client, not for the court.)
      if (!p && !(head && EVERYDAY_WORKERS.has(t.lower)) && !(head === 'counsel' && s === 'judiciary'))
        head = s;
    }
    gender ??= w.gender;
    // ("the charity's chief executive": whose the post is, when a word for the kind of body says it.)
    if (isPossessive(words[k + 1]?.text)) owner = OWNER_SECTORS.get(t.lower) ?? owner;
  }
  // 'a Socialist deputy for the Gironde', 'Renaissance deputy Thomas Verlaine': 'deputy' as the last post,
  // after a capitalised party or before 'for' a constituency, is a member of parliament, not a deputy minister.
  if (roles.at(-1) === 'deputy') {
    let d = last - 1;
    while (d > first && words[d]?.lower !== 'deputy') d--;
    // (The word before may stand just outside the title run; a sentence's first word is capitalised anyway.)
    const before = words[d - 1];
    const named =
      !!before?.cap &&
      before.sentence === words[d]?.sentence &&
      words[d - 2]?.sentence === before.sentence &&
      !titleWords.lower(before).sector;
    if (words[d + 1]?.lower === 'for' || named) head = 'politics';
  }
  let sector =
    (modifier === 'military' || modifier === 'security') && head !== 'politics' && head !== 'expert'
      ? modifier
      : head; // 'military experts' are experts, 'military analysts' analysts
  if (owner && (sector === 'business' || sector === null)) sector = owner;
  // ('Former President Ivan Duque', 'a former president who leads the Patriotic bloc': one who held a
  // government post speaks as a politician now, not for the government.)
  // (Only an elected or political post: a former ambassador, aide or official is still read as the
  // government's, as the text gives nothing else.)
  if (
    sector === 'government' &&
    roles.some((r) => POLITICAL_POSTS.has(r)) &&
    someWord(
      words,
      first,
      last,
      (w) => w.lower === 'former' || (w.lower === 'ex' && words[w.i + 1 - (words[0]?.i ?? 0)]?.text === '-'),
    )
  )
    // ('a senior fellow at the Hoover Institution and a former ambassador': what they do now, when said.)
    sector = someWord(words, first, last, (w) => sectorOfWord(w.lower) === 'expert') ? 'expert' : 'politics';
  // ('the opposition spokesman on finance', 'the minority spokesman': a post of the opposition, no government's.)
  if (
    (sector === 'government' || sector === null) &&
    roles.some((r) => r === 'opposition' || r === 'minority')
  )
    sector = 'politics';
  // ('Democratic Gov. Lorraine Achebe' governs a state, as 'Gov. Lorraine Achebe, a Democrat,' does: a party
  // before a governor's or mayor's title does not make the office holder a party politician.)
  const executive =
    sector === 'government' &&
    roles.some((r) => LOCAL_POSTS.has(r)) &&
    // ('Republican vice presidential nominee, Indiana Gov. Mike Pence' runs for office as a party's.)
    !roles.some((r) => sectorOfWord(r) === 'politics' && !partyOfWord(r));
  // ('Conservative economists said', 'liberal scholars': a leaning of experts, no party's, when the word is
  // not capitalised for the party alone.)
  const partyWord = words[partyAt];
  if (
    party &&
    sector === 'expert' &&
    partyWord &&
    IDEOLOGY_WORDS.has(partyWord.lower) &&
    (!partyWord.cap || words[partyAt - 1]?.sentence !== partyWord.sentence)
  ) {
    party = null;
    if (partyCountry) country = null;
  }
  // ('the campaign chairman': a campaign's chair, not a company's.)
  if (
    (party && !executive) ||
    (campaign && (sector === 'government' || sector === 'business' || sector === null))
  )
    sector = 'politics';
  /** Only posts any body has: 'president', 'executive director', 'spokeswoman'. */
  // ('president of the California Nurses Association': the members' work in the body's name is no post.)
  const genericPosts =
    roles.some((r) => !EVERYDAY_WORKERS.has(r)) &&
    roles.every((r) => GENERIC_POSTS.has(r) || r === 'ceo' || SPOKES_POSTS.has(r) || EVERYDAY_WORKERS.has(r));
  /** Such a post at a body the gazetteer does not know, outside party politics: its name says which body. */
  const postAtUnknownBody = genericPosts && !orgs.length && !party && !campaign;
  // 'president of the National Education Association', 'a spokesman for the American Federation of
  // Teachers': a post at a union, association or lobby is no government's or company's, though its name
  // says 'National' or 'American' (the country stays); 'a spokeswoman for the Trump Organization': a
  // company named after its owner is a company.
  if (postAtUnknownBody && membershipBody(words, first, last)) sector = 'advocacy';
  // ('director of the Nairobi-based think tank X': a post at a body the text calls a think tank.)
  else if (postAtUnknownBody && thinkTank(words, first, last)) sector = 'expert';
  // ('director of the polling firm Management & Fit': a pollster's post is an expert's, not a company's.)
  else if (postAtUnknownBody && someWord(words, first, last, (t) => ANALYST_FIRM_WORDS.has(t.lower)))
    sector = 'expert';
  // ('director of the Detroit-based group Clean Air Neighbors': a post at a group the text calls one.)
  else if (postAtUnknownBody && someWord(words, first, last, (t) => !t.cap && ADVOCACY_KINDS.has(t.lower)))
    sector = 'advocacy';
  else if (postAtUnknownBody && companyNamedAfter) sector = 'business';
  // 'a company spokeswoman', 'a spokesman for the firm': a company's post.
  else if (
    !orgs.length &&
    !party &&
    roles.some((r) => SPOKES_POSTS.has(r) || GENERIC_POSTS.has(r)) &&
    someWord(words, first, last, (t) => COMPANY_WORDS.has(t.lower))
  )
    sector = 'business';
  // 'executive director of the Arms Control Association', 'director of debate at the University of Michigan':
  // a generic post at a body the gazetteer does not know, named like a think tank, an advocacy group or a
  // university, is an expert's post, not a government one (a state or city in the body's name does not
  // make it public: 'New York University'), nor, for a chief executive, a company's
  // ('chief executive of the Refugee Action Network').
  else if (
    (sector === 'government' || sector === 'business') &&
    !orgs.length &&
    !country &&
    genericPosts &&
    someWord(
      words,
      first,
      last,
      (t) => isCap(t) && (NGO_NAME_ENDS.has(t.lower) || ACADEMIC_BODIES.has(t.lower)),
    ) &&
    !publicBodyWord(words, first, last)
  )
    // ('president of the Oregon Freedom Alliance': a body named like a campaign is an advocacy group's.)
    sector = someWord(words, first, last, (t) => isCap(t) && CAMPAIGN_NAME_ENDS.has(t.lower))
      ? 'advocacy'
      : 'expert';
  // 'Keron Blair, executive director of AROS': a director, head or founder of a body nothing else is known
  // about is not thereby an official; the sector stays unknown rather than 'Government (country not named)'.
  // ('President' is left out unless a body's name follows: alone it is far more often a head of state's
  // title; 'president of the Natural Resources Defense Council' is not.)
  else if (
    sector === 'government' &&
    !orgs.length &&
    !country &&
    !placeCountry &&
    roles.length > 0 &&
    roles.every(
      (r) =>
        // ('A Northlight spokeswoman': a spokesperson of a body named but not known is no official either.)
        (UNKNOWN_BODY_POSTS.has(r) &&
          (unknownNameBefore(words, first, last) || unknownBodyAfter(words, first, last))) ||
        (GENERIC_POSTS.has(r) &&
          (r !== 'president' ||
            someWord(
              words,
              first,
              last,
              (t) => isCap(t) && (NGO_NAME_ENDS.has(t.lower) || PRIVATE_BODY_ENDS.has(t.lower)),
            ) ||
            unknownBodyName(words, first, last))),
    ) &&
    !publicBodyWord(words, first, last)
  )
    sector = null;
  // 'chairman of the House Intelligence Committee': a legislator, whatever the committee's subject.
  if (!orgs.length && legislativeCommittee(words, first, last)) sector = 'politics';
  // 'chair of the school board', 'city council chairwoman': a local public body's chair, not a company's;
  // 'chairwoman of the committee' is a legislator.
  let chairOfLocalBody = false;
  if (sector === 'business' && !orgs.length && roles.length > 0 && roles.every((r) => CHAIR_POSTS.has(r))) {
    if (someWord(words, first, last, (t) => LOCAL_BOARD_WORDS.has(t.lower))) {
      sector = 'government';
      chairOfLocalBody = true;
    } else if (someWord(words, first, last, (t) => t.lower === 'committee' && !t.cap)) sector = 'politics';
  }
  // 'Fire Chief Kristin Crowley', 'the county fire marshal': a fire service is a city's or county's.
  const fireService =
    !orgs.length &&
    roles.some((r) => r === 'chief' || r === 'commissioner' || r === 'marshal' || r === 'captain') &&
    someWord(words, first, last, (t) => t.lower === 'fire');
  if (fireService) sector = 'government';
  // 'Iowa Gov. Kim Reynolds', 'Texas Attorney General', 'Mayor Vitali Klitschko': a state's, region's or
  // city's government, not the national one (its words carry no national body).
  const local =
    fireService ||
    chairOfLocalBody ||
    (sector === 'government' &&
      !orgs.length &&
      ((roles.some((r) => LOCAL_POSTS.has(r)) &&
        // ('Central bank governor Tomás Ferreyra': a national bank's governor, not a state's.)
        !someWord(words, first, last, (t) => t.lower === 'bank')) ||
        (!country && subnational) ||
        // ('Franklin County District Attorney', 'the county executive': a county's or district's office.)
        someWord(words, first, last, (t) => t.lower === 'county' || t.lower === "county's") ||
        countyProsecutor(words, first, last)));
  // (A district attorney is an American office.)
  if (!country && sector === 'government' && countyProsecutor(words, first, last)) country = 'United States';
  country ??= placeCountry;
  let cause: Affiliation['cause'] = null;
  // 'a former Pakistani ambassador to the United Nations', "Algeria's U.N. Ambassador": the body an envoy is
  // sent to is not whose they are, when a country says that.
  const sentTo =
    !!country &&
    roles.some((r) => r === 'ambassador' || r === 'envoy') &&
    (someWord(words, first, last, (t) => t.lower === 'to') ||
      (orgs.length > 0 && orgs.every((o) => orgAffiliation(o).sector === 'international')));
  for (const o of sentTo ? NO_ORGS : orgs) {
    const a = orgAffiliation(o);
    // ('spokesperson for the Taiwan Affairs Office': a country's word inside a body's name is the body's
    // subject; the body says whose it is.)
    const countryWord = words[countryAt];
    if (a.country && countryWord && o.name.toLowerCase().split(' ').includes(countryWord.lower))
      country = a.country;
    country ??= a.country;
    if (a.cause) cause = a.cause;
    if (
      a.sector === 'international' ||
      a.sector === 'armed-group' ||
      a.sector === 'rights' ||
      a.sector === 'humanitarian' ||
      a.sector === 'advocacy'
    ) {
      sector = a.sector;
      body = a.body ?? null;
      // A post any body has ('Fed Chair', 'NRA president') is at the body's sector.
    } else if (!sector || sector === 'government' || genericPosts) sector = a.sector ?? sector;
    if (a.body) body = a.body;
    // 'the Reform UK leader': a party's post carries the party.
    if (a.party && (sector === 'politics' || !sector)) party ??= a.party;
  }
  // "the party's secretary general", 'a party spokesman': a post in a political party nobody named.
  if (
    !orgs.length &&
    !party &&
    (sector === 'government' || sector === null) &&
    roles.length > 0 &&
    someWord(words, first, last, (t) => (t.lower === 'party' || t.lower === "party's") && !t.cap)
  )
    sector = 'politics';
  if (
    secretaryGeneral &&
    !orgs.length &&
    !country &&
    !party &&
    // ("the CGT's secretary-general": a body the gazetteer does not know is named.)
    !someWord(words, first, last, (t) => !UN_TITLE_WORDS.has(t.lower))
  ) {
    sector = 'international';
    body = UN;
  }
  // 'Police union president', 'teachers union leader', 'a union spokesman': a trade union's post (a union the
  // gazetteer knows, 'European Union', is read above).
  if (!orgs.length && roles.some((r) => UNION_ROLES.has(r))) {
    sector = 'advocacy';
    cause = 'labour';
  }
  // 'president of the Michigan Manufacturers Council', 'the National Association of Home Builders': a body
  // named for the trade its members work in is a business lobby, not a government.
  if (!orgs.length && someWord(words, first, last, (t) => isCap(t) && TRADE_MEMBERS.has(t.lower))) {
    sector = 'advocacy';
    cause = 'business';
  }
  const aff: Affiliation = { country, sector, body, party };
  if (local && sector === 'government') aff.local = true;
  // 'chairman of the National Rifle Association' takes the side the body takes.
  if (cause && sector === 'advocacy') aff.cause = cause;
  return { aff, roles, gender };
}

/** Fields before 'officer' that make a civil servant, not a police officer ('the county health officer'). */
const CIVIL_OFFICERS = new Set([
  'health',
  'medical',
  'planning',
  'education',
  'welfare',
  'housing',
  'environmental',
]);

/** Words after a capitalised 'Union' that make it India's national government ('Union Home Minister'). */
const UNION_GOVERNMENT_NEXT =
  /^(home|finance|health|education|defence|defense|external|law|minister|ministers|cabinet|government|budget|territory)$/;

/** The body whose secretary-general a title with no body named means. */
const UN = 'United Nations';
/** The only words of such a title: 'the former deputy Secretary-General'. */
const UN_TITLE_WORDS = new Set([
  'the',
  'a',
  'former',
  'deputy',
  'assistant',
  'under',
  'secretary',
  '-',
  'general',
]);

/** Whether 'think tank' stands in words [first, last). */
function thinkTank(words: readonly Token[], first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++)
    if (words[k]?.lower === 'tank' && words[k - 1]?.lower === 'think') return true;
  return false;
}

/** What a text calls a group it names ('the group X', 'the nonprofit X'). */
const ADVOCACY_KINDS = new Set(['group', 'nonprofit', 'coalition', 'campaign', 'movement']);

/** Kin words that stay roles when capitalised ('Mother Teresa' is no group). */
const KIN_TITLE = new Set(['mother', 'father']);

/** The first word of a company's officer's title: 'Chief Executive Officer', 'chief financial officer'. */
const C_SUITE = new Set([
  'executive',
  'operating',
  'financial',
  'technology',
  'information',
  'marketing',
  'investment',
  'commercial',
  'revenue',
  'product',
  'compliance',
]);

/** Words for a kind of body whose posts are not a company's ("the charity's chief executive"). */
const OWNER_SECTORS = new Map<string, Sector>([
  ['charity', 'humanitarian'],
  ['nonprofit', 'advocacy'],
  ['university', 'expert'],
  ['institute', 'expert'],
  ['campaign', 'politics'],
]);

/** People named by their work alone (the public, lawyers) unless another word of the title says whose. */
const EVERYDAY_WORKERS = new Set([
  'worker',
  'workers',
  'employee',
  'employees',
  'lawyer',
  'lawyers',
  'nurses',
  'teachers',
  'students',
  'patients',
  'driver',
  'drivers',
  'clerk',
  'boss',
  'bosses',
  'doctor',
  'doctors',
  'physician',
  'physicians',
]);

/** No organisations: for words read without a gazetteer body. */
export const NO_ORGS: readonly Organisation[] = [];

const UNION_ROLES: ReadonlySet<string> = new Set(TRADE_UNION_WORDS);

/** 'District Attorney', 'district attorney's office': a county's prosecutor in the United States. */
function countyProsecutor(words: readonly Token[], first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++)
    if (/^(attorney|attorney's)$/.test((words[k] as Token).lower) && words[k - 1]?.lower === 'district')
      return true;
  return false;
}

/** Words before 'attorney' that make a public prosecutor ('U.S. Attorney', 'district attorney'). */
const PUBLIC_ATTORNEYS = new Set(['district', 'u.s.', 'us', 'state', "state's", 'county', 'city', 'federal']);

/** Heads a portfolio word stands before ('Labour Minister'), so that word names no party there. */
const PORTFOLIO_HEADS = new Set(['minister', 'ministry', 'secretary', 'department', 'commissioner']);

/** Posts of a state, region or city, never of a national government. */
const LOCAL_POSTS = new Set([
  'governor',
  'gov.',
  'gov',
  'governors',
  'mayor',
  'mayors',
  'lieutenant',
  ...CITY_COUNCIL_POSTS,
]);

/** Heads of names of bodies named after a person ('Trump Organization', 'Clinton Foundation'). */
const NAMED_AFTER_HEADS = new Set([
  'organization',
  'organisation',
  'foundation',
  'library',
  'center',
  'centre',
  'institute',
  'corporation',
  'company',
  'enterprises',
]);
/** Of those, the ones that name a company. */
const COMPANY_HEADS = new Set(['organization', 'organisation', 'corporation', 'company', 'enterprises']);

/** Whether the capitalised word at k is followed by a capitalised NAMED_AFTER_HEADS word within the range. */
function namedAfter(words: readonly Token[], k: number, last: number): boolean {
  const next = k + 1 < last ? words[k + 1] : undefined;
  return !!next && isCap(next) && NAMED_AFTER_HEADS.has(next.lower);
}

/** Last words of bodies' names that are no state's: 'Natural Resources Defense Council' is an NGO's name. */
const PRIVATE_BODY_ENDS = new Set(['council', 'fund', 'club', 'trust', 'group', 'federation', 'league']);

/**
 * Whether `words[first..last)` name a membership body: a capitalised MEMBERSHIP_HEADS word that continues a
 * name ('Education Association') or is continued by one ('American Federation of Teachers'). After a country
 * word alone it names a state or a bloc ('Russian Federation', 'Soviet Union'), not a membership body.
 */
function membershipBody(words: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = words[k];
    if (!t || !isCap(t) || !MEMBERSHIP_HEADS.has(t.lower)) continue;
    const prev = k > first ? words[k - 1] : undefined;
    const prevIsName = !!prev && isCap(prev) && !titleWords.lower(prev).country;
    const next = k + 2 < last ? words[k + 2] : undefined;
    const ofName = words[k + 1]?.lower === 'of' && !!next && isCap(next);
    if (prevIsName || ofName) return true;
  }
  // ('the Committee to Protect Journalists', 'the Committee for the Defence of Journalists': a campaign's
  // committee; a legislature's is 'on' a subject, or named after its house.)
  for (let k = first; k + 1 < last; k++) {
    const t = words[k] as Token;
    const glue = words[k + 1]?.lower;
    if (isCap(t) && t.lower === 'committee' && (glue === 'for' || glue === 'to')) return true;
  }
  return false;
}

/** A legislature's house, whose committees are its members' ('the House Intelligence Committee'). */
const HOUSES = new Set(['house', 'senate']);

/**
 * Whether the words name a committee of a legislature: a capitalised 'House' or 'Senate', then capitalised
 * words, then 'Committee' ('House Intelligence Committee', 'Senate Armed Services Committee').
 */
function legislativeCommittee(words: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = words[k] as Token;
    if (!isCap(t) || !HOUSES.has(t.lower)) continue;
    for (let j = k + 1; j < Math.min(last, k + 5); j++) {
      const w = words[j] as Token;
      if (!isCap(w)) break;
      if (w.lower === 'committee' || w.lower === 'subcommittee') return true;
    }
  }
  return false;
}

/** Words before 'Democrats' that name another country's party ('Liberal Democrats', 'Social Democrats'). */
const OTHER_DEMOCRATS = new Set(['liberal', 'social', 'christian', 'sweden', 'free']);

/** Posts an unknown body named right before them owns ('A Northlight spokeswoman', 'the CGT's secretary'). */
const UNKNOWN_BODY_POSTS: ReadonlySet<string> = new Set([...SPOKES_POSTS, 'secretary']);

/** Words that make a post a company's ('a company spokeswoman', 'a spokesman for the firm'). */
const COMPANY_WORDS = new Set([
  'company',
  'firm',
  "company's",
  'company’s',
  // ('managing director of the London jeweller 77 Diamonds': a kind of business.)
  'jeweller',
  'jeweler',
  'retailer',
  'carmaker',
  'automaker',
  'airline',
  'brewer',
  'manufacturer',
  'startup',
  'chain',
  'lender',
  'insurer',
  'developer',
  'supermarket',
]);
/** Members of a trade, in a body's name ('Manufacturers Council', 'Home Builders'). */
const TRADE_MEMBERS = new Set([
  'manufacturers',
  'retailers',
  'bankers',
  'builders',
  'growers',
  'producers',
  'employers',
  'realtors',
  'homebuilders',
  'restaurateurs',
  'automakers',
]);
/** A chair's posts, a company's unless a public body is named. */
const CHAIR_POSTS = new Set(['chair', 'chairman', 'chairwoman', 'chairperson']);
/** Words of a local public body a chair may lead ('the school board', 'the county commission'). */
const LOCAL_BOARD_WORDS = new Set(['school', 'council', 'county', 'commission', 'municipal']);

/**
 * Whether a capitalised name nothing else knows stands right before a post in the words ('A Northlight
 * spokeswoman', 'the CGT's secretary-general'): not a country, place, party or title word, and not the
 * description's first word.
 */
function unknownNameBefore(words: readonly Token[], first: number, last: number): boolean {
  /** After a portfolio and 'and': the rest of a two-part portfolio ('Health and Human Services Secretary'). */
  let joined = false;
  for (let k = first + 1; k < last; k++) {
    const t = words[k] as Token;
    if (t.lower === 'and' && PORTFOLIOS.has(words[k - 1]?.lower ?? '')) joined = true;
    else if (!t.cap) joined = false;
    if (joined) continue;
    const w = titleWords.lower(t);
    // ('Acting Labor Secretary Julie Su': a portfolio is no body's name.)
    if (!t.cap || t.pos !== 'PROPN' || w.country || w.sector || w.party || PORTFOLIOS.has(t.lower)) continue;
    // ('the CGT's secretary-general': the body's possessive may stand between.)
    const post = isPossessive(words[k + 1]?.text) ? words[k + 2] : words[k + 1];
    if (!placeAt(words, k, last) && UNKNOWN_BODY_POSTS.has(post?.lower ?? '')) return true;
  }
  return false;
}

/**
 * Whether the words name a body nothing is known about, by a proper noun that is no country, place, party,
 * sector or portfolio: 'Unifor president Lana Payne', 'president of IAM District 751' head a body, not a state.
 */
export function unknownBodyName(words: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = words[k] as Token;
    // ('COP30 President André Corrêa do Lago': a summit's presidency is a government's.)
    if (
      !t.cap ||
      t.pos !== 'PROPN' ||
      GENERIC_POSTS.has(t.lower) ||
      PORTFOLIOS.has(t.lower) ||
      /\d/.test(t.text)
    )
      continue;
    const w = titleWords.lower(t);
    if (!w.country && !w.sector && !w.party && !w.modifier && !placeAt(words, k, last)) return true;
  }
  return false;
}

/** A body of analysts by its kind: a pollster, a consultancy ('managing director of consulting firm X'). */
const ANALYST_FIRM_WORDS = new Set(['polling', 'pollster', 'consulting', 'consultancy', 'analytics']);

/**
 * 'a spokeswoman for SNAP', 'a spokesman for Bellweather Trust': whether the body after the post's preposition
 * is named by a proper noun nothing else is known about (no title, place, country, party or sector word:
 * 'a spokeswoman for Gov. Kathy Hochul' is the governor's).
 */
const POST_PREPOSITIONS = new Set(['for', 'of', 'at', 'with']);

function unknownBodyAfter(words: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last - 1; k++) {
    // (Right after a spokesperson's post: 'Secretary of State John F. Kerry' names a portfolio.)
    if (!POST_PREPOSITIONS.has((words[k] as Token).lower) || !SPOKES_POSTS.has(words[k - 1]?.lower ?? ''))
      continue;
    const j = words[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    const t = words[j];
    if (!t || j >= last) return false;
    return unknownBodyName(words, j, j + 1);
  }
  return false;
}

/** Whether 'Atty.' stands right before the word at `k` ('Atty. Gen. Pam Bondi'; wink may split its full stop off). */
function attyBefore(words: readonly Token[], k: number, first: number): boolean {
  const j = words[k - 1]?.text === '.' ? k - 2 : k - 1;
  return j >= first && /^atty\.?$/.test(words[j]?.lower ?? '');
}

/** Joiners after which a body's name gives its subject ('Institute of Public Opinion'). */
const SUBJECT_JOINERS = new Set(['of', 'for', 'on']);

/**
 * Whether the words name a public body ('National', 'Federal', 'State'): not a subject after a joiner
 * ('Institute of Public Opinion', 'Center for Public Integrity' study the public, they are no public body).
 */
function publicBodyWord(words: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = words[k] as Token;
    if (PUBLIC_BODY_WORDS.has(t.lower) && !(k > first && SUBJECT_JOINERS.has(words[k - 1]?.lower ?? '')))
      return true;
  }
  return false;
}

/** Whether capitalised words from `from` run to a body's word ('Medical Council', 'Assembly', 'Infirmary'). */
function bodyNameAfter(words: readonly Token[], from: number, last: number): boolean {
  let k = from;
  while (k < last && words[k]?.cap) k++;
  return k > from && BODY_NAME_WORDS.has(words[k - 1]?.lower ?? '');
}

/** Heads of descriptions that name an institution rather than a person ('the Saudi government'). */
const INSTITUTION_HEADS = new Set([
  'government',
  'administration',
  'authorities',
  'military',
  'army',
  'navy',
  'police',
  'ministry',
  'department',
]);

/** `words.slice(first, last).some(test)` without the copy. */
function someWord(
  words: readonly Token[],
  first: number,
  last: number,
  test: (t: Token) => boolean,
): boolean {
  for (let k = first; k < last; k++) {
    const t = words[k];
    if (t && test(t)) return true;
  }
  return false;
}

/** An unnamed, unresolved description ('Obama's former campaign strategist') as a speaker of its own. */
/**
 * Gives a person met before the affiliation a description set beside them says ('the group's chairman, Jim
 * Irvine'), in place: every mention of the person then carries it.
 */
export function placePerson(e: Entity, aff: Affiliation): void {
  const more = makeEntity(e.name, 'person', aff);
  Object.assign(e, { aff: more.aff, affiliation: more.affiliation, camp: more.camp });
}

/** Prepositions after a post that name whose it is ('a spokesman for the ministry', 'the head of the WHO'). */
const POST_OF = new Set(['for', 'of', 'at']);

export function describedEntity(doc: AnalysisDoc, first: number, last: number, m?: Mentions): Entity {
  const words = doc.tokens.slice(first, last);
  // "Amnesty International's Ukraine researcher": the organisation named inside gives the affiliation.
  const orgs: Organisation[] = [];
  // ('A spokeswoman for the Ministry of Justice': the words of a listed body's name are no post of the
  // speaker's; the body gives its own affiliation.)
  let own: Token[] | null = null;
  if (m)
    for (let k = first; k < last; k++) {
      const o = m.list[m.at[k] ?? -1]?.entity?.organisation;
      if (!o) continue;
      if (!orgs.includes(o)) orgs.push(o);
      // (A name of two or more words: a one-word name such as 'FEMA' holds no post word.)
      const named = m.list[m.at[k] ?? -1] as Mention;
      if (named.last - named.first > 1)
        own ??= words.filter((_, w) => first + w < named.first || first + w >= named.last);
    }
  let { aff, roles, gender } = affiliationOfWords(own?.length ? own : words, orgs);
  // ('A 15-year-old from Herat told': someone described by age alone is a member of the public.)
  if (!aff.sector && words.some((_, k) => isAgeNoun(words, k))) aff = { ...aff, sector: 'public' };
  const name = doc.text.slice(words[0]?.start ?? 0, words.at(-1)?.end ?? 0);
  // 'the Museum', 'the union', 'the Saudi government': a body word at the head names a body, not a person.
  // ('A spokesman for the French interior ministry', 'the head of the WHO': the head is before the
  // preposition that names whose post it is.)
  const cut = words.findIndex((w, k) => k > 0 && POST_OF.has(w.lower));
  const headWord = cut > 0 ? words[cut - 1] : words.at(-1);
  const body = !!headWord && (BODY_NAME_WORDS.has(headWord.lower) || INSTITUTION_HEADS.has(headWord.lower));
  // 'The AFL-CIO backed the bill, its president said': the post is at the body 'its' refers to.
  if (!body && m && !orgs.length) {
    const owner = possessiveOwner(doc, m, first);
    if (owner) aff = { ...owner.aff };
  }
  // ('Transport unions have said': people in the plural, whom no 'she' refers back to.)
  const plural = !!headWord && headWord.lemma !== headWord.lower && headWord.lower.endsWith('s');
  return plainEntity(name, body ? 'organisation' : 'person', aff, plural, gender, roles);
}

/**
 * The body a description's 'its' or 'their' refers to ('its president', 'their spokesman' at `first`): the
 * organisation named last before it in the same sentence, not a country (which of two countries needs a
 * reader); null when there is none.
 */
function possessiveOwner(doc: AnalysisDoc, m: Mentions, first: number): Entity | null {
  const { tokens } = doc;
  const at = tokens[first]?.lower === 'its' || tokens[first]?.lower === 'their' ? first : first - 1;
  const det = tokens[at];
  if (!det || (det.lower !== 'its' && det.lower !== 'their')) return null;
  // ('Amnesty International said ... Its Nepal director, X, said': opening its sentence, the sentence before.)
  const opens = tokens[at - 1]?.sentence !== det.sentence;
  const from = opens ? det.sentence - 1 : det.sentence;
  for (let k = at - 1; k >= 0 && (tokens[k]?.sentence ?? -1) >= from; k--) {
    const x = m.list[m.at[k] ?? -1];
    const e = x?.kind === 'entity' ? x.entity : null;
    if (e && e.type === 'organisation' && !isCountryEntity(e)) return e;
  }
  return null;
}

let holders: Map<string, Person> | undefined;

/** Known office holders by lowercased name and alias ('netanyahu', 'volodymyr zelenskyy'). */
export function officeHolder(name: string): Person | undefined {
  if (!holders) {
    holders = new Map();
    for (const p of officeHolders()) for (const n of [p.name, ...p.aliases]) holders.set(n.toLowerCase(), p);
  }
  return holders.get(name);
}

/** Fills what a title left out (country, sector, body) from the office-holder list. */
export function withOfficeHolder(aff: Affiliation, p: Person | undefined): Affiliation {
  if (!p) return aff;
  // ('climate commissioner Wopke Hoekstra': a title that names neither country nor body says less than the
  // list, which knows the European Commission.)
  if (!aff.country && !aff.body && p.body && aff.sector !== p.sector)
    return { ...aff, country: p.country, sector: p.sector, body: p.body };
  const sector = aff.sector ?? p.sector;
  const out: Affiliation = {
    ...aff,
    country: aff.country ?? (sector === p.sector ? p.country : null) ?? p.country,
    sector,
    body: aff.body ?? (sector === p.sector ? p.body : null),
  };
  // ('Gavin Newsom said': a governor listed as one is his state's government.)
  if (p.local && sector === 'government' && (out.country === p.country || !aff.country)) out.local = true;
  return out;
}

const gazEntities = new Map<Outlet | Organisation, Entity>();

/** One shared, read-only entity per gazetteer entry. */
export function gazetteerEntity(hit: GazHit): Entity {
  const key = hit.outlet ?? hit.organisation;
  if (!key) throw new Error('empty gazetteer hit');
  let e = gazEntities.get(key);
  if (!e) {
    const o = hit.organisation;
    e = hit.outlet
      ? makeEntity(
          hit.outlet.name,
          'organisation',
          { country: hit.outlet.country, sector: 'media' },
          { outlet: hit.outlet },
        )
      : makeEntity(key.name, 'organisation', orgAffiliation(o as Organisation), {
          organisation: o,
          // ('the Houthis', 'the Rapid Support Forces'; not 'Hamas'.)
          plural: o?.type === 'armed-group' && /[^a]s$/.test(key.name),
        });
    gazEntities.set(key, e);
  }
  return e;
}

const countries = new Map<string, Entity>();

/** One shared entity per country acting as its government (entities are read-only once made). */
/** Whether an entity is a country acting as its government ('Russia', 'Kyiv'), as countryEntity makes them. */
export const isCountryEntity = (e: Entity): boolean => e.name === e.aff.country;

export function countryEntity(country: string): Entity {
  let e = countries.get(country);
  if (!e) {
    e = makeEntity(country, 'organisation', { country, sector: 'government' });
    countries.set(country, e);
  }
  return e;
}
