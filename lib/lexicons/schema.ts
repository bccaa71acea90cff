import { z } from 'zod';

/** Shared zod pieces: every lexicon entry explains itself, offers a neutral wording where one exists, and cites a source. */
export const explanation = z.string().trim().min(12, 'explain the entry in a sentence a student can follow');
export const neutral = z.string().trim().min(1).nullable();
export const source = z.string().trim().min(3, 'say where the entry comes from');

/** Words or phrases as they appear in running text (no leading/trailing spaces, no double spaces). */
export const phrase = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !/\s{2,}/.test(s), 'no stray whitespace');

export const posTags = z
  .array(z.enum(['VERB', 'NOUN', 'ADJ', 'ADV', 'PROPN', 'AUX', 'ADP', 'NUM', 'X']))
  .min(1);

/**
 * False-friend context: the neighbouring word (lowercased) that cancels a match; `onlyBefore` lists the
 * only words (or punctuation) after which the match counts, the end of a line counting too.
 */
export const contextRules = {
  notAfter: z.array(z.string().min(1)).min(1).optional(),
  notBefore: z.array(z.string().min(1)).min(1).optional(),
  onlyBefore: z.array(z.string().min(1)).min(1).optional(),
};

export const entryBase = { explanation, neutral, source };

/** The file envelope: what the list is, and where it comes from. */
export const fileMeta = {
  $schema: z.string().optional(),
  about: z.string().min(10),
};

/** Keys that appear more than once, for the 'no duplicates' checks. */
export function duplicates(keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const k of keys) {
    if (seen.has(k)) dup.add(k);
    seen.add(k);
  }
  return [...dup];
}
