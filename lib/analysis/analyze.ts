import { aggregate } from './aggregate';
import { checkDeadline, type Deadline } from './budget';
import type { AnalysisDoc, Finding } from './detector';
import { detectors } from './detectors';
import { withoutLonePlainNames } from './detectors/naming-variants';
import { classifyBlocks } from './structure';
import { tokenize } from './tokenize';
import type { ArticleAnalysis } from './types';

/** Reads a text once and runs every detector over the same token stream. */
export function readArticle(text: string, outlet?: string | null): AnalysisDoc {
  const doc = tokenize(text);
  const read: AnalysisDoc = { ...doc, blockKinds: classifyBlocks(doc) };
  if (outlet) read.outlet = outlet;
  return read;
}

/** Runs the registry in order, each detector seeing the findings of the ones before it. */
export function detectAll(doc: AnalysisDoc, deadline?: Deadline): Finding[] {
  const findings: Finding[] = [];
  for (const { detect } of detectors) {
    checkDeadline(deadline);
    findings.push(...detect(doc, findings));
  }
  return findings;
}

/** One article's full analysis. */
export function analyzeArticle(text: string): ArticleAnalysis {
  const doc = readArticle(text);
  return aggregate(doc, withoutLonePlainNames([detectAll(doc)])[0] ?? []);
}
