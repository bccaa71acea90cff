import background from '@/data/background/word-frequencies.json';

/**
 * General-English word counts (data/background), in a Map: looked up in the JSON object itself, words such as
 * 'constructor' or '__proto__' would find Object.prototype members instead of "not in the list".
 */
const counts: ReadonlyMap<string, number> = new Map(
  Object.entries(background.words as Record<string, number>),
);

/** Tokens the counts were taken from. */
export const BACKGROUND_TOTAL: number = background.totalTokens;

/** How often a lowercased word occurs in the background list; undefined when the list lacks it. */
export function backgroundCount(word: string): number | undefined {
  return counts.get(word);
}

/** A lowercased word at least this frequent in general English is a common word, not a name. */
const COMMON = 100;

/** Whether a lowercased word is common in general English ('justice', 'defence'): no one's name alone. */
export const isCommonWord = (word: string): boolean => (counts.get(word) ?? 0) >= COMMON;
