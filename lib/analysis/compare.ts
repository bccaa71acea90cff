import { allLexiconData } from '@/lib/lexicons';
import { aggregate } from './aggregate';
import { detectAll, readArticle } from './analyze';
import { checkDeadline, type Deadline } from './budget';
import { chartRowsOf } from './chart-rows';
import { contrastsOf } from './contrasts';
import type { AnalysisDoc } from './detector';
import { withoutLonePlainNames } from './detectors/naming-variants';
import { distinctiveOf } from './distinctive';
import { findingsOf } from './findings';
import { overlapOf } from './overlap';
import { reconcileSpeakers } from './reconcile';
import { findSpellingVariants } from './spelling-variants';
import type { ArticleAnalysis, ArticleInput, Comparison, NamingVariant } from './types';
import { modelVersion } from './version';

function withSpellings(analysis: ArticleAnalysis, spellings: readonly NamingVariant[]): ArticleAnalysis {
  if (!spellings.length) return analysis;
  return {
    ...analysis,
    namingVariants: [...analysis.namingVariants, ...spellings].sort(
      (x, y) => x.start - y.start || x.end - y.end,
    ),
  };
}

let version: string | undefined;

/** The model version: the lexicons never change while the process runs (modelVersion keeps its first answer too). */
function currentModelVersion(): string {
  version ??= modelVersion(allLexiconData());
  return version;
}

/** Sets two read articles against each other: every article is tokenised once, here or by the caller. */
export function compareDocs(docA: AnalysisDoc, docB: AnalysisDoc, deadline?: Deadline): Comparison {
  const spellings = findSpellingVariants(docA, docB);
  // One person, one camp: a fuller description in one article refines a vaguer one in the other.
  const [foundA = [], foundB = []] = withoutLonePlainNames(
    reconcileSpeakers(detectAll(docA, deadline), detectAll(docB, deadline)),
  );
  const a = withSpellings(aggregate(docA, foundA), spellings.a);
  const b = withSpellings(aggregate(docB, foundB), spellings.b);
  const contrasts = contrastsOf(a, b);
  checkDeadline(deadline);
  const overlap = overlapOf(docA, docB);
  checkDeadline(deadline);
  const distinctive = distinctiveOf(docA, docB);
  return {
    modelVersion: currentModelVersion(),
    articles: [a, b],
    contrasts,
    findings: findingsOf(a, b, contrasts, overlap, distinctive),
    overlap,
    distinctive,
    charts: chartRowsOf(a, b, distinctive, { a: docA.text.length, b: docB.text.length }),
  };
}

/** Analyses both articles and sets them against each other; past `budgetMs` it throws AnalysisTimeout. */
export function compareArticles(
  inputA: ArticleInput,
  inputB: ArticleInput,
  options: { budgetMs?: number } = {},
): Comparison {
  const deadline = options.budgetMs === undefined ? undefined : Date.now() + options.budgetMs;
  const docA = readArticle(inputA.text, inputA.outlet);
  checkDeadline(deadline);
  const docB = readArticle(inputB.text, inputB.outlet);
  checkDeadline(deadline);
  return compareDocs(docA, docB, deadline);
}
