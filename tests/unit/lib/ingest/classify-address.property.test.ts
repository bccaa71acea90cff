import { isIPv6 } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyAddress, parseIPv4, parseIPv6 } from '@/lib/ingest/classify-address';

// Independent oracles: the WHATWG URL parser (what the import actually sees) and node:net.

const dotted = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

/** Writes a 32-bit address in 1 to 4 parts, each part decimal, octal or hex: all spellings inet_aton accepts. */
const spellingOf = (values: fc.Arbitrary<number>) =>
  fc
    .record({
      value: values,
      parts: fc.integer({ min: 1, max: 4 }),
      bases: fc.array(fc.constantFrom('dec', 'oct', 'hex'), { minLength: 4, maxLength: 4 }),
    })
    .map(({ value, parts, bases }) => {
      const bytes = [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
      const head = bytes.slice(0, parts - 1);
      const last = bytes.slice(parts - 1).reduce((acc, b) => acc * 256 + b, 0);
      const write = (n: number, base: string | undefined) =>
        base === 'hex' ? `0x${n.toString(16)}` : base === 'oct' ? `0${n.toString(8)}` : String(n);
      const text = [...head, last].map((n, i) => write(n, bases[i])).join('.');
      return { value, text };
    });
const spelling = spellingOf(fc.integer({ min: 0, max: 2 ** 32 - 1 }));

describe('parseIPv4 agrees with the URL parser on every spelling', () => {
  it('reads the same address the URL parser normalises to', () => {
    fc.assert(
      fc.property(spelling, ({ value, text }) => {
        expect(parseIPv4(text)).toBe(value);
        expect(new URL(`http://${text}/`).hostname).toBe(dotted(value));
        expect(classifyAddress(text)).toBe(classifyAddress(dotted(value)));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every spelling of every 127/8 address', () => {
    fc.assert(
      fc.property(spellingOf(fc.integer({ min: 0x7f000000, max: 0x7fffffff })), ({ text }) => {
        expect(classifyAddress(text)).toBe('loopback');
      }),
    );
  });
});

describe('parseIPv6 agrees with node:net and the URL parser', () => {
  const groups = fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 });

  it('round-trips any address through the URL parser', () => {
    fc.assert(
      fc.property(groups, (g) => {
        const full = g.map((n) => n.toString(16)).join(':');
        const canonical = new URL(`http://[${full}]/`).hostname.slice(1, -1);
        expect(isIPv6(canonical)).toBe(true);
        expect(Array.from(parseIPv6(canonical) ?? [])).toEqual(Array.from(parseIPv6(full) ?? []));
        expect(classifyAddress(canonical)).toBe(classifyAddress(full));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses any IPv4-mapped, NAT64 or 6to4 wrapping of any IPv4 address', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (v) => {
        const hi = (v >>> 16).toString(16);
        const lo = (v & 0xffff).toString(16);
        expect(classifyAddress(`::ffff:${hi}:${lo}`)).toBe('ipv4_mapped');
        expect(classifyAddress(`::ffff:${dotted(v)}`)).toBe('ipv4_mapped');
        expect(classifyAddress(`64:ff9b::${hi}:${lo}`)).toBe('nat64');
        expect(classifyAddress(`2002:${hi}:${lo}::1`)).toBe('6to4');
      }),
    );
  });

  it('never calls random text an address when node:net disagrees', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-f:.]{1,45}$/), (text) => {
        if (parseIPv6(text) !== null) expect(isIPv6(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
