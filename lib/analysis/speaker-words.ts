/**
 * The words that make up speaker mentions: honorifics, title glue, heads of unnamed-source and group noun
 * phrases, pronouns, descriptions. One lookup per token tells the scan in speakers.ts what a word can do.
 */
import {
  countryOfPlace,
  countryOfWord,
  isKinWord,
  MULTIWORD_COUNTRY_FIRST,
  MULTIWORD_COUNTRY_SECOND,
  partyOfWord,
  type Sector,
  sectorOfWord,
  startsTwoWordPlace,
  vocabulary,
} from './camps';
import { type Token, WordTable } from './tokenize';

/** Last words of the names of think tanks and advocacy groups: 'Arms Control Association', 'Cato Institute'. */
export const NGO_NAME_ENDS: ReadonlySet<string> = new Set([
  'association',
  'institute',
  'institution',
  'foundation',
  'center',
  'centre',
  'society',
  'project',
  'coalition',
  'alliance',
  'initiative',
  'network',
  'forum',
  'collaboration',
  'consortium',
]);

/** First words of bodies named in Spanish, Portuguese or Italian ('Ministerio de Economía'), with their sector. */
export const FOREIGN_BODY_HEADS: ReadonlyMap<string, Sector | null> = new Map<string, Sector | null>([
  ['ministerio', 'government'],
  ['ministério', 'government'],
  ['ministero', 'government'],
  ['secretaría', 'government'],
  ['secretaria', 'government'],
  ['consejo', 'government'],
  ['conselho', 'government'],
  ['tribunal', 'judiciary'],
  ['corte', 'judiciary'],
  ['cámara', null],
  ['câmara', null],
  ['fiscalía', 'judiciary'],
  ['procuraduría', 'judiciary'],
  ['banco', 'business'],
  ['instituto', null],
  ['comisión', 'government'],
  ['comissão', 'government'],
  ['partido', 'politics'],
]);

/** Nouns a definite description of an outlet ends in ('the newspaper said', 'told the agency'). */
export const OUTLET_REFS: ReadonlySet<string> = new Set([
  'outlet',
  'newspaper',
  'agency',
  'broadcaster',
  'network',
  'channel',
]);

/** Relative pronouns: a clause they open describes a noun ('the scholars who', 'a claim that'). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);

/** 'a 24-year-old' used as a noun: whether `k` is the 'old' of '<n>-year-old'. */
export const isAgeNoun = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.lower === 'old' && tokens[k - 1]?.text === '-' && tokens[k - 2]?.lower === 'year';

/** A number that can be someone's age ('34' in 'Maria Lopez, 34, said'). */
const isAge = (t: Token | undefined): boolean =>
  !!t && t.type === 'number' && /^\d{1,3}$/.test(t.text) && Number(t.text) > 0 && Number(t.text) <= 120;

/** Whether an age set off by the comma at `comma` follows a name: ', 34,' or ', 34.'. */
export const ageAfter = (tokens: readonly Token[], comma: number): boolean =>
  tokens[comma]?.text === ',' &&
  isAge(tokens[comma + 1]) &&
  (tokens[comma + 2]?.text === ',' || tokens[comma + 2]?.text === '.');

/** "'s" or "’s": a possessive, which wink splits off its word. */
export const isPossessive = (text: string | undefined): boolean =>
  text?.length === 2 &&
  text.charCodeAt(1) === 115 &&
  (text.charCodeAt(0) === 39 || text.charCodeAt(0) === 8217);

/** Small words inside bodies' names ('Everytown for Gun Safety', 'Department of Defense'). */
export const NAME_GLUE: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the']);

/** Last words of a company's name ('Prairie Valley Beef', 'Acme Holdings'): a business, not a person. */
export const COMPANY_NAME_ENDS = [
  'foods',
  'beef',
  'holdings',
  'industries',
  'airlines',
  'motors',
  'pharmaceuticals',
  'technologies',
  'enterprises',
  'manufacturing',
  'logistics',
  'llc',
  'markets',
  'supermarkets',
  'stores',
  'brands',
  'airways',
  'mills',
  // ('Nimbus Inc.', 'Acme Corp.', 'Harrow Ltd': a company by its legal form.)
  'inc.',
  'inc',
  'corp.',
  'corp',
  'corporation',
  'ltd',
  'ltd.',
  'plc',
] as const;

/** Words naming a body, not a person: 'Commission on Presidential Debates', 'Federal Bureau of Prisons'. */
/** A body's parts that speak for it ('the Columbus branch of the NAACP'). */
export const BRANCH_WORDS: ReadonlySet<string> = new Set([
  'branch',
  'chapter',
  'office',
  'affiliate',
  'wing',
  'arm',
  'section',
  'division',
]);

export const BODY_NAME_WORDS: ReadonlySet<string> = new Set([
  ...NGO_NAME_ENDS,
  'commission',
  'division',
  'bureau',
  'academy',
  'department',
  'ministry',
  'presidency',
  'council',
  'assembly',
  'infirmary',
  'committee',
  'office',
  'board',
  'agency',
  'university',
  'college',
  'school',
  'hospital',
  'union',
  'league',
  'fund',
  'bank',
  'company',
  'court',
  'party',
  'museum',
  'library',
  'survey',
  'authority',
  'service',
  'services',
  'academy',
  'church',
  'partnership',
  'embassy',
  'consulate',
  'administration',
  'group',
  // ('the General Police Inspectorate', 'the Commonwealth Secretariat'; not 'directorate', which names
  // parties too: 'the Cuban Democratic Directorate'.)
  'inspectorate',
  'secretariat',
  // ('the Vaccine and Infectious Disease Organization' is a body, not a person named 'Disease Organization'.)
  'organization',
  'organisation',
  'movement',
  'police',
  'command',
  // ('The Army's Chinar Corps said', 'the Marine Corps'.)
  'corps',
  // ('the Catholic Diocese of Grand Island'.)
  'diocese',
  'archdiocese',
  // ('the European Union Election Observation Mission', 'the UN Mission in South Sudan'.)
  'mission',
  ...COMPANY_NAME_ENDS,
]);

/**
 * `countryOfWord(\`${first.lower} ${second?.lower ?? ''}\`)` ('south korea', 'the netherlands') without building the
 * string: 'the' is a first word, so the scans ask this for every 'the'. Per first word, a table by second word.
 */
const pairTables = new WordTable((a) => new WordTable((b) => countryOfWord(`${a} ${b}`)));
/**
 * Whether a word can end a two-word country name: a second word of one, or one with "'s" ('hague's': the
 * pair is then a possessive, which countryOfWord also takes). One shared lookup rules out most pairs.
 */
const pairSeconds = new WordTable(
  (b) =>
    MULTIWORD_COUNTRY_SECOND.has(b) || (/['’]s$/.test(b) && MULTIWORD_COUNTRY_SECOND.has(b.slice(0, -2))),
);
export function countryOfPair(first: Token, second: Token | undefined): string | null {
  if (!second) return countryOfWord(`${first.lower} `);
  if (!pairSeconds.lower(second)) return null;
  return pairTables.lower(first).lower(second);
}

export const isCap = (t: Token) => t.cap;

/** Words before a capitalised 'Representative' that make it an envoy's or official's title, not a legislator's. */
const ENVOY_WORDS = new Set(['high', 'special', 'trade', 'permanent', 'personal', 'resident', 'alternate']);

/**
 * 'Representative' capitalised as a title: a legislator's ('Representative Charles Rangel', 'State
 * Representative Jane Roe', like 'Rep.'), or after an envoy word an official's ('U.S. Trade Representative',
 * 'Permanent Representative'; an organisation named in the title, 'UN Special Representative', decides the
 * camp). A lowercase 'a company representative' is neither. Null when tokens[k] is no such title.
 */
export function representativeTitle(tokens: readonly Token[], k: number): 'politics' | 'government' | null {
  const t = tokens[k];
  if (t?.lower !== 'representative' || !t.cap) return null;
  const prev = tokens[k - 1];
  return prev && prev.block === t.block && ENVOY_WORDS.has(prev.lower) ? 'government' : 'politics';
}

/** Whether tokens[k] is a title word: 'Representative' as above, or the envoy word before it ('Trade'). */
export function inRepresentativeTitle(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (ENVOY_WORDS.has(t.lower)) return t.cap && representativeTitle(tokens, k + 1) === 'government';
  return representativeTitle(tokens, k) !== null;
}

/** Days and months ('tweets early Friday saying'); not April, May, June or August, which are also names. */
export const CALENDAR_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'july',
  'september',
  'october',
  'november',
  'december',
]);

const placeTable = new WordTable(countryOfPlace);
const placePairs = new WordTable((a) => new WordTable((b) => countryOfPlace(`${a} ${b}`)));

/**
 * A place inside a country named at tokens[k] ('Texas', 'New York', 'Scottish'): its country and how many
 * tokens it takes (within tokens[..end)); null for anything else, and for a word in lowercase ('reading' is no town here).
 */
export function placeAt(
  tokens: readonly Token[],
  k: number,
  end = tokens.length,
): { country: string; n: number } | null {
  const t = tokens[k];
  if (!t?.cap) return null;
  const next = k + 1 < end ? tokens[k + 1] : undefined;
  if (next && startsTwoWordPlace(t.lower)) {
    const two = placePairs.lower(t).lower(next);
    if (two) return { country: two, n: 2 };
  }
  const one = placeTable.lower(t);
  return one ? { country: one, n: 1 } : null;
}
export const HONORIFIC: Record<string, 'm' | 'f' | null> = {
  'mr.': 'm',
  mr: 'm',
  'mrs.': 'f',
  mrs: 'f',
  'ms.': 'f',
  ms: 'f',
  'dr.': null,
  dr: null,
  sir: 'm',
  dame: 'f',
  lady: 'f',
  lord: 'm',
  // ('Maulana Fazlur Rehman', 'Mufti Menk': a religious scholar's honorific, no post.)
  maulana: 'm',
  mufti: 'm',
};
export const GENDERED: Record<string, 'm' | 'f'> = {
  spokesman: 'm',
  spokeswoman: 'f',
  congressman: 'm',
  congresswoman: 'f',
  chairman: 'm',
  chairwoman: 'f',
  king: 'm',
  queen: 'f',
  prince: 'm',
  princess: 'f',
  businessman: 'm',
  businesswoman: 'f',
  // Someone described, not named ('a young man who arrived in Dover'), is still a 'he' or a 'she' later.
  man: 'm',
  woman: 'f',
  boy: 'm',
  girl: 'f',
  father: 'm',
  mother: 'f',
  husband: 'm',
  wife: 'f',
  son: 'm',
  daughter: 'f',
  brother: 'm',
  sister: 'f',
  grandfather: 'm',
  grandmother: 'f',
  widow: 'f',
  widower: 'm',
};
/** Words that may sit inside a title between role words ('Secretary of State', 'Under Secretary of Defense for Policy'). */
export const TITLE_GLUE = new Set([
  // 'Senate Minority Leader Richard Halvorsen', 'House Majority Whip'.
  'minority',
  'majority',
  'of',
  'for',
  'and',
  'the',
  '’s',
  "'s",
  '-',
  'top',
  'senior',
  'former',
  'acting',
  'chief',
  'general',
  'under',
  'state',
  'defense',
  'defence',
  'affairs',
  'policy',
  'national',
  'council',
  'staff',
  'joint',
  'chiefs',
  'interior',
  'internal',
  'external',
  'home',
  'office',
  'high',
  'representative',
  'commander-in-chief',
  'in',
  'presidential',
  'press',
  'white',
  'house',
  'first',
  // 'former Miss Universe Alicia Machado'
  'universe',
  // 'Secretary of the Navy Carlos Del Toro', 'Secretary of the Commonwealth Dana Whitfield', 'Chancellor of
  // the Exchequer Rachel Reeves': the office's portfolio, not the first word of the name.
  'navy',
  'commonwealth',
  'exchequer',
  'treasury',
]);
export const MODIFIER_SECTOR: Record<string, Sector> = {
  military: 'military',
  army: 'military',
  intelligence: 'security',
  police: 'security',
  patrol: 'security',
  detective: 'security',
};
/**
 * People at work, unnamed when a qualifier says where or that they are not named ('a supervisor at the
 * plant', 'an employee who asked not to be named'): then an anonymous source, whom a later 'he said' means.
 */
export const WORKPLACE_HEADS = [
  'supervisor',
  'supervisors',
  'employee',
  'employees',
  'worker',
  'workers',
  'staffer',
  'staffers',
  'manager',
  'managers',
  'witness',
  'juror',
  'jurors',
] as const;
export const ANON_HEADS = new Set([
  'official',
  'officials',
  'source',
  'sources',
  'diplomat',
  'diplomats',
  'aide',
  'aides',
  'insider',
  'insiders',
  'person',
  'people',
  'individual',
  'individuals',
  'officer',
  'officers',
  // 'according to three negotiators who spoke to AFP': delegates unnamed as officials are.
  'negotiator',
  'negotiators',
  'delegate',
  'delegates',
  // 'A senior Democratic strategist familiar with the projections said': a party's unnamed insider.
  'strategist',
  'strategists',
  'operative',
  'operatives',
  // ('according to several observers in the hall': unnamed onlookers.)
  'observer',
  'observers',
  ...WORKPLACE_HEADS,
]);
export const NEEDS_QUALIFIER = new Set([
  'person',
  'people',
  'individual',
  'individuals',
  'officer',
  'officers',
  ...WORKPLACE_HEADS,
]);
export const ANON_QUALIFIERS = new Set([
  'familiar',
  'knowledgeable',
  'close',
  'briefed',
  'involved',
  'with',
  'who',
  'speaking',
  'not',
  // 'sources inside Border Patrol', 'officials in Kyiv', 'diplomats at the UN'
  'inside',
  'within',
  'in',
  'at',
]);
export const GROUP_HEADS = new Map<string, Sector | null>([
  ['groups', null],
  ['group', null],
  ['organisations', null],
  ['organizations', null],
  ['agencies', null],
  ['activists', 'rights'],
  ['campaigners', 'rights'],
  ['advocates', 'rights'],
  ['critics', null],
  ['opponents', null],
  ['supporters', null],
  ['detractors', null],
  ['skeptics', null],
  ['sceptics', null],
  ['lawmakers', 'politics'],
  ['legislators', 'politics'],
  ['senators', 'politics'],
  ['republicans', 'politics'],
  ['democrats', 'politics'],
  ['experts', 'expert'],
  ['analysts', 'expert'],
  ['researchers', 'expert'],
  ['residents', 'public'],
  ['witnesses', 'public'],
  // ('Protesters marched ... while chanting, "..."': people in the street are the public.)
  ['protesters', 'public'],
  ['protestors', 'public'],
  ['demonstrators', 'public'],
  ['marchers', 'public'],
  ['authorities', 'government'],
  ['officials', 'government'],
  // ('Three people were killed, according to police': the force, named without an article.)
  ['police', 'security'],
  ['prosecutors', 'government'],
  ['investigators', 'government'],
  ['leaders', 'politics'],
  ['allies', null],
  ['monitors', null],
]);
export const MODIFIERS = new Set([
  'a',
  'an',
  // ('Another senior church official, speaking anonymously,': one more unnamed source.)
  'another',
  'the',
  'two',
  'three',
  'four',
  'five',
  'several',
  'some',
  'many',
  'other',
  'one',
  'unnamed',
  'anonymous',
  'senior',
  'top',
  'former',
  'current',
  'high-ranking',
  'western',
  'european',
  'administration',
  'government',
  'intelligence',
  'defense',
  'defence',
  'military',
  'security',
  'state',
  'foreign',
  'local',
  'diplomatic',
  'two',
  'multiple',
  'independent',
  'human',
  'rights',
  'humanitarian',
  'aid',
  'international',
  'of',
  'group',
  'these',
  'those',
  'both',
  'congressional',
  'white',
  'house',
  'pentagon',
  'health',
  'kremlin',
  'regional',
  'ministry',
  'police',
  'army',
  '-',
  'ranking',
  // 'a Harris campaign official', 'campaign aides': a campaign's insiders.
  'campaign',
  // 'according to medical sources', 'informed sources said'.
  'medical',
  'hospital',
  'informed',
  'reliable',
  'judicial',
  'opposition',
  'rebel',
]);
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/**
 * Whether the words from token `next`, right after a 'claim', make it a claim to a place: a proper name (after
 * 'the', perhaps), then 'as' within three words ('claims Taiwan as its own territory').
 */
export function claimsPlace(tokens: readonly Token[], next: number): boolean {
  const k = tokens[next]?.lower === 'the' ? next + 1 : next;
  if (!tokens[k]?.cap || tokens[k]?.pos !== 'PROPN') return false;
  for (let j = k + 1; j <= k + 3; j++) if (tokens[j]?.lower === 'as') return true;
  return false;
}

/** Nouns that refer back to a body whose name holds them ('the forum' after 'the ... Families Forum'). */
export const NAMED_BODY_NOUNS: ReadonlySet<string> = new Set([
  'forum',
  'coalition',
  'foundation',
  'institute',
  'association',
  'council',
  'commission',
  // ('California National Guard troops ... the Guard said'.)
  'guard',
]);
/** Posts that speak for someone: 'a spokesperson for President Lai', 'a spokesman said'. */
export const SPOKES_WORDS: ReadonlySet<string> = new Set([
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'spokespeople',
  'spokesmen',
]);
export const DOC_NOUNS = new Set([
  'report',
  'statement',
  'document',
  'letter',
  'study',
  'memo',
  'paper',
  'article',
  'release',
  'post',
  'filing',
]);
export const DEF_NOUNS = new Set([
  'union',
  'official',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'minister',
  'president',
  'diplomat',
  'envoy',
  'ambassador',
  'secretary',
  'general',
  'senator',
  'lawmaker',
  // ('The Labour MP, Priya Sandhu,', 'the congresswoman said'.)
  'mp',
  'legislator',
  'congressman',
  'congresswoman',
  'adviser',
  'advisor',
  ...OUTLET_REFS,
  'group',
  'organisation',
  'organization',
  'ministry',
  'department',
  'alliance',
  'company',
  'commander',
  'chief',
  'marshal',
  'chancellor',
  'leader',
  'premier',
  // 'the PM warned' (a prime minister; 'at 5 PM' is never 'the PM' before a report verb).
  'pm',
  // ('Bishop Joseph Hanefeldt ... the bishop said': clergy named by their office.)
  'bishop',
  'archbishop',
  'cardinal',
  'patriarch',
  'pastor',
  'priest',
  'imam',
  'rabbi',
  'governor',
  'mayor',
  // ('Prosecutor Jane Roe ... the prosecutor said', "the prosecutor's office said", 'the judge wrote'.)
  'prosecutor',
  'judge',
  'source',
  'aide',
  'officer',
  'watchdog',
  'guard',
  'charity',
  'court',
  'army',
  'military',
  'command',
  'party',
  'businessman',
  'businesswoman',
  'billionaire',
  'tycoon',
  // 'the forum said' after 'the Hostages and Missing Families Forum', 'the council said' (NAMED_BODY_NOUNS
  // above, resolved by name in attribution.ts); 'the authority said', 'the board said': the body of that kind
  // named before (BODY_REFS).
  ...NAMED_BODY_NOUNS,
  'authority',
  'board',
]);

export interface WordInfo {
  country: string | null;
  sector: Sector | null;
  /** Starts a two-word country name ('south' of 'South Korea'). */
  multi: boolean;
  /** Makes a title: a role word, an honorific or a party. */
  title: boolean;
  glue: boolean;
  /** In ANON_HEADS, GROUP_HEADS, PRONOUNS: the scan asks per token. */
  anonHead: boolean;
  groupHead: boolean;
  pronoun: boolean;
}

let wordInfos: Map<string, WordInfo> | undefined;

/**
 * What each lowercased word can do in a mention, looked up once per token: roles, countries, parties,
 * honorifics, title glue, pronouns, unnamed-source nouns. Words not in the map cannot start a mention
 * unless capitalised, so the scan skips them with one lookup.
 */
export function wordInfo(): Map<string, WordInfo> {
  if (wordInfos) return wordInfos;
  const map = new Map<string, WordInfo>();
  const words = [
    ...vocabulary(),
    ...Object.keys(HONORIFIC),
    ...TITLE_GLUE,
    ...ANON_HEADS,
    ...GROUP_HEADS.keys(),
    ...PRONOUNS,
    ...MULTIWORD_COUNTRY_FIRST,
    'the',
    'this',
    'that',
  ];
  for (const w of words)
    map.set(w, {
      country: countryOfWord(w),
      sector: sectorOfWord(w),
      multi: MULTIWORD_COUNTRY_FIRST.has(w),
      title: (!!sectorOfWord(w) && !isKinWord(w)) || Object.hasOwn(HONORIFIC, w) || !!partyOfWord(w),
      glue: TITLE_GLUE.has(w),
      anonHead: ANON_HEADS.has(w),
      groupHead: GROUP_HEADS.has(w),
      pronoun: PRONOUNS.has(w),
    });
  wordInfos = map;
  return map;
}

let infoTable: WordTable<WordInfo | null> | undefined;

/** `wordInfo()` for a token's lowercased text, by the token's word id (no string hashing in the scans). */
export function wordInfoOf(t: Token): WordInfo | null {
  if (!infoTable) {
    const map = wordInfo();
    infoTable = new WordTable((w) => map.get(w) ?? null);
  }
  return infoTable.lower(t);
}

/** A minister's or secretary's field, written before the head ('the defense minister'). */
export const PORTFOLIOS = new Set([
  'defense',
  'defence',
  'interior',
  'finance',
  'justice',
  'health',
  'economy',
  'education',
  'energy',
  'trade',
  'home',
  'environment',
  'labor',
  'labour',
  'transport',
  'agriculture',
  'climate',
  'housing',
  'sports',
  'culture',
  'immigration',
  // ('Shadow business secretary Laura Pennant', 'the work and pensions secretary', 'the science minister'.)
  'business',
  'pensions',
  'science',
  'technology',
  'digital',
  'veterans',
  'security',
  // ('Fire Chief Kristin Crowley': the service, not an unknown body's name.)
  'fire',
]);

/** Words opening a condition: a verb in it reports nothing said ('if Moscow rejects', 'unless Kyiv agrees'). */
export const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless']);
