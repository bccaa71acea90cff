import { afterEach, describe, expect, it } from 'vitest';
import { analysesInFlight, withAnalysisSlot } from '@/lib/analysis-gate';
import { AppError } from '@/lib/errors';

describe('withAnalysisSlot', () => {
  afterEach(() => {
    delete process.env.FRAMELENS_MAX_PENDING_ANALYSES;
  });

  it('admits up to the cap, refuses the next with 429 busy and Retry-After, and frees slots when done', async () => {
    process.env.FRAMELENS_MAX_PENDING_ANALYSES = '2';
    const gates: (() => void)[] = [];
    const held = [1, 2].map((n) =>
      withAnalysisSlot(
        () =>
          new Promise<number>((resolve) => {
            gates.push(() => resolve(n));
          }),
      ),
    );
    expect(analysesInFlight()).toBe(2);
    const refused = await withAnalysisSlot(async () => 3).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(429);
    expect((refused as AppError).code).toBe('busy');
    expect((refused as AppError).headers?.['Retry-After']).toBe('2');
    for (const open of gates) open();
    expect(await Promise.all(held)).toEqual([1, 2]);
    expect(analysesInFlight()).toBe(0);
    expect(await withAnalysisSlot(async () => 4)).toBe(4);
  });

  it('frees the slot when the work throws', async () => {
    await expect(
      withAnalysisSlot(async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(analysesInFlight()).toBe(0);
  });
});
