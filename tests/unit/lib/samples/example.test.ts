import { describe, expect, it } from 'vitest';
import { loadExample } from '@/lib/samples/example';

describe('loadExample', () => {
  it('reads the bundled pair verbatim from data/samples', () => {
    const { a, b } = loadExample();
    expect(a.text.startsWith('US officials reportedly believe the controversial ammo will help Kiev')).toBe(
      true,
    );
    expect(b.text).toContain('Kyiv');
    expect(b.text).not.toContain('Kiev');
    expect(a.text.length).toBe(2669);
  });
});
