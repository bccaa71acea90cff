/** The public entry of the lexical framing model: pure TypeScript, no React, no Next, no I/O. */
export { analyzeArticle } from './analyze';
export { AnalysisTimeout } from './budget';
export { compareArticles } from './compare';
export type * from './types';
