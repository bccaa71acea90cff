/** The public entry of the lexical framing model: pure TypeScript, no React, no Next, no I/O. */
import { analyzeArticle } from './analyze';

export { analyzeArticle } from './analyze';
export { AnalysisTimeout } from './budget';
export { compareArticles } from './compare';
export type * from './types';

/** Loads the model and every lexicon by analysing a short text; servers call it once at start. */
export function warmUp(): void {
  analyzeArticle(
    'Officials said the "controversial" plan was reportedly outlawed in Kyiv, according to Reuters.',
  );
}
