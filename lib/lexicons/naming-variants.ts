import { z } from 'zod';
import data from '@/data/lexicons/naming-variants.json';
import { compilePhrases, type PhraseMatch, type PhraseMatcher } from '@/lib/analysis/phrase-matcher';
import type { Token } from '@/lib/analysis/tokenize';
import { type SenseRule, senseOf, senseRuleFields } from './report-verbs';
import { contextRules, duplicates, fileMeta, phrase, posTags, source } from './schema';

export const namingVariant = z.object({
  /** Canonical spelling of the variant, shown in contrasts ('Kiev'). */
  variant: z.string().min(1),
  /**
   * The stance-free choice: the style-guide default a careful outlet of any persuasion can write without
   * signalling a side ('Kyiv', 'estate tax', 'militants'). Its highlights mark a naming choice for the
   * contrast with the other article, not a biased word. Groups where every name belongs to a side
   * (Falklands / Malvinas) have none.
   */
  neutral: z.literal(true).optional(),
  /**
   * An everyday word that marks a naming choice only beside another variant of its group ('killed' against
   * 'martyrs'; a robbery victim 'was killed' chooses no side): highlighted only where the article, or the
   * pair being compared, also uses another variant of the group.
   */
  plain: z.literal(true).optional(),
  /** How it appears in running text. */
  phrases: z.array(phrase).min(1),
  /** 'exact' where spelling and case matter (Kiev/Kyiv); wink's normal form would merge British and American. */
  mode: z.enum(['lower', 'lemma', 'any', 'exact']),
  pos: posTags.optional(),
  ...contextRules,
  /**
   * Sentence and neighbour rules for phrases that name the group's subject only in some contexts, as in the
   * loaded-term files (see `senseRuleFields`): 'special operation' is the war in Ukraine only in a sentence
   * that also names Ukraine or the war. Phrases of one variant that need another rule, or none, go in a
   * second entry with the same `variant`.
   */
  ...senseRuleFields,
});

export const namingGroup = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(3),
    /** Who uses which variant and since when. */
    note: z.string().min(20),
    source,
    variants: z.array(namingVariant).min(2),
    /** What is deliberately not counted, and why. */
    falseFriends: z.string().min(10).optional(),
  })
  // (A variant's second entry holds phrases under a sense rule; two entries without one are a mistake.)
  .refine(
    (g) => duplicates(g.variants.filter((v) => !senseOf(v)).map((v) => v.variant)).length === 0,
    'duplicate variant in group',
  )
  .refine(
    (g) =>
      g.variants.every((v) => {
        const first = g.variants.find((x) => x.variant === v.variant);
        return first?.neutral === v.neutral && first?.plain === v.plain;
      }),
    'entries of one variant disagree on neutral or plain',
  )
  .refine(
    (g) => duplicates(g.variants.flatMap((v) => v.phrases.map((p) => p.toLowerCase()))).length === 0,
    'the same phrase in two variants of a group',
  );

export const namingFile = z
  .object({ ...fileMeta, groups: z.array(namingGroup).min(25) })
  .refine((f) => duplicates(f.groups.map((g) => g.id)).length === 0, 'duplicate group id')
  .refine(
    (f) =>
      duplicates(
        f.groups.flatMap((g) => [
          ...new Set(g.variants.flatMap((v) => v.phrases.map((p) => p.toLowerCase()))),
        ]),
      ).length === 0,
    'the same phrase in two groups',
  );

export type NamingGroup = z.infer<typeof namingGroup>;
export interface NamingHit {
  group: NamingGroup;
  variant: string;
  /** Sentence and neighbour rules of the variant's entry (see `senseRuleFields`), applied by the detector. */
  sense?: SenseRule;
}

let groups: NamingGroup[] | undefined;
let matcher: PhraseMatcher<NamingHit> | undefined;

/** Every naming-variant group in data/lexicons/naming-variants.json, validated once. */
export function namingGroups(): readonly NamingGroup[] {
  groups ??= namingFile.parse(data).groups;
  return groups;
}

/** One matcher over every variant phrase of every group. */
export function namingMatcher(): PhraseMatcher<NamingHit> {
  matcher ??= compilePhrases(
    namingGroups().flatMap((group) =>
      group.variants.flatMap((v) =>
        v.phrases.map((p) => ({
          phrase: p,
          mode: v.mode,
          pos: v.pos,
          notAfter: v.notAfter,
          notBefore: v.notBefore,
          onlyBefore: v.onlyBefore,
          data: { group, variant: v.variant, sense: senseOf(v) },
        })),
      ),
    ),
  );
  return matcher;
}

let neutralVariants: Set<string> | undefined;

/** Whether a group's variant is its stance-free choice (see `neutral` above); unknown groups are not. */
export function isNeutralVariant(group: string, variant: string): boolean {
  neutralVariants ??= new Set(
    namingGroups().flatMap((g) =>
      g.variants.filter((v) => v.neutral).map((v) => `${g.id}\u0000${v.variant}`),
    ),
  );
  return neutralVariants.has(`${group}\u0000${variant}`);
}

let plainVariants: Set<string> | undefined;

/** Whether a group's variant is an everyday word that counts only beside another variant (see `plain` above). */
export function isPlainVariant(group: string, variant: string): boolean {
  plainVariants ??= new Set(
    namingGroups().flatMap((g) => g.variants.filter((v) => v.plain).map((v) => `${g.id}\u0000${v.variant}`)),
  );
  return plainVariants.has(`${group}\u0000${variant}`);
}

const matchesOf = new WeakMap<readonly Token[], PhraseMatch<NamingHit>[]>();

/** Naming matches over a whole document, computed once per token array (the detector and the spelling comparison share them). */
export function namingMatches(tokens: readonly Token[]): PhraseMatch<NamingHit>[] {
  let found = matchesOf.get(tokens);
  if (!found) {
    found = namingMatcher().match(tokens);
    matchesOf.set(tokens, found);
  }
  return found;
}

let neutralByGroup: Map<string, string> | undefined;

/** A group's stance-free variant ('Kyiv' for kyiv), or null when every name in it belongs to a side. */
export function neutralVariantOf(group: string): string | null {
  neutralByGroup ??= new Map(
    namingGroups().flatMap((g) => {
      const v = g.variants.find((x) => x.neutral);
      return v ? [[g.id, v.variant] as const] : [];
    }),
  );
  return neutralByGroup.get(group) ?? null;
}
