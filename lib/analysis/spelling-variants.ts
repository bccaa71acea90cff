import { givenNameGender } from '@/lib/lexicons/gazetteer';
import { namingMatches } from '@/lib/lexicons/naming-variants';
import { isCommonWord } from './background-words';
import { countryOfWord } from './camps';
import type { AnalysisDoc } from './detector';
import { isCountryEntity } from './speaker-entities';
import { mentionsOf } from './speakers';
import { type Token, WordTable } from './tokenize';
import type { NamingVariant, Span } from './types';

/** Lowercase particles that belong to the name that follows them ('al-Qidra', 'bin Salman'). */
const PARTICLES = new Set(['al', 'el', 'Al', 'El', 'bin', 'ibn']);
/** Every particle is two or three letters long: most words are ruled out before the set is asked. */
const isParticle = (text: string) => text.length <= 3 && PARTICLES.has(text);

const NOTE =
  'The two articles spell this name differently. Names from Russian, Ukrainian, Arabic and other scripts have several ' +
  'romanisations; the choice often follows a source (a Russian- or Ukrainian-language source, a wire service, a style guide).';

// Transliteration folding, applied in order to a lowercased, accent-free word.
const FOLDS: [RegExp, string][] = [
  [/shch|sch/g, 'sh'],
  [/kh/g, 'h'],
  [/^q/, 'g'], // Arabic qaf romanised q or g at the start of a name: Qaddafi / Gaddafi
  [/g/g, 'h'], // Ukrainian h for Russian g: Ihor / Igor, Hlib / Gleb
  [/zh/g, 'z'],
  [/ph/g, 'f'],
  [/dh/g, 'd'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/ou/g, 'u'],
  [/oo/g, 'u'],
  [/^ye/, 'e'],
  [/^yu/, 'iu'],
  [/^ya/, 'ia'],
  [/j/g, 'i'],
  [/y/g, 'i'],
  [/ei|ey/g, 'i'],
  [/(.)\1+/g, '$1'],
];

const folds = new Map<string, string>();

/** A name word folded across common romanisations: 'Zelenskyy' and 'Zelensky' give the same string. */
export function foldName(word: string): string {
  const cached = folds.get(word);
  if (cached !== undefined) return cached;
  let s = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  for (const [re, to] of FOLDS) s = s.replace(re, to);
  s = s.replace(/i+$/, 'i');
  if (folds.size > 50_000) folds.clear(); // names repeat across requests; keep the cache bounded
  folds.set(word, s);
  return s;
}

const skeletons = new Map<string, string>();

/** First letter plus consonants: vowels are where romanisations differ most (Kharkov / Kharkiv, Qidra / Qudra). */
export function skeleton(folded: string): string {
  const cached = skeletons.get(folded);
  if (cached !== undefined) return cached;
  const s = (folded[0] ?? '') + folded.slice(1).replace(/[aeiou]/g, '');
  if (skeletons.size > 50_000) skeletons.clear(); // as for folds: names repeat, the cache stays bounded
  skeletons.set(folded, s);
  return s;
}

// Vowel swaps that romanisations actually make (Kharkov/Kharkiv, Qidra/Qudra, Mohammed/Muhammad); others,
// such as i/a (Biden/Baden), count as two edits so unrelated names stay apart.
const VOWEL_SWAPS = new Set([
  'ie',
  'ei',
  'io',
  'oi',
  'iu',
  'ui',
  'ou',
  'uo',
  'ae',
  'ea',
  'ao',
  'oa',
  'eo',
  'oe',
]);

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1] ?? '';
      const y = b[j - 1] ?? '';
      // A changed final vowel usually marks a different name (Maria / Mario), not a romanisation.
      const final = i === a.length && j === b.length;
      const swap = x === y ? 0 : VOWEL_SWAPS.has(x + y) && !final ? 1 : 2;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + swap);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

interface NameWord extends Span {
  /** As written, with an attached particle ('al-Qidra'). */
  surface: string;
  folded: string;
  key: string;
  /** The surface, lowercased, is a common English word. */
  english: boolean;
  /** The form of the name token when the surface is its text alone; null when a particle is attached. */
  form: NameForm | null;
  /** The next word folded when it is a name word too ('putin' after 'Vladimir'), else null. */
  next: string | null;
  /** Whether a name word comes right before it ('Marcel' of 'Mario Marcel'): a later word of a name. */
  afterName: boolean;
  /** That word folded ('mario' before 'Marcel'), else null. */
  prev: string | null;
}

const nameShapes = new Map<string, boolean>();

/** Capitalised word, not an acronym ('US', 'NATO') or 'U.S.'; decided once per spelling. */
function nameShape(text: string): boolean {
  let ok = nameShapes.get(text);
  if (ok === undefined) {
    ok = text.length >= 4 && /^\p{Lu}\p{Ll}/u.test(text) && !/[.\d]/.test(text);
    if (nameShapes.size > 50_000) nameShapes.clear();
    nameShapes.set(text, ok);
  }
  return ok;
}

/**
 * What a spelling gives as a name word: its folded form and skeleton. One record per spelling (process-wide),
 * so a comparison can group the words spelled alike on the record itself, numbered by `call`.
 */
interface NameForm {
  folded: string;
  key: string;
  /** The spelling, lowercased, is a common English word. */
  english: boolean;
  /** The comparison the next two fields belong to; they are reset when a later one first meets the spelling. */
  call: number;
  /** B's words with this spelling. */
  inB: NameWord[];
  /** B's groups of words that name the same as this spelling (for A's words); null until computed. */
  partners: NameWord[][] | null;
}

/**
 * Name forms by spelling; null for a spelling that is not name-shaped. Bounded like the caches above, but
 * only between comparisons, and together with `lastSpelling`: within one, a spelling has one record.
 */
let nameForms = new Map<string, NameForm | null>();

function nameFormOfText(text: string): NameForm | null {
  let form = nameForms.get(text);
  if (form === undefined) {
    const folded = nameShape(text) ? foldName(text) : null;
    form =
      folded === null
        ? null
        : { folded, key: skeleton(folded), english: isEnglish(text), call: 0, inB: [], partners: null };
    nameForms.set(text, form);
  }
  return form;
}

/** Per lowercased word: the last spelling met and its form (a word is nearly always written one way). */
const newSpellingTable = () => new WordTable(() => ({ text: '', form: null as NameForm | null }));
let lastSpelling = newSpellingTable();

/** The name form of a proper-noun word token, or null when the token is not a name word. */
function nameFormOf(t: Token): NameForm | null {
  const last = lastSpelling.lower(t);
  if (last.text !== t.text) {
    last.text = t.text;
    last.form = nameFormOfText(t.text);
  }
  return last.form;
}

/**
 * Proper-name words of a document, outside the curated naming groups (those are reported by the lexicon);
 * with `keys`, only the words whose skeleton is one of them.
 */
function nameWords(doc: AnalysisDoc, keys?: ReadonlySet<string>): NameWord[] {
  const { tokens, blocks, blockKinds, text } = doc;
  // Tokens inside a curated naming match: few, so a set (most documents have none).
  const covered = new Set<number>();
  for (const m of namingMatches(tokens)) for (let i = m.first; i < m.last; i++) covered.add(i);
  // ('Le Parisien' / 'the Parisian elite': a word of an outlet's or a body's name names that body, and is
  // spelled as the body writes it.)
  for (const m of mentionsOf(doc).list) {
    const e = m.entity;
    if (m.kind === 'entity' && e?.type === 'organisation' && !isCountryEntity(e))
      for (let i = m.first; i < m.last; i++) covered.add(i);
  }
  const out: NameWord[] = [];
  // Blocks hold their token ranges: boilerplate blocks' tokens are never looked at.
  for (let b = 0; b < blocks.length; b++) {
    // Credits name photographers and agencies, not the story's people or places.
    if (blockKinds[b] === 'boilerplate' || blockKinds[b] === 'credit') continue;
    const { first, last } = blocks[b] as (typeof blocks)[number];
    for (let i = first; i < last; i++) {
      const t = tokens[i] as Token;
      if (!t.isWord || t.pos !== 'PROPN') continue;
      if (covered.size && covered.has(i)) continue;
      const form = nameFormOf(t);
      if (!form || (keys && !keys.has(form.key))) continue;
      out.push(nameWordAt(tokens, i, form, text));
    }
  }
  return out;
}

/** The name word of token i, whose name form is `form`, with a particle written before it attached. */
function nameWordAt(tokens: readonly Token[], i: number, form: NameForm, text: string): NameWord {
  const t = tokens[i] as Token;
  const after = tokens[i + 1];
  const next =
    after?.isWord && after.pos === 'PROPN' && after.block === t.block ? foldName(after.text) : null;
  const before = tokens[i - 1];
  const afterName =
    !!before && before.isWord && before.pos === 'PROPN' && before.cap && before.block === t.block;
  const prevName = afterName ? foldName((before as Token).text) : null;
  let start = t.start;
  // Attach a particle written before the name: 'al-Qidra', 'Al Qudra', 'bin Salman'.
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  if (
    prev?.text === '-' &&
    prev2 &&
    isParticle(prev2.text) &&
    prev2.end === prev.start &&
    prev.end === t.start
  )
    start = prev2.start;
  else if (prev && isParticle(prev.text) && prev.block === t.block) start = prev.start;
  // A token's text is the slice of the text at its offsets.
  if (start === t.start)
    return {
      start,
      end: t.end,
      surface: t.text,
      folded: form.folded,
      key: form.key,
      english: form.english,
      form,
      next,
      afterName,
      prev: prevName,
    };
  const surface = text.slice(start, t.end);
  return {
    start,
    end: t.end,
    surface,
    folded: form.folded,
    key: form.key,
    english: isEnglish(surface),
    form: null,
    next,
    afterName,
    prev: prevName,
  };
}

/** Both spellings common English words ('Defence' / 'Defense' at a sentence start): a style difference, not a name. */
const isEnglish = (surface: string) => isCommonWord(surface.toLowerCase());
const bothEnglish = (x: NameWord, y: NameWord) => x.english && y.english;

/** The country a word names, or whose people a plural names ('Filipinos', 'Kenyans'). */
function countryOrPeople(word: string): string | null {
  return countryOfWord(word) ?? (word.endsWith('s') ? countryOfWord(word.slice(0, -1)) : null);
}

/** Same name, different romanisation: equal skeletons and folded forms at most a letter or two apart. */
function sameName(x: NameWord, y: NameWord): boolean {
  if (bothEnglish(x, y)) return false;
  // ('Argentina' / 'Argentine', 'Sudan' / 'Sudanese': a country and its adjective are two words, not two
  // spellings of one name.)
  // ('Filipinos' / 'Philippines': the people in the plural, too.)
  const country = countryOrPeople(spellingOf(x));
  if (country && country === countryOrPeople(spellingOf(y))) return false;
  // One name with letters added at its end is another name ('Brasil' / 'Brasilia', 'Paul' / 'Paula'):
  // romanisations differ inside a name, not by a suffix.
  const [short, long] = x.folded.length <= y.folded.length ? [x.folded, y.folded] : [y.folded, x.folded];
  if (long.length > short.length && long.startsWith(short)) return false;
  // ('Jian' / 'Yuan': folded to 'ian' and 'iuan', a letter apart; a short name differs by a letter from many
  // other names, so it must fold to the same string: 'Igor' / 'Ihor', 'Ilya' / 'Ilia'.)
  const longest = Math.max(x.folded.length, y.folded.length);
  const budget = longest >= 7 ? 2 : longest >= 5 ? 1 : 0;
  return x.folded === y.folded || editDistance(x.folded, y.folded) <= budget;
}

/** Comparisons so far: numbers the per-comparison fields of the name forms. */
let calls = 0;

/** A form's fields as they stand in comparison `call`, reset when it is met there first. */
function formIn(form: NameForm, call: number): NameForm {
  if (form.call !== call) {
    form.call = call;
    form.inB = [];
    form.partners = null;
  }
  return form;
}
const formInB = (form: NameForm, call: number) => formIn(form, call).inB;
const formPartners = (form: NameForm, call: number) => formIn(form, call).partners ?? undefined;

const spellingOf = (w: NameWord) => w.surface.toLowerCase();

/**
 * The letters of a spelling without case, hyphens, spaces, apostrophes or a particle before the name:
 * 'Non-Proliferation' and 'Nonproliferation', 'al-Jolani' and 'Jolani' are written the same way.
 */
function lettersOf(w: NameWord): string {
  const parts = w.surface.split(/[-\s]+/);
  if (parts.length > 1 && isParticle((parts[0] ?? '').toLowerCase())) parts.shift();
  return parts.join('').toLowerCase().replace(/['’]/g, '');
}

/** Whether every word of a group, on both sides, is written exactly as the first one of A. */
function sameSurface(inA: readonly NameWord[], inB: ReadonlySet<NameWord>): boolean {
  const surface = inA[0]?.surface;
  for (const w of inA) if (w.surface !== surface) return false;
  for (const w of inB) if (w.surface !== surface) return false;
  return true;
}

/**
 * A first name's uses that name the same person on both sides: when every use is followed by another name
 * word, only those whose following name the other side also has ('Volodymyr Zelensky' / 'Vladimir
 * Zelensky' pair; B's 'Vladimir Putin' does not, nor 'Michelle Obama' with 'Michael Roe').
 */
function samePeople(inA: NameWord[], inB: NameWord[]): { a: NameWord[]; b: NameWord[] } {
  const near = (x: string | null, y: string | null) =>
    x !== null && y !== null && (x === y || editDistance(x, y) <= 2);
  // A word standing alone ('Zelenskyy said') may be anyone's of that name; words inside two names are one
  // person's only when a neighbouring word matches too ('Zeinab Mohammed Salih' and 'Mohamed Adam el-Tayeb'
  // are two people, as are 'Mohammed Salih' and 'Bakhit Mohamed').
  const alone = (w: NameWord) => w.next === null && w.prev === null;
  // (Only across spellings: 'Vladimir Putin' on both sides pairs no 'Vladimir' with B's 'Vladimir
  // Zelensky' against A's 'Volodymyr Zelensky'.)
  const same = (w: NameWord, v: NameWord) =>
    spellingOf(w) !== spellingOf(v) && (alone(w) || alone(v) || near(w.next, v.next) || near(w.prev, v.prev));
  return {
    a: inA.filter((w) => inB.some((v) => same(w, v))),
    b: inB.filter((w) => inA.some((v) => same(w, v))),
  };
}

/**
 * Proper names the two articles spell differently (Alexey / Alexei Navalny, al-Qidra / Al Qudra, Zelensky /
 * Zelenskyy), as naming variants with origin 'spelling'. Same spelling on both sides is never reported.
 */
export function findSpellingVariants(
  a: AnalysisDoc,
  b: AnalysisDoc,
  opts: { quotesA?: readonly Span[]; quotesB?: readonly Span[] } = {},
): { a: NamingVariant[]; b: NamingVariant[] } {
  if (nameForms.size > 50_000) {
    nameForms = new Map();
    lastSpelling = newSpellingTable();
  }
  const wa = nameWords(a);
  if (!wa.length) return { a: [], b: [] };
  // Only B's words that share a skeleton with one of A's can pair with it.
  const keysA = new Set<string>();
  for (const w of wa) keysA.add(w.key);
  const wb = nameWords(b, keysA);
  const call = ++calls;
  // B's name words by skeleton, then by spelling: long articles repeat the same few names many times. Words
  // spelled alike share their form's list; a surface with a particle has its own (same surface, same key).
  const byKeyB = new Map<string, NameWord[][]>();
  const withParticleB = new Map<string, NameWord[]>();
  for (const w of wb) {
    const form = w.form;
    let list = form ? formInB(form, call) : withParticleB.get(w.surface);
    if (!list) {
      list = [];
      withParticleB.set(w.surface, list);
    }
    if (!list.length) {
      const lists = byKeyB.get(w.key);
      if (lists) lists.push(list);
      else byKeyB.set(w.key, [list]);
    }
    list.push(w);
  }

  // Per skeleton: A's words, and B's words that name the same as one of them. Partners depend on the A word's
  // spelling alone, so they are found once per spelling and join a group once, however often A repeats it.
  const pairs = new Map<string, { a: NameWord[]; b: Set<NameWord>; joined: Set<NameWord[][]> }>();
  const withParticleA = new Map<string, NameWord[][]>();
  for (const w of wa) {
    const form = w.form;
    let partners = form ? formPartners(form, call) : withParticleA.get(w.surface);
    if (!partners) {
      partners = (byKeyB.get(w.key) ?? []).filter((list) => list[0] && sameName(w, list[0]));
      if (form) form.partners = partners;
      else withParticleA.set(w.surface, partners);
    }
    if (!partners.length) continue;
    let group = pairs.get(w.key);
    if (!group) {
      group = { a: [], b: new Set<NameWord>(), joined: new Set<NameWord[][]>() };
      pairs.set(w.key, group);
    }
    group.a.push(w);
    if (group.joined.has(partners)) continue;
    group.joined.add(partners);
    for (const list of partners) for (const p of list) group.b.add(p);
  }

  const result: { a: NamingVariant[]; b: NamingVariant[] } = { a: [], b: [] };
  for (const [key, { a: inA, b: inB }] of pairs) {
    if (sameSurface(inA, inB)) continue; // one spelling throughout: nothing to report, no need to lowercase
    const group = samePeople(inA, [...inB]);
    if (!group.a.length || !group.b.length) continue;
    // A surname on one side and a given name on the other are two people ('Mario Marcel' / 'Marisol Herrera').
    const surname = (w: NameWord) => w.afterName && w.next === null;
    const given = (w: NameWord) => !w.afterName && w.next !== null;
    if ((group.a.every(surname) && group.b.every(given)) || (group.a.every(given) && group.b.every(surname)))
      continue;
    // A given name before a surname on one side and a word standing alone on the other that is no given
    // name are two names ('union representative Elise Muller' / 'The Elysee said').
    const alone = (w: NameWord) => !w.afterName && w.next === null && givenNameGender(spellingOf(w)) === null;
    if ((group.a.every(given) && group.b.every(alone)) || (group.a.every(alone) && group.b.every(given)))
      continue;
    // (The same spelling on both sides, or spellings only a hyphen, a space or a particle apart: a style of
    // writing, not another spelling of the name.)
    const la = new Set(group.a.map(lettersOf));
    const lb = new Set(group.b.map(lettersOf));
    if (la.size === lb.size && [...la].every((s) => lb.has(s))) continue;
    const canonical = new Map<string, string>();
    for (const w of [...group.a, ...group.b])
      if (!canonical.has(spellingOf(w))) canonical.set(spellingOf(w), w.surface);
    const groupLabel = [...canonical.values()].join(' / ');
    const emit = (side: 'a' | 'b', words: NameWord[], quotes: readonly Span[] = []) => {
      for (const w of words.sort((x, y) => x.start - y.start)) {
        result[side].push({
          start: w.start,
          end: w.end,
          group: `spelling-${key}`,
          groupLabel,
          variant: canonical.get(spellingOf(w)) ?? w.surface,
          text: w.surface,
          inQuote: quotes.some((q) => q.start <= w.start && w.end <= q.end),
          note: NOTE,
          origin: 'spelling',
        });
      }
    };
    emit('a', group.a, opts.quotesA);
    emit('b', group.b, opts.quotesB);
  }
  for (const side of ['a', 'b'] as const) result[side].sort((x, y) => x.start - y.start);
  return result;
}
