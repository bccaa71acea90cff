import { namingMatches } from '@/lib/lexicons/naming-variants';
import { backgroundCount } from './background-words';
import type { AnalysisDoc } from './detector';
import type { Token } from './tokenize';
import type { NamingVariant, Span } from './types';

/** Lowercase particles that belong to the name that follows them ('al-Qidra', 'bin Salman'). */
const PARTICLES = new Set(['al', 'el', 'Al', 'El', 'bin', 'ibn']);

const NOTE =
  'The two articles spell this name differently. Names from Russian, Ukrainian, Arabic and other scripts have several ' +
  'romanisations; the choice often follows a source (a Russian- or Ukrainian-language source, a wire service, a style guide).';

// Transliteration folding, applied in order to a lowercased, accent-free word.
const FOLDS: [RegExp, string][] = [
  [/shch|sch/g, 'sh'],
  [/kh/g, 'h'],
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

const isNameToken = (t: Token) => t.pos === 'PROPN' && t.isWord && t.text.length >= 4 && nameShape(t.text);

/** Proper-name words of a document, outside the curated naming groups (those are reported by the lexicon). */
function nameWords(doc: AnalysisDoc): NameWord[] {
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of namingMatches(doc.tokens)) covered.fill(1, m.first, m.last);
  const out: NameWord[] = [];
  doc.tokens.forEach((t, i) => {
    if (covered[i] || doc.blockKinds[t.block] === 'boilerplate' || !isNameToken(t)) return;
    let start = t.start;
    // Attach a particle written before the name: 'al-Qidra', 'Al Qudra', 'bin Salman'.
    const prev = doc.tokens[i - 1];
    const prev2 = doc.tokens[i - 2];
    if (
      prev?.text === '-' &&
      prev2 &&
      PARTICLES.has(prev2.text) &&
      prev2.end === prev.start &&
      prev.end === t.start
    )
      start = prev2.start;
    else if (prev && PARTICLES.has(prev.text) && prev.block === t.block) start = prev.start;
    const folded = foldName(t.text);
    out.push({ start, end: t.end, surface: doc.text.slice(start, t.end), folded, key: skeleton(folded) });
  });
  return out;
}

/** Both spellings common English words ('Defence' / 'Defense' at a sentence start): a style difference, not a name. */
const COMMON = 100;
const bothEnglish = (x: NameWord, y: NameWord) =>
  (backgroundCount(x.surface.toLowerCase()) ?? 0) >= COMMON &&
  (backgroundCount(y.surface.toLowerCase()) ?? 0) >= COMMON;

/** Same name, different romanisation: equal skeletons and folded forms at most a letter or two apart. */
function sameName(x: NameWord, y: NameWord): boolean {
  if (bothEnglish(x, y)) return false;
  const budget = Math.max(x.folded.length, y.folded.length) >= 7 ? 2 : 1;
  return x.folded === y.folded || editDistance(x.folded, y.folded) <= budget;
}

const spellingOf = (w: NameWord) => w.surface.toLowerCase();

/**
 * Proper names the two articles spell differently (Alexey / Alexei Navalny, al-Qidra / Al Qudra, Zelensky /
 * Zelenskyy), as naming variants with origin 'spelling'. Same spelling on both sides is never reported.
 */
export function findSpellingVariants(
  a: AnalysisDoc,
  b: AnalysisDoc,
  opts: { quotesA?: readonly Span[]; quotesB?: readonly Span[] } = {},
): { a: NamingVariant[]; b: NamingVariant[] } {
  const wa = nameWords(a);
  const wb = nameWords(b);
  // B's name words by skeleton, then by spelling: long articles repeat the same few names many times.
  const byKeyB = new Map<string, Map<string, NameWord[]>>();
  for (const w of wb) {
    const bySurface = byKeyB.get(w.key) ?? new Map<string, NameWord[]>();
    const list = bySurface.get(w.surface);
    if (list) list.push(w);
    else bySurface.set(w.surface, [w]);
    byKeyB.set(w.key, bySurface);
  }

  const pairs = new Map<string, { a: NameWord[]; b: Set<NameWord> }>();
  const partnersOf = new Map<string, NameWord[][]>();
  for (const w of wa) {
    const bySurface = byKeyB.get(w.key);
    if (!bySurface) continue;
    let partners = partnersOf.get(w.surface);
    if (!partners) {
      partners = [...bySurface.values()].filter((list) => list[0] && sameName(w, list[0]));
      partnersOf.set(w.surface, partners);
    }
    if (!partners.length) continue;
    const group = pairs.get(w.key) ?? { a: [], b: new Set<NameWord>() };
    group.a.push(w);
    for (const list of partners) for (const p of list) group.b.add(p);
    pairs.set(w.key, group);
  }

  const result: { a: NamingVariant[]; b: NamingVariant[] } = { a: [], b: [] };
  for (const [key, { a: inA, b: inB }] of pairs) {
    const group = { a: inA, b: [...inB] };
    const sa = new Set(group.a.map(spellingOf));
    const sb = new Set(group.b.map(spellingOf));
    if (sa.size === sb.size && [...sa].every((s) => sb.has(s))) continue; // the same spelling on both sides
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
