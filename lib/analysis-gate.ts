import { AppError } from '@/lib/errors';

/**
 * Analysis runs synchronously on the one event loop, so requests past a handful only wait in line; under a
 * burst the tail waits longer than any client will. Admitting at most N at a time per instance turns that
 * tail into an immediate, clear refusal the form can retry.
 */
let inFlight = 0;

export function maxPendingAnalyses(): number {
  const n = Number(process.env.FRAMELENS_MAX_PENDING_ANALYSES);
  return Number.isInteger(n) && n > 0 ? n : 16;
}

/** Runs `fn` holding one analysis slot, or throws a 429 `busy` when every slot is taken. */
export async function withAnalysisSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (inFlight >= maxPendingAnalyses()) {
    throw new AppError(
      'busy',
      'Framelens is analysing many articles right now; try again in a few seconds.',
      {
        headers: { 'Retry-After': '2' },
      },
    );
  }
  inFlight++;
  try {
    return await fn();
  } finally {
    inFlight--;
  }
}

/** For tests: how many analyses hold a slot now. */
export function analysesInFlight(): number {
  return inFlight;
}
