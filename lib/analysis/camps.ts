/**
 * Camps for voice balance: who speaks for which side, by country + sector ("United States government",
 * "Russian government", "Rights groups", "NATO"). Pure tables and functions, no I/O.
 *
 * Decision: an anonymous speaker keeps the camp of its affiliation when the text gives one ("two unnamed
 * US officials" -> "United States government"); the speaker's type says it is anonymous. Only when nothing
 * is known does the camp become "Anonymous sources".
 */
import { type Cause, places } from '@/lib/lexicons/gazetteer';

export type Sector =
  | 'government'
  | 'military'
  | 'security'
  | 'politics'
  | 'judiciary'
  | 'rights'
  | 'humanitarian'
  | 'advocacy'
  | 'international'
  | 'armed-group'
  | 'media'
  | 'expert'
  | 'business'
  | 'counsel'
  | 'public';

export interface Affiliation {
  country: string | null;
  sector: Sector | null;
  /** A named body that is its own camp (NATO, United Nations, Hamas) or a legislature (Congress). */
  body?: string | null;
  party?: string | null;
  /** A state's, region's or city's government ('Iowa Gov. Kim Reynolds'), not the national one. */
  local?: boolean;
  /** The side an advocacy group or union takes ('gun rights', 'gun control'): opposite sides are two camps. */
  cause?: Cause | null;
}

/** Camps of advocacy groups and unions by the side they take. */
const CAUSE_CAMPS: Record<Cause, string> = {
  'gun rights': 'Gun-rights groups',
  'gun control': 'Gun-control groups',
  'abortion rights': 'Abortion-rights groups',
  'anti-abortion': 'Anti-abortion groups',
  environment: 'Environmental groups',
  labour: 'Labour unions',
  business: 'Business lobbies',
};

interface Country {
  name: string;
  /** Word used in camp names: 'United States government', 'Russian government'. */
  camp: string;
  /** Lowercased spellings that name the country: names, adjectives, capitals used as metonyms. */
  words: string[];
}

const COUNTRIES: Country[] = [
  {
    name: 'United States',
    camp: 'United States',
    words: [
      'us',
      'u.s.',
      'usa',
      'u.s.a.',
      'united states',
      'america',
      'american',
      'americans',
      'washington',
      'u.s',
    ],
  },
  { name: 'Russia', camp: 'Russian', words: ['russia', 'russian', 'russians', 'moscow', 'kremlin'] },
  { name: 'Ukraine', camp: 'Ukrainian', words: ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev'] },
  {
    name: 'United Kingdom',
    camp: 'British',
    words: ['uk', 'u.k.', 'britain', 'british', 'united kingdom', 'london', 'england', 'english'],
  },
  { name: 'France', camp: 'French', words: ['france', 'french', 'paris'] },
  { name: 'Germany', camp: 'German', words: ['germany', 'german', 'berlin'] },
  { name: 'China', camp: 'Chinese', words: ['china', 'chinese', 'beijing'] },
  { name: 'Israel', camp: 'Israeli', words: ['israel', 'israeli', 'israelis', 'jerusalem'] },
  {
    name: 'Palestine',
    camp: 'Palestinian',
    words: ['palestine', 'palestinian', 'palestinians', 'gaza', 'gaza city', 'ramallah'],
  },
  { name: 'Iran', camp: 'Iranian', words: ['iran', 'iranian', 'tehran', 'islamic republic'] },
  { name: 'Turkey', camp: 'Turkish', words: ['turkey', 'türkiye', 'turkish', 'ankara'] },
  { name: 'Poland', camp: 'Polish', words: ['poland', 'polish', 'warsaw'] },
  { name: 'Belarus', camp: 'Belarusian', words: ['belarus', 'belarusian', 'minsk'] },
  { name: 'India', camp: 'Indian', words: ['india', 'indian', 'new delhi'] },
  { name: 'Pakistan', camp: 'Pakistani', words: ['pakistan', 'pakistani', 'islamabad'] },
  { name: 'Japan', camp: 'Japanese', words: ['japan', 'japanese', 'tokyo'] },
  { name: 'South Korea', camp: 'South Korean', words: ['south korea', 's. korea', 'south korean', 'seoul'] },
  {
    name: 'North Korea',
    camp: 'North Korean',
    words: ['north korea', 'n. korea', 'north korean', 'pyongyang'],
  },
  { name: 'Taiwan', camp: 'Taiwanese', words: ['taiwan', 'taiwanese', 'taipei'] },
  // (A Chinese special administrative region with its own government, courts and police: its camp apart
  // from Beijing's, as articles set the two against each other.)
  { name: 'Hong Kong', camp: 'Hong Kong', words: ['hong kong', 'hongkong', 'hksar'] },
  { name: 'Canada', camp: 'Canadian', words: ['canada', 'canadian', 'ottawa'] },
  { name: 'Australia', camp: 'Australian', words: ['australia', 'australian', 'canberra'] },
  { name: 'Italy', camp: 'Italian', words: ['italy', 'italian', 'rome'] },
  { name: 'Spain', camp: 'Spanish', words: ['spain', 'spanish', 'madrid'] },
  { name: 'Netherlands', camp: 'Dutch', words: ['netherlands', 'dutch', 'the hague'] },
  { name: 'Sweden', camp: 'Swedish', words: ['sweden', 'swedish', 'stockholm'] },
  { name: 'Finland', camp: 'Finnish', words: ['finland', 'finnish', 'helsinki'] },
  { name: 'Norway', camp: 'Norwegian', words: ['norway', 'norwegian', 'oslo'] },
  { name: 'Hungary', camp: 'Hungarian', words: ['hungary', 'hungarian', 'budapest'] },
  { name: 'Lebanon', camp: 'Lebanese', words: ['lebanon', 'lebanese', 'beirut'] },
  { name: 'Syria', camp: 'Syrian', words: ['syria', 'syrian', 'damascus'] },
  { name: 'Iraq', camp: 'Iraqi', words: ['iraq', 'iraqi', 'baghdad'] },
  { name: 'Egypt', camp: 'Egyptian', words: ['egypt', 'egyptian', 'cairo'] },
  { name: 'Saudi Arabia', camp: 'Saudi', words: ['saudi arabia', 'saudi', 'riyadh'] },
  { name: 'Qatar', camp: 'Qatari', words: ['qatar', 'qatari', 'doha'] },
  { name: 'Yemen', camp: 'Yemeni', words: ['yemen', 'yemeni', 'sanaa'] },
  { name: 'Afghanistan', camp: 'Afghan', words: ['afghanistan', 'afghan', 'kabul'] },
  { name: 'Mexico', camp: 'Mexican', words: ['mexico', 'mexican', 'mexico city'] },
  { name: 'Brazil', camp: 'Brazilian', words: ['brazil', 'brazilian', 'brasilia'] },
  { name: 'Venezuela', camp: 'Venezuelan', words: ['venezuela', 'venezuelan', 'caracas'] },
  { name: 'South Africa', camp: 'South African', words: ['south africa', 'south african', 'pretoria'] },
  { name: 'Georgia', camp: 'Georgian', words: ['tbilisi', 'georgian'] },
  { name: 'Moldova', camp: 'Moldovan', words: ['moldova', 'moldovan', 'chisinau'] },
  { name: 'Estonia', camp: 'Estonian', words: ['estonia', 'estonian', 'tallinn'] },
  { name: 'Latvia', camp: 'Latvian', words: ['latvia', 'latvian', 'riga'] },
  { name: 'Lithuania', camp: 'Lithuanian', words: ['lithuania', 'lithuanian', 'vilnius'] },
  // More countries, with the same rule: no word that is also a common first name or another place's name
  // ('jordan', 'chad', 'sofia', 'santiago'), and no capital that stands for an international body ('brussels').
  { name: 'Cuba', camp: 'Cuban', words: ['cuba', 'cuban', 'havana'] },
  { name: 'Nigeria', camp: 'Nigerian', words: ['nigeria', 'nigerian', 'abuja'] },
  { name: 'Kenya', camp: 'Kenyan', words: ['kenya', 'kenyan', 'nairobi'] },
  { name: 'Ethiopia', camp: 'Ethiopian', words: ['ethiopia', 'ethiopian', 'addis ababa'] },
  { name: 'Sudan', camp: 'Sudanese', words: ['sudan', 'sudanese', 'khartoum'] },
  { name: 'South Sudan', camp: 'South Sudanese', words: ['south sudan', 'south sudanese', 'juba'] },
  { name: 'Somalia', camp: 'Somali', words: ['somalia', 'somali', 'mogadishu'] },
  { name: 'Libya', camp: 'Libyan', words: ['libya', 'libyan', 'tripoli'] },
  { name: 'Algeria', camp: 'Algerian', words: ['algeria', 'algerian', 'algiers'] },
  { name: 'Morocco', camp: 'Moroccan', words: ['morocco', 'moroccan', 'rabat'] },
  { name: 'Tunisia', camp: 'Tunisian', words: ['tunisia', 'tunisian', 'tunis'] },
  { name: 'Indonesia', camp: 'Indonesian', words: ['indonesia', 'indonesian', 'jakarta'] },
  { name: 'Philippines', camp: 'Philippine', words: ['philippines', 'philippine', 'filipino', 'manila'] },
  { name: 'Vietnam', camp: 'Vietnamese', words: ['vietnam', 'vietnamese', 'hanoi'] },
  { name: 'Thailand', camp: 'Thai', words: ['thailand', 'thai', 'bangkok'] },
  { name: 'Myanmar', camp: 'Myanmar', words: ['myanmar', 'burma', 'burmese', 'naypyidaw'] },
  { name: 'Bangladesh', camp: 'Bangladeshi', words: ['bangladesh', 'bangladeshi', 'dhaka'] },
  { name: 'Sri Lanka', camp: 'Sri Lankan', words: ['sri lanka', 'sri lankan', 'colombo'] },
  { name: 'Nepal', camp: 'Nepalese', words: ['nepal', 'nepalese', 'nepali', 'kathmandu'] },
  { name: 'New Zealand', camp: 'New Zealand', words: ['new zealand'] },
  { name: 'Argentina', camp: 'Argentine', words: ['argentina', 'argentine', 'argentinian', 'buenos aires'] },
  { name: 'Chile', camp: 'Chilean', words: ['chile', 'chilean'] },
  { name: 'Colombia', camp: 'Colombian', words: ['colombia', 'colombian', 'bogota', 'bogotá'] },
  { name: 'Peru', camp: 'Peruvian', words: ['peru', 'peruvian', 'lima'] },
  { name: 'Nicaragua', camp: 'Nicaraguan', words: ['nicaragua', 'nicaraguan', 'managua'] },
  { name: 'Greece', camp: 'Greek', words: ['greece', 'greek', 'athens'] },
  { name: 'Portugal', camp: 'Portuguese', words: ['portugal', 'portuguese', 'lisbon'] },
  { name: 'Ireland', camp: 'Irish', words: ['ireland', 'irish', 'dublin'] },
  { name: 'Belgium', camp: 'Belgian', words: ['belgium', 'belgian'] },
  { name: 'Switzerland', camp: 'Swiss', words: ['switzerland', 'swiss', 'bern'] },
  { name: 'Austria', camp: 'Austrian', words: ['austria', 'austrian', 'vienna'] },
  { name: 'Denmark', camp: 'Danish', words: ['denmark', 'danish', 'copenhagen'] },
  // (Self-governing within the Danish realm, with a government and parties of its own: a camp of its own.)
  { name: 'Greenland', camp: 'Greenlandic', words: ['greenland', 'greenlandic', 'nuuk'] },
  { name: 'Czech Republic', camp: 'Czech', words: ['czech republic', 'czechia', 'czech', 'prague'] },
  { name: 'Romania', camp: 'Romanian', words: ['romania', 'romanian', 'bucharest'] },
  { name: 'Bulgaria', camp: 'Bulgarian', words: ['bulgaria', 'bulgarian'] },
  { name: 'Serbia', camp: 'Serbian', words: ['serbia', 'serbian', 'belgrade'] },
  { name: 'Croatia', camp: 'Croatian', words: ['croatia', 'croatian', 'zagreb'] },
  { name: 'Slovakia', camp: 'Slovak', words: ['slovakia', 'slovak', 'bratislava'] },
  { name: 'Armenia', camp: 'Armenian', words: ['armenia', 'armenian', 'yerevan'] },
  { name: 'Azerbaijan', camp: 'Azerbaijani', words: ['azerbaijan', 'azerbaijani', 'baku'] },
  { name: 'Kazakhstan', camp: 'Kazakh', words: ['kazakhstan', 'kazakh', 'astana'] },
  { name: 'United Arab Emirates', camp: 'Emirati', words: ['uae', 'u.a.e.', 'emirati', 'abu dhabi'] },
  { name: 'Kuwait', camp: 'Kuwaiti', words: ['kuwait', 'kuwaiti', 'kuwait city'] },
  { name: 'Jordan', camp: 'Jordanian', words: ['jordanian', 'amman'] },
  { name: 'Oman', camp: 'Omani', words: ['oman', 'omani', 'muscat'] },
  { name: 'Bahrain', camp: 'Bahraini', words: ['bahrain', 'bahraini', 'manama'] },
  // The rest of the UN's members (and Kosovo, the Holy See), so a small country's officials have a camp too
  // ('Tuvalu's foreign minister'). Same rules; a capital that names another place ('kingston', 'victoria',
  // 'georgetown', 'san jose', 'nassau') or a name that is an ordinary word ('guinea' pig, 'chad') is left out.
  { name: 'Albania', camp: 'Albanian', words: ['albania', 'albanian', 'tirana'] },
  { name: 'Andorra', camp: 'Andorran', words: ['andorra', 'andorran'] },
  { name: 'Angola', camp: 'Angolan', words: ['angola', 'angolan', 'luanda'] },
  { name: 'Antigua and Barbuda', camp: 'Antiguan', words: ['antigua', 'antiguan'] },
  { name: 'Bahamas', camp: 'Bahamian', words: ['bahamas', 'bahamian'] },
  { name: 'Barbados', camp: 'Barbadian', words: ['barbados', 'barbadian'] },
  { name: 'Belize', camp: 'Belizean', words: ['belize', 'belizean'] },
  { name: 'Benin', camp: 'Beninese', words: ['benin', 'beninese', 'cotonou'] },
  { name: 'Bhutan', camp: 'Bhutanese', words: ['bhutan', 'bhutanese', 'thimphu'] },
  { name: 'Bolivia', camp: 'Bolivian', words: ['bolivia', 'bolivian', 'la paz'] },
  {
    name: 'Bosnia and Herzegovina',
    camp: 'Bosnian',
    words: ['bosnia', 'bosnian', 'herzegovina', 'sarajevo'],
  },
  { name: 'Botswana', camp: 'Botswana', words: ['botswana', 'gaborone'] },
  { name: 'Brunei', camp: 'Bruneian', words: ['brunei', 'bruneian'] },
  { name: 'Burkina Faso', camp: 'Burkinabe', words: ['burkina faso', 'burkina', 'burkinabe', 'ouagadougou'] },
  { name: 'Burundi', camp: 'Burundian', words: ['burundi', 'burundian', 'gitega', 'bujumbura'] },
  { name: 'Cabo Verde', camp: 'Cape Verdean', words: ['cabo verde', 'cape verde', 'cape verdean'] },
  { name: 'Cambodia', camp: 'Cambodian', words: ['cambodia', 'cambodian', 'phnom penh'] },
  { name: 'Cameroon', camp: 'Cameroonian', words: ['cameroon', 'cameroonian', 'yaounde', 'yaoundé'] },
  { name: 'Central African Republic', camp: 'Central African', words: ['central african', 'bangui'] },
  { name: 'Chad', camp: 'Chadian', words: ['chadian'] },
  { name: 'Comoros', camp: 'Comorian', words: ['comoros', 'comorian'] },
  {
    name: 'DR Congo',
    camp: 'Congolese',
    words: ['congo', 'congolese', 'drc', 'd.r.c.', 'dr congo', 'kinshasa'],
  },
  { name: 'Republic of the Congo', camp: 'Republic of the Congo', words: ['brazzaville'] },
  { name: 'Costa Rica', camp: 'Costa Rican', words: ['costa rica', 'costa rican'] },
  { name: "Côte d'Ivoire", camp: 'Ivorian', words: ['ivory coast', 'ivorian', 'abidjan'] },
  { name: 'Cyprus', camp: 'Cypriot', words: ['cyprus', 'cypriot', 'nicosia'] },
  { name: 'Djibouti', camp: 'Djiboutian', words: ['djibouti', 'djiboutian'] },
  { name: 'Dominica', camp: 'Dominica', words: ['dominica'] },
  {
    name: 'Dominican Republic',
    camp: 'Dominican',
    words: ['dominican republic', 'dominican', 'santo domingo'],
  },
  { name: 'Ecuador', camp: 'Ecuadorian', words: ['ecuador', 'ecuadorian', 'ecuadorean', 'quito'] },
  {
    name: 'El Salvador',
    camp: 'Salvadoran',
    words: ['el salvador', 'salvadoran', 'salvadorean', 'san salvador'],
  },
  {
    name: 'Equatorial Guinea',
    camp: 'Equatoguinean',
    words: ['equatorial guinea', 'equatoguinean', 'malabo'],
  },
  { name: 'Eritrea', camp: 'Eritrean', words: ['eritrea', 'eritrean', 'asmara'] },
  { name: 'Eswatini', camp: 'Eswatini', words: ['eswatini', 'swaziland', 'mbabane'] },
  { name: 'Fiji', camp: 'Fijian', words: ['fiji', 'fijian', 'suva'] },
  { name: 'Gabon', camp: 'Gabonese', words: ['gabon', 'gabonese', 'libreville'] },
  { name: 'Gambia', camp: 'Gambian', words: ['gambia', 'gambian', 'banjul'] },
  { name: 'Ghana', camp: 'Ghanaian', words: ['ghana', 'ghanaian', 'accra'] },
  { name: 'Grenada', camp: 'Grenadian', words: ['grenada', 'grenadian'] },
  { name: 'Guatemala', camp: 'Guatemalan', words: ['guatemala', 'guatemalan', 'guatemala city'] },
  { name: 'Guinea', camp: 'Guinean', words: ['guinean', 'conakry'] },
  { name: 'Guinea-Bissau', camp: 'Bissau-Guinean', words: ['guinea-bissau', 'bissau'] },
  { name: 'Guyana', camp: 'Guyanese', words: ['guyana', 'guyanese'] },
  { name: 'Haiti', camp: 'Haitian', words: ['haiti', 'haitian', 'haitians'] },
  { name: 'Holy See', camp: 'Holy See', words: ['holy see', 'vatican', 'vatican city'] },
  { name: 'Honduras', camp: 'Honduran', words: ['honduras', 'honduran', 'tegucigalpa'] },
  { name: 'Iceland', camp: 'Icelandic', words: ['iceland', 'icelandic', 'reykjavik', 'reykjavík'] },
  { name: 'Jamaica', camp: 'Jamaican', words: ['jamaica', 'jamaican'] },
  { name: 'Kiribati', camp: 'Kiribati', words: ['kiribati'] },
  { name: 'Kosovo', camp: 'Kosovar', words: ['kosovo', 'kosovar', 'pristina', 'prishtina'] },
  { name: 'Kyrgyzstan', camp: 'Kyrgyz', words: ['kyrgyzstan', 'kyrgyz', 'bishkek'] },
  { name: 'Laos', camp: 'Lao', words: ['laos', 'laotian', 'vientiane'] },
  { name: 'Lesotho', camp: 'Lesotho', words: ['lesotho', 'maseru'] },
  { name: 'Liberia', camp: 'Liberian', words: ['liberia', 'liberian', 'monrovia'] },
  { name: 'Liechtenstein', camp: 'Liechtenstein', words: ['liechtenstein'] },
  { name: 'Luxembourg', camp: 'Luxembourgish', words: ['luxembourg', 'luxembourgish'] },
  { name: 'Madagascar', camp: 'Malagasy', words: ['madagascar', 'malagasy', 'antananarivo'] },
  { name: 'Malawi', camp: 'Malawian', words: ['malawi', 'malawian', 'lilongwe'] },
  { name: 'Malaysia', camp: 'Malaysian', words: ['malaysia', 'malaysian', 'kuala lumpur'] },
  { name: 'Maldives', camp: 'Maldivian', words: ['maldives', 'maldivian'] },
  { name: 'Mali', camp: 'Malian', words: ['mali', 'malian', 'bamako'] },
  { name: 'Malta', camp: 'Maltese', words: ['malta', 'maltese', 'valletta'] },
  { name: 'Marshall Islands', camp: 'Marshallese', words: ['marshall islands', 'marshallese', 'majuro'] },
  { name: 'Mauritania', camp: 'Mauritanian', words: ['mauritania', 'mauritanian', 'nouakchott'] },
  { name: 'Mauritius', camp: 'Mauritian', words: ['mauritius', 'mauritian'] },
  { name: 'Micronesia', camp: 'Micronesian', words: ['micronesia', 'micronesian'] },
  { name: 'Monaco', camp: 'Monegasque', words: ['monaco', 'monegasque'] },
  { name: 'Mongolia', camp: 'Mongolian', words: ['mongolia', 'mongolian', 'ulaanbaatar'] },
  { name: 'Montenegro', camp: 'Montenegrin', words: ['montenegro', 'montenegrin', 'podgorica'] },
  { name: 'Mozambique', camp: 'Mozambican', words: ['mozambique', 'mozambican', 'maputo'] },
  { name: 'Namibia', camp: 'Namibian', words: ['namibia', 'namibian', 'windhoek'] },
  { name: 'Nauru', camp: 'Nauruan', words: ['nauru', 'nauruan'] },
  { name: 'Niger', camp: 'Nigerien', words: ['nigerien', 'niamey'] },
  {
    name: 'North Macedonia',
    camp: 'North Macedonian',
    words: ['north macedonia', 'north macedonian', 'skopje'],
  },
  { name: 'Palau', camp: 'Palauan', words: ['palau', 'palauan'] },
  { name: 'Panama', camp: 'Panamanian', words: ['panama', 'panamanian'] },
  { name: 'Papua New Guinea', camp: 'Papua New Guinean', words: ['port moresby'] },
  { name: 'Paraguay', camp: 'Paraguayan', words: ['paraguay', 'paraguayan', 'asuncion', 'asunción'] },
  { name: 'Rwanda', camp: 'Rwandan', words: ['rwanda', 'rwandan', 'kigali'] },
  { name: 'Saint Lucia', camp: 'Saint Lucian', words: ['saint lucia', 'st. lucia'] },
  { name: 'Samoa', camp: 'Samoan', words: ['samoa', 'samoan'] },
  { name: 'San Marino', camp: 'Sammarinese', words: ['san marino', 'sammarinese'] },
  { name: 'Senegal', camp: 'Senegalese', words: ['senegal', 'senegalese', 'dakar'] },
  { name: 'Seychelles', camp: 'Seychellois', words: ['seychelles', 'seychellois'] },
  { name: 'Sierra Leone', camp: 'Sierra Leonean', words: ['sierra leone', 'sierra leonean', 'freetown'] },
  { name: 'Singapore', camp: 'Singaporean', words: ['singapore', 'singaporean'] },
  { name: 'Slovenia', camp: 'Slovenian', words: ['slovenia', 'slovenian', 'ljubljana'] },
  { name: 'Solomon Islands', camp: 'Solomon Islands', words: ['solomon islands', 'honiara'] },
  { name: 'Suriname', camp: 'Surinamese', words: ['suriname', 'surinamese', 'paramaribo'] },
  { name: 'Tajikistan', camp: 'Tajik', words: ['tajikistan', 'tajik', 'dushanbe'] },
  { name: 'Tanzania', camp: 'Tanzanian', words: ['tanzania', 'tanzanian', 'dodoma'] },
  { name: 'Timor-Leste', camp: 'Timorese', words: ['timor-leste', 'east timor', 'timorese', 'dili'] },
  { name: 'Togo', camp: 'Togolese', words: ['togo', 'togolese', 'lome', 'lomé'] },
  { name: 'Tonga', camp: 'Tongan', words: ['tonga', 'tongan'] },
  { name: 'Trinidad and Tobago', camp: 'Trinidadian', words: ['trinidad', 'trinidadian', 'tobago'] },
  { name: 'Turkmenistan', camp: 'Turkmen', words: ['turkmenistan', 'turkmen', 'ashgabat'] },
  { name: 'Tuvalu', camp: 'Tuvaluan', words: ['tuvalu', 'tuvaluan', 'funafuti'] },
  { name: 'Uganda', camp: 'Ugandan', words: ['uganda', 'ugandan', 'kampala'] },
  { name: 'Uruguay', camp: 'Uruguayan', words: ['uruguay', 'uruguayan', 'montevideo'] },
  { name: 'Uzbekistan', camp: 'Uzbek', words: ['uzbekistan', 'uzbek', 'tashkent'] },
  { name: 'Vanuatu', camp: 'Vanuatu', words: ['vanuatu', 'port vila'] },
  { name: 'Zambia', camp: 'Zambian', words: ['zambia', 'zambian', 'lusaka'] },
  { name: 'Zimbabwe', camp: 'Zimbabwean', words: ['zimbabwe', 'zimbabwean', 'harare'] },
];

const byWord = new Map<string, Country>();
const byName = new Map<string, Country>();
for (const c of COUNTRIES) {
  byName.set(c.name, c);
  for (const w of c.words) byWord.set(w, c);
}

/** The country a (lowercased) word or two-word phrase names: 'russian' -> 'Russia'. */
export function countryOfWord(word: string): string | null {
  const hit = byWord.get(word);
  if (hit) return hit.name;
  // "ukraine's" as one word (wink usually splits it off; other tokenisers may not).
  const c = word.charCodeAt(word.length - 1) === 115 && word.length > 3 ? word.charAt(word.length - 2) : '';
  return c === "'" || c === '’' ? (byWord.get(word.slice(0, -2))?.name ?? null) : null;
}

let placeWords: Map<string, string> | undefined;

/**
 * Places inside a country (data/gazetteer/places.json: states, provinces, nations, large cities) by lowercased
 * name. In a title ('Virginia Gov. Terry McAuliffe') or beside a speaker they give the speaker's country;
 * unlike COUNTRIES they never make a mention of their own ('Texas said' is not the United States speaking).
 */
function placeTable(): Map<string, string> {
  placeWords ??= new Map(places().flatMap((g) => g.names.map((n) => [n, g.country] as const)));
  return placeWords;
}

/** The country a lowercased place name (one word, or two joined by a space) lies in: 'texas' -> 'United States'. */
export function countryOfPlace(word: string): string | null {
  return placeTable().get(word) ?? null;
}

let placeFirstWords: Set<string> | undefined;

/** Whether a lowercased word starts a two-word place name ('new' of 'new york'), for token scans. */
export function startsTwoWordPlace(word: string): boolean {
  placeFirstWords ??= new Set(
    [...placeTable().keys()].filter((w) => w.includes(' ')).map((w) => w.split(' ')[0] ?? ''),
  );
  return placeFirstWords.has(word);
}

/** Every lowercased word that names a country, party or role: the hot loops skip all other words at once. */
export function vocabulary(): string[] {
  return [...byWord.keys(), ...PARTIES.keys(), ...ROLE_SECTOR.keys()];
}

/** Two-word country names ('south korea'), keyed by their first word, for token scans. */
export const MULTIWORD_COUNTRY_FIRST = new Set(
  COUNTRIES.flatMap((c) => c.words.filter((w) => w.includes(' ')).map((w) => w.split(' ')[0] ?? '')),
);

/** The second words of two-word country names ('korea', 'hague'), so scans can rule a pair out early. */
export const MULTIWORD_COUNTRY_SECOND = new Set(
  COUNTRIES.flatMap((c) => c.words.filter((w) => w.includes(' ')).map((w) => w.split(' ')[1] ?? '')),
);

/** A city council's posts: local government wherever they appear ('Councilwoman X', 'Alderman X'). */
export const CITY_COUNCIL_POSTS = [
  'councilman',
  'councilwoman',
  'councilmember',
  'councillor',
  'councilor',
  'alderman',
  'alderwoman',
] as const;

/** Words that make a post a trade union's ('police union president', 'union leader'). */
export const TRADE_UNION_WORDS = ['union', 'unions', 'unionist', 'unionists'] as const;

/**
 * Relatives and neighbours: 'Maria Santos, the wife of one of the injured sailors,' speaks as a member of the
 * public. Described so, not titled so: 'his wife Hillary Clinton' is no post of hers (speaker-words keeps
 * them out of title runs).
 */
export const KIN_WORDS = [
  'wife',
  'husband',
  'widow',
  'widower',
  'son',
  'daughter',
  'sister',
  'brother',
  'relative',
  'relatives',
  'grandmother',
  'grandfather',
  'neighbour',
  'neighbor',
  'neighbours',
  'neighbors',
] as const;
const KIN: ReadonlySet<string> = new Set(KIN_WORDS);
export const isKinWord = (w: string): boolean => KIN.has(w);

/** Role words (lowercased) -> sector. Titles, nouns for unnamed speakers, and group nouns. */
export const ROLE_SECTOR: ReadonlyMap<string, Sector> = new Map<string, Sector>([
  ...(
    [
      'president',
      'vice',
      'minister',
      'ministers',
      'premier',
      'pm',
      'chancellor',
      'secretary',
      'undersecretary',
      'spokesperson',
      'spokesman',
      'spokeswoman',
      'spokespeople',
      'ambassador',
      'envoy',
      'diplomat',
      'diplomats',
      // ('and his Sudanese counterpart Ali Youssef Al-Sharif': the same post in another government.)
      'counterpart',
      'counterparts',
      'official',
      'officials',
      'adviser',
      'advisor',
      'advisers',
      'advisors',
      'aide',
      'aides',
      'governor',
      'gov.',
      'mayor',
      ...CITY_COUNCIL_POSTS,
      'administration',
      'cabinet',
      'king',
      'queen',
      'prince',
      'emir',
      'sheikh',
      'prime',
      'foreign',
      'deputy',
      'press',
      'head',
      'chief',
      'director',
      'coordinator',
      'commissioner',
      'administrator',
      'attorney',
      'atty.',
      'atty',
      'negotiator',
      'negotiators',
      // 'border czar Tom Homan', 'the drug tsar': a government's appointee.
      'czar',
      'tsar',
      'government',
      'ministry',
      'department',
      // ('The Presidency said': a head of state's office, in Nigeria, South Africa, Ghana and elsewhere.)
      'presidency',
      'authorities',
      'embassy',
      'embassies',
      'consulate',
      'superintendent',
      'inspector',
    ] as const
  ).map((w) => [w, 'government'] as [string, Sector]),
  ...(
    [
      'general',
      'gen.',
      'commander',
      'commanders',
      'colonel',
      'col.',
      'maj.',
      'maj',
      'brig.',
      'brigadier',
      'cpl.',
      'corporal',
      'commodore',
      'admiral',
      'adm.',
      'adm',
      'rear',
      'lieutenant',
      'lt.',
      'sergeant',
      'sgt.',
      'captain',
      'capt.',
      'army',
      'military',
      'command',
      'troops',
      'soldier',
      'soldiers',
      'marshal',
    ] as const
  ).map((w) => [w, 'military'] as [string, Sector]),
  ...(
    [
      'intelligence',
      'police',
      'spy',
      'security',
      'sheriff',
      'patrol',
      // Police ranks ('Detective Superintendent', 'Chief Constable'); a lone 'superintendent' or
      // 'inspector' may be a school's or an inspectorate's, so those two are public posts below.
      'detective',
      'detectives',
      // 'the officer', 'a police officer': in the news far more often police than military ('military
      // officers', 'army officer' take the military from the word before).
      'officer',
      'officers',
      'constable',
      'constables',
    ] as const
  ).map((w) => [w, 'security'] as [string, Sector]),
  ...(
    [
      'backbencher',
      'backbenchers',
      // A member of the European Parliament (speaker-entities gives the body).
      'mep',
      'meps',
      'senator',
      'sen.',
      'senators',
      'lawmaker',
      'lawmakers',
      'legislator',
      'legislators',
      'congressman',
      'congresswoman',
      'congressmen',
      'rep.',
      'mp',
      'mps',
      'parliamentarian',
      'speaker',
      'republican',
      'republicans',
      'democrat',
      'democrats',
      'democratic',
      'opposition',
      // ('the minority spokesman on finance', 'Minority Leader': the opposition in a legislature.)
      'minority',
      'candidate',
      'politician',
      'politicians',
      'leader',
      'party',
      'strategist',
      'strategists',
      'operative',
      'operatives',
    ] as const
  ).map((w) => [w, 'politics'] as [string, Sector]),
  ...(['judge', 'judges', 'court', 'justice', 'justices'] as const).map(
    (w) => [w, 'judiciary'] as [string, Sector],
  ),
  // Lawyers in private practice speak for their clients: the defence in a criminal case, a party in a civil
  // one (a prosecutor or a government's attorney is read apart).
  ...(['lawyer', 'lawyers', 'barrister', 'barristers'] as const).map(
    (w) => [w, 'counsel'] as [string, Sector],
  ),
  // Prosecutors are a party to a case for the state, not the court that judges it.
  ...(['prosecutor', 'prosecutors'] as const).map((w) => [w, 'government'] as [string, Sector]),
  ...(['rights', 'activist', 'activists', 'campaigner', 'campaigners', 'advocates', 'watchdog'] as const).map(
    (w) => [w, 'rights'] as [string, Sector],
  ),
  ...(['humanitarian', 'aid', 'charity', 'charities', 'relief', 'ngo', 'ngos'] as const).map(
    (w) => [w, 'humanitarian'] as [string, Sector],
  ),
  // A trade union's posts ('police union president', 'union leader'); a union the gazetteer knows
  // ('European Union') is read as that body first.
  ...TRADE_UNION_WORDS.map((w) => [w, 'advocacy'] as [string, Sector]),
  // ('GMB senior organiser Rachel Moss', 'a community organizer': a union's or a campaign's post.)
  ...(['organiser', 'organizer', 'organisers', 'organizers'] as const).map(
    (w) => [w, 'advocacy'] as [string, Sector],
  ),
  ...(
    [
      'analyst',
      'analysts',
      'expert',
      'experts',
      'professor',
      'researcher',
      'researchers',
      'scholar',
      'economist',
      'historian',
      'fellow',
      'scientist',
      'scientists',
      'economists',
      'academic',
      'academics',
      'epidemiologist',
      'physicist',
      'climatologist',
      'pollster',
      'demographer',
      'criminologist',
      'sociologist',
      'psychologist',
      'meteorologist',
      'lecturer',
      // Specialists asked about research in their field.
      'endocrinologist',
      'ophthalmologist',
      'cardiologist',
      'oncologist',
      'virologist',
      'immunologist',
      'neurologist',
      'pharmacologist',
      'toxicologist',
      'statistician',
      'seismologist',
      'volcanologist',
      'geologist',
      'biologist',
      'ecologist',
      'hydrologist',
    ] as const
  ).map((w) => [w, 'expert'] as [string, Sector]),
  ...(
    [
      'journalist',
      'journalists',
      'reporter',
      'reporters',
      'correspondent',
      'editor',
      'columnist',
      'photographer',
      'photojournalist',
      'cameraman',
      'camerawoman',
    ] as const
  ).map((w) => [w, 'media'] as [string, Sector]),
  ...(
    [
      'ceo',
      'executive',
      'executives',
      'chairman',
      'chairwoman',
      'chair',
      'chairperson',
      'founder',
      'company',
      'businessman',
      'businesswoman',
      'businessmen',
      'entrepreneur',
      'banker',
      'bankers',
      // ('The ad hoc group of bondholders said': investors speak for their money.)
      'investor',
      'investors',
      'bondholder',
      'bondholders',
      'shareholder',
      'shareholders',
      'billionaire',
      'tycoon',
      // ('Union boss Marcus Bell', 'a party boss': a word before the boss says whose, see speaker-entities.)
      'boss',
      'bosses',
    ] as const
  ).map((w) => [w, 'business'] as [string, Sector]),
  ...(
    [
      'resident',
      'residents',
      'witness',
      'witnesses',
      'juror',
      'jurors',
      'civilian',
      'civilians',
      'survivor',
      'survivors',
      'mother',
      'father',
      'woman',
      'man',
      'student',
      'voters',
      'people',
      'villager',
      'villagers',
      'passenger',
      'passengers',
      'shopper',
      'shoppers',
      'commuter',
      'commuters',
      'mourner',
      'mourners',
      'seeker',
      'seekers',
      'parent',
      'parents',
      // People at their everyday work or home, speaking for themselves.
      'teacher',
      'nurse',
      'patient',
      'farmer',
      'farmers',
      'fisherman',
      'fishermen',
      'shopkeeper',
      'shopkeepers',
      'vendor',
      'vendors',
      // ('a trader at the city's main market': a market trader, not a financial one.)
      'trader',
      'traders',
      'retiree',
      'retirees',
      'pensioner',
      'pensioners',
      'homeowner',
      'homeowners',
      'tenant',
      'tenants',
      'worker',
      'workers',
      // ('One packer said', 'Darren Okafor, a picker,': warehouse work.)
      'packer',
      'packers',
      'picker',
      'pickers',
      'employee',
      'employees',
      'patients',
      'nurses',
      'teachers',
      'students',
      'driver',
      'drivers',
      'clerk',
      // Doctors speak, as nurses and teachers do, from their work with the public.
      'doctor',
      'doctors',
      'physician',
      'physicians',
      'pediatrician',
      'paediatrician',
      'obstetrician',
      // Trades and service work.
      'mechanic',
      'electrician',
      'plumber',
      'cashier',
      'waiter',
      'waitress',
      'labourer',
      'laborer',
      'hairdresser',
      'cleaner',
      'voter',
      // Clergy of a parish or congregation speak for their community, not for a state.
      'pastor',
      'priest',
      'imam',
      'rabbi',
      'bishop',
      'archbishop',
      'cardinal',
      ...KIN_WORDS,
    ] as const
  ).map((w) => [w, 'public'] as [string, Sector]),
]);

/** Posts held jointly, written with 'co-' ('co-director', 'co-chairs'): the post's own sector. */
const JOINT_POSTS = [
  'director',
  'founder',
  'chair',
  'chairs',
  'chairman',
  'chairwoman',
  'president',
  'leader',
];
for (const w of JOINT_POSTS) {
  const sector = ROLE_SECTOR.get(w);
  if (sector) (ROLE_SECTOR as Map<string, Sector>).set(`co-${w}`, sector);
}

/**
 * Country names of three words or more, which the two-word tables cannot hold, by their lowercased first word
 * ('Democratic Republic of the Congo' must not read as a Democratic 'Republic').
 */
export const LONG_COUNTRY_NAMES: ReadonlyMap<
  string,
  readonly { words: readonly string[]; country: string }[]
> = (() => {
  const names: [string, string][] = [
    ['democratic republic of the congo', 'DR Congo'],
    ['democratic republic of congo', 'DR Congo'],
    ['republic of the congo', 'Republic of the Congo'],
    ['united arab emirates', 'United Arab Emirates'],
    ['bosnia and herzegovina', 'Bosnia and Herzegovina'],
    ['papua new guinea', 'Papua New Guinea'],
    ['trinidad and tobago', 'Trinidad and Tobago'],
    ['central african republic', 'Central African Republic'],
  ];
  const byFirst = new Map<string, { words: string[]; country: string }[]>();
  for (const [name, country] of names) {
    const words = name.split(' ');
    const first = words[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), { words, country }]);
  }
  return byFirst;
})();

/** Party words -> country and party label, for 'Republican lawmakers'. */
const PARTIES = new Map<string, { country: string; party: string }>([
  ['republican', { country: 'United States', party: 'Republican' }],
  ['republicans', { country: 'United States', party: 'Republican' }],
  ['gop', { country: 'United States', party: 'Republican' }],
  ['democrat', { country: 'United States', party: 'Democratic' }],
  ['democrats', { country: 'United States', party: 'Democratic' }],
  ['democratic', { country: 'United States', party: 'Democratic' }],
  ['labour', { country: 'United Kingdom', party: 'Labour' }],
  ['tory', { country: 'United Kingdom', party: 'Conservative' }],
  ['tories', { country: 'United Kingdom', party: 'Conservative' }],
  ['conservative', { country: 'United Kingdom', party: 'Conservative' }],
  ['likud', { country: 'Israel', party: 'Likud' }],
]);

export function partyOfWord(word: string): { country: string; party: string } | null {
  return PARTIES.get(word) ?? null;
}

/**
 * Whether a party's word at `k` opens another party's name ('the Democratic Center party', 'the Democratic
 * Unionist Party'): a capitalised word that is no party's, then 'party'.
 */
export const otherPartyName = (tokens: readonly { cap: boolean; lower: string }[], k: number): boolean =>
  (!!tokens[k + 1]?.cap &&
    /^part(y|ies)$/.test(tokens[k + 2]?.lower ?? '') &&
    !partyOfWord(tokens[k + 1]?.lower ?? '')) ||
  // ('the Constitutional Democratic Party', 'the Christian Democratic Party': a word of its own before it.)
  (!!tokens[k - 1]?.cap &&
    /^part(y|ies)$/.test(tokens[k + 1]?.lower ?? '') &&
    !partyOfWord(tokens[k - 1]?.lower ?? '') &&
    !countryOfWord(tokens[k - 1]?.lower ?? '') &&
    !/^(the|a|an)$/.test(tokens[k - 1]?.lower ?? ''));

/** The sector a role word stands for ('minister' -> government), or null. */
export function sectorOfWord(word: string): Sector | null {
  return ROLE_SECTOR.get(word) ?? null;
}

const campWord = (country: string | null) => (country ? (byName.get(country)?.camp ?? country) : null);

/** The voice-balance camp of an affiliation; 'Anonymous sources' / 'Unaffiliated or unknown' when nothing is known. */
export function campOf(a: Affiliation, anonymous = false): string {
  const c = campWord(a.country);
  switch (a.sector) {
    case 'international':
    case 'armed-group':
      return a.body ?? (c ? `${c} armed groups` : 'Armed groups');
    case 'government':
      if (a.local)
        return c === 'United States'
          ? 'United States state and local government'
          : c
            ? `${c} regional and local government`
            : 'Regional and local government (country not named)';
      return c ? `${c} government` : anonymous ? 'Anonymous officials' : 'Government (country not named)';
    case 'military':
      return c ? `${c} military` : 'Military (country not named)';
    case 'security':
      return c ? `${c} security services` : 'Security services (country not named)';
    case 'politics': {
      const detail = [a.body, a.party].filter(Boolean).join(', ');
      const base = c ? `${c} politics` : 'Politics';
      return detail ? `${base} (${detail})` : base;
    }
    case 'judiciary':
      return a.body ?? (c ? `${c} courts` : 'Courts');
    case 'rights':
      return 'Rights groups';
    case 'humanitarian':
      return 'Humanitarian groups';
    case 'advocacy':
      return a.cause ? CAUSE_CAMPS[a.cause] : 'Advocacy groups and unions';
    case 'media':
      return 'News media';
    case 'expert':
      return 'Experts and analysts';
    case 'business':
      return 'Business';
    case 'counsel':
      return 'Lawyers (defence or private)';
    case 'public':
      return c ? `${c} civilians and public` : 'Civilians and public';
    default:
      if (anonymous) return 'Anonymous sources';
      return c ? `${c} (sector not named)` : 'Unaffiliated or unknown';
  }
}

/** Human label of an affiliation for the sources panel, or null when nothing is known. */
export function affiliationOf(a: Affiliation): string | null {
  if (!a.country && !a.sector && !a.body) return null;
  return campOf(a);
}
