/**
 * PolNeAR (dev half) as a measuring stick for quotes: direct-quote precision / recall / F1 by span overlap,
 * and speaker accuracy on quotes whose gold source is named. Measure only: nothing from the data set goes
 * into the project. Called by scripts/eval.ts; runnable alone with `npx tsx scripts/eval/polnear.ts`.
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '@/lib/analysis/analyze';

interface Part {
  text: string;
  spans: [number, number][];
}
interface Attribution {
  kind: string;
  source?: Part[];
  content?: Part[];
  direct_quote: boolean;
  partial_quote: boolean;
}
interface Row {
  text: string;
  attributions: Attribution[];
}

export interface PolnearResult {
  articles: number;
  goldDirect: number;
  predictedDirect: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched quotes whose gold source is a name: share with the right speaker. */
  speakerAccuracy: number;
  namedSpeakers: number;
  /** The same scores counting partial quotes on both sides. */
  allQuotes: { precision: number; recall: number; f1: number };
  /** Direct quotes matched one to one (each gold attribution answers at most one prediction): the strict view. */
  strict: { precision: number; recall: number; f1: number };
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
const PRONOUN = /^(he|she|they|it|we|i|you|his|her|their|the|a|an|this|that)$/i;

/** Capitalised words of a name, without titles the two sides may spell differently. */
function nameWords(s: string): Set<string> {
  return new Set(
    (s.match(/\p{Lu}[\p{L}'’.-]+/gu) ?? [])
      // One name whatever the apostrophe: 'O’Neill' in one sentence, 'O'Neill' in the next.
      .map((w) => w.replace(/’/g, "'").replace(/'s$/, '').toLowerCase())
      .filter((w) => !PRONOUN.test(w) && !/^(mr|mrs|ms|dr|president|sen|rep|gov|secretary|the)\.?$/.test(w)),
  );
}

/**
 * Span-overlap matching: a predicted quote is right when it overlaps a gold quotation span; a gold
 * attribution is found when some predicted quote overlaps one of its spans. (A gold attribution often has
 * several quoted fragments around one 'he said'; predicting each fragment is not an error.)
 */
function score(
  gold: { spans: [number, number][]; source: string }[],
  predicted: { span: [number, number]; speaker: string | null }[],
) {
  const found = new Set<number>();
  const used = new Set<number>();
  let oneToOne = 0;
  let correct = 0;
  let named = 0;
  let right = 0;
  for (const p of predicted) {
    const g = gold.findIndex((x) => x.spans.some((s) => overlaps(s, p.span)));
    if (g < 0) continue;
    found.add(g);
    correct++;
    const free = gold.findIndex((x, i) => !used.has(i) && x.spans.some((s) => overlaps(s, p.span)));
    if (free >= 0) {
      used.add(free);
      oneToOne++;
    }
    const goldName = nameWords(gold[g]?.source ?? '');
    if (goldName.size) {
      named++;
      const mine = nameWords(p.speaker ?? '');
      if ([...goldName].some((w) => mine.has(w))) right++;
    }
  }
  return { correct, found: found.size, named, right, oneToOne };
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const pct = (n: number) => Math.round(n * 1000) / 10;

export async function evalPolnear(file = '../shared/eval/polnear-dev.jsonl'): Promise<PolnearResult> {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  let goldN = 0;
  let predN = 0;
  let correct = 0;
  let recalled = 0;
  let strictMatched = 0;
  let named = 0;
  let right = 0;
  let allGold = 0;
  let allPred = 0;
  let allCorrect = 0;
  let allFound = 0;
  for (const row of rows) {
    const analysis = analyzeArticle(row.text);
    const toGold = (a: Attribution) => ({
      spans: (a.content ?? []).flatMap((c) => c.spans),
      source: (a.source ?? []).map((s) => s.text).join(' '),
    });
    const gold = row.attributions.filter((a) => a.direct_quote).map(toGold);
    const pred = analysis.quotes
      .filter((q) => q.kind === 'direct')
      .map((q) => ({ span: [q.start, q.end] as [number, number], speaker: q.speaker?.name ?? null }));
    const s = score(gold, pred);
    goldN += gold.length;
    predN += pred.length;
    correct += s.correct;
    recalled += s.found;
    strictMatched += s.oneToOne;
    named += s.named;
    right += s.right;
    const goldAll = row.attributions.filter((a) => a.direct_quote || a.partial_quote).map(toGold);
    const predAll = analysis.quotes
      .filter((q) => q.kind !== 'scare')
      .map((q) => ({ span: [q.start, q.end] as [number, number], speaker: q.speaker?.name ?? null }));
    const sa = score(goldAll, predAll);
    allGold += goldAll.length;
    allPred += predAll.length;
    allCorrect += sa.correct;
    allFound += sa.found;
  }
  const precision = predN ? correct / predN : 0;
  const recall = goldN ? recalled / goldN : 0;
  const sp = predN ? strictMatched / predN : 0;
  const sr = goldN ? strictMatched / goldN : 0;
  const ap = allPred ? allCorrect / allPred : 0;
  const ar = allGold ? allFound / allGold : 0;
  return {
    articles: rows.length,
    goldDirect: goldN,
    predictedDirect: predN,
    precision: pct(precision),
    recall: pct(recall),
    f1: pct(f1(precision, recall)),
    speakerAccuracy: pct(named ? right / named : 0),
    namedSpeakers: named,
    allQuotes: { precision: pct(ap), recall: pct(ar), f1: pct(f1(ap, ar)) },
    strict: { precision: pct(sp), recall: pct(sr), f1: pct(f1(sp, sr)) },
  };
}

if (process.argv[1]?.endsWith('polnear.ts')) {
  evalPolnear(process.argv[2]).then((r) => console.log(JSON.stringify(r, null, 2)));
}
