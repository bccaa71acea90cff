/** Input caps, shared by the API, the form and the CLI. */
export const MAX_ARTICLE_CHARS = 100_000;
/** Request bodies are counted while they are read and refused past this many bytes. */
export const MAX_BODY_BYTES = 1_000_000;
/** Wall-clock budget for one comparison's analysis; FRAMELENS_ANALYSIS_BUDGET_MS overrides it. */
export function analysisBudgetMs(): number {
  const override = Number(process.env.FRAMELENS_ANALYSIS_BUDGET_MS);
  return Number.isFinite(override) && override >= 0 && process.env.FRAMELENS_ANALYSIS_BUDGET_MS !== ''
    ? override
    : 10_000;
}

export type RateBucket = 'analyze' | 'save' | 'import';

/** Requests allowed per client per minute for each bucket; FRAMELENS_RATE_LIMIT scales all of them (tests raise it). */
export const RATE_LIMITS_PER_MINUTE: Record<RateBucket, number> = {
  analyze: 30,
  save: 20,
  import: 10,
};

export function rateLimitPerMinute(bucket: RateBucket): number {
  const override = Number(process.env[`FRAMELENS_RATE_LIMIT_${bucket.toUpperCase()}`]);
  if (Number.isFinite(override) && override > 0) return override;
  const scale = Number(process.env.FRAMELENS_RATE_LIMIT);
  if (Number.isFinite(scale) && scale > 0) return RATE_LIMITS_PER_MINUTE[bucket] * scale;
  return RATE_LIMITS_PER_MINUTE[bucket];
}
