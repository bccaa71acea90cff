import background from '@/data/background/word-frequencies.json';
import reportVerbs from '@/data/lexicons/report-verbs.json';
import { frameFilesRaw } from './frames';

/**
 * Every data file the model reads (lexicons, gazetteers, the background frequencies), in a fixed order.
 * The model version hashes them, so editing any entry gives comparisons made afterwards a new version.
 */
export function allLexiconData(): readonly unknown[] {
  return [...frameFilesRaw, reportVerbs, background];
}
