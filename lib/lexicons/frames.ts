import { z } from 'zod';
import capacityResources from '@/data/lexicons/frames/capacity-resources.json';
import crimePunishment from '@/data/lexicons/frames/crime-punishment.json';
import culturalIdentity from '@/data/lexicons/frames/cultural-identity.json';
import economic from '@/data/lexicons/frames/economic.json';
import externalRegulation from '@/data/lexicons/frames/external-regulation.json';
import fairnessEquality from '@/data/lexicons/frames/fairness-equality.json';
import healthSafety from '@/data/lexicons/frames/health-safety.json';
import legality from '@/data/lexicons/frames/legality.json';
import morality from '@/data/lexicons/frames/morality.json';
import other from '@/data/lexicons/frames/other.json';
import policy from '@/data/lexicons/frames/policy.json';
import political from '@/data/lexicons/frames/political.json';
import publicOpinion from '@/data/lexicons/frames/public-opinion.json';
import qualityOfLife from '@/data/lexicons/frames/quality-of-life.json';
import securityDefense from '@/data/lexicons/frames/security-defense.json';
import type { FrameDimension } from '@/lib/analysis/types';
import { contextRules, duplicates, explanation, fileMeta, phrase, posTags, source } from './schema';

const frameDimension = z.enum([
  'economic',
  'capacity-resources',
  'morality',
  'fairness-equality',
  'legality',
  'policy',
  'crime-punishment',
  'security-defense',
  'health-safety',
  'quality-of-life',
  'cultural-identity',
  'public-opinion',
  'political',
  'external-regulation',
  'other',
]) satisfies z.ZodType<FrameDimension>;

const singleWord = phrase.refine((s) => !/[\s-]/.test(s), 'a term or lemma is one word; use phrase');

/** One entry: exactly one of `term` (word form), `lemma` (any inflection) or `phrase` (several words). */
export const frameEntrySchema = z
  .strictObject({
    term: singleWord.optional(),
    lemma: singleWord.optional(),
    phrase: phrase.optional(),
    pos: posTags.optional(),
    ...contextRules,
    explanation,
    source,
  })
  .refine((e) => [e.term, e.lemma, e.phrase].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of term, lemma or phrase',
  });

export const frameFileSchema = z
  .strictObject({
    ...fileMeta,
    dimension: frameDimension,
    label: z.string().min(3),
    definition: z.string().min(20),
    reference: z.string().min(10),
    entries: z.array(frameEntrySchema).min(20),
  })
  .superRefine((file, ctx) => {
    const keys = file.entries.map(
      (e) => `${(e.term ?? e.lemma ?? e.phrase ?? '').toLowerCase()}|${e.pos ?? ''}`,
    );
    for (const d of duplicates(keys)) ctx.addIssue({ code: 'custom', message: `duplicate entry ${d}` });
  });

export type FrameEntry = z.infer<typeof frameEntrySchema>;
export type FrameFile = z.infer<typeof frameFileSchema>;

/** The raw JSON of every frame file, in the codebook's order (also fed to the model version). */
export const frameFilesRaw: readonly unknown[] = [
  economic,
  capacityResources,
  morality,
  fairnessEquality,
  legality,
  policy,
  crimePunishment,
  securityDefense,
  healthSafety,
  qualityOfLife,
  culturalIdentity,
  publicOpinion,
  political,
  externalRegulation,
  other,
];

let cached: FrameFile[] | undefined;

/** Every frame-dimension lexicon, validated once per process. */
export function frameLexicons(): FrameFile[] {
  cached ??= frameFilesRaw.map((raw) => frameFileSchema.parse(raw));
  return cached;
}

/** The matched words of an entry, whichever field holds them. */
export function frameEntryText(e: FrameEntry): string {
  return e.term ?? e.lemma ?? e.phrase ?? '';
}
