import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { FRAME_LABELS } from '@/lib/analysis/frame-labels';
import { tokenize } from '@/lib/analysis/tokenize';
import { frameFileSchema, frameLexicons } from '@/lib/lexicons/frames';
import {
  givenNamesFile,
  organisationFile,
  outletFile,
  peopleFile,
  placesFile,
} from '@/lib/lexicons/gazetteer';
import { loadedEntry, loadedFile, loadedTermEntries, maintainedFile } from '@/lib/lexicons/loaded-terms';
import { namingFile, namingGroup, namingGroups, namingVariant } from '@/lib/lexicons/naming-variants';
import { matchReportVerbs, reportVerbEntry, reportVerbFile, reportVerbOf } from '@/lib/lexicons/report-verbs';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const dir = (path: string) =>
  readdirSync(path)
    .filter((f) => f.endsWith('.json') && f !== 'maintained.json')
    .map((f) => join(path, f));

/** Every lexicon file and the schema it must satisfy; adding a file (or a folder of files) is one line. */
const FILES: [string, z.ZodType][] = [
  ['data/lexicons/report-verbs.json', reportVerbFile],
  ['data/gazetteer/outlets.json', outletFile],
  ['data/gazetteer/organisations.json', organisationFile],
  ['data/gazetteer/people.json', peopleFile],
  ['data/gazetteer/places.json', placesFile],
  ['data/gazetteer/given-names.json', givenNamesFile],
  ['data/lexicons/naming-variants.json', namingFile],
  ['data/lexicons/loaded/maintained.json', maintainedFile],
  ...dir('data/lexicons/loaded').map((f): [string, z.ZodType] => [f, loadedFile]),
  ...dir('data/lexicons/frames').map((f): [string, z.ZodType] => [f, frameFileSchema]),
];

describe('lexicon files', () => {
  it.each(FILES)('%s is well-formed, complete and free of duplicates', (path, schema) => {
    const result = schema.safeParse(read(path));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('covers every loaded-term category with a curated file', () => {
    const categories = dir('data/lexicons/loaded').map((f) => (read(f) as { category: string }).category);
    expect(categories.sort()).toEqual(['evaluative', 'harm', 'hedge', 'informal', 'intensifier', 'legality']);
  });

  it('has a frame lexicon for each of the 15 Policy Frames Codebook dimensions, dozens of entries each', () => {
    const files = frameLexicons();
    expect(files.map((f) => f.dimension).sort()).toEqual(Object.keys(FRAME_LABELS).sort());
    for (const f of files) expect(f.entries.length).toBeGreaterThanOrEqual(24);
  });

  it.each([
    ['no word at all', { explanation: 'An explanation long enough.', source: 'test source' }],
    [
      'a lemma and a phrase',
      { lemma: 'tax', phrase: 'tax cut', explanation: 'An explanation long enough.', source: 'test source' },
    ],
    [
      'a phrase given as a lemma',
      { lemma: 'tax cut', explanation: 'An explanation long enough.', source: 'test source' },
    ],
  ])('rejects a frame entry with %s', (_, bad) => {
    const file = { ...frameLexicons()[0], entries: [...(frameLexicons()[0]?.entries ?? []), bad] };
    expect(frameFileSchema.safeParse(file).success).toBe(false);
  });

  it('gives a cause only to advocacy groups and unions, and one to groups on both sides of an issue', () => {
    const file = organisationFile.parse(read('data/gazetteer/organisations.json'));
    const causes = new Set(file.organisations.flatMap((o) => (o.cause ? [o.cause] : [])));
    for (const pair of [
      ['gun rights', 'gun control'],
      ['abortion rights', 'anti-abortion'],
      ['labour', 'business'],
    ])
      for (const c of pair) expect(causes).toContain(c);
    const ministry = file.organisations.find((o) => o.type === 'ministry');
    const bad = {
      ...file,
      organisations: [
        ...file.organisations,
        { ...ministry, name: 'Test Ministry', aliases: [], cause: 'labour' },
      ],
    };
    expect(organisationFile.safeParse(bad).success).toBe(false);
  });

  it('marks only government bodies as local, and accepts a local one', () => {
    const file = organisationFile.parse(read('data/gazetteer/organisations.json'));
    expect(file.organisations.find((o) => o.name === 'Elections Alberta')?.local).toBe(true);
    const group = file.organisations.find((o) => o.type === 'rights-group');
    const withLocal = (o: object) => ({
      ...file,
      organisations: [...file.organisations, { ...o, name: 'Test Body', aliases: [], local: true }],
    });
    expect(organisationFile.safeParse(withLocal({ ...group })).success).toBe(false);
    expect(organisationFile.safeParse(withLocal({ ...group, type: 'government' })).success).toBe(true);
  });

  it('has at least 25 naming groups, each with a note and two or more variants', () => {
    expect(namingGroups().length).toBeGreaterThanOrEqual(25);
  });

  it('merges curated, report-verb and maintained entries without a key twice', () => {
    const keys = loadedTermEntries().map((e) => (e.mode === 'exact' ? e.key : e.key.toLowerCase()));
    expect(new Set(keys).size).toBe(keys.length);
    const origins = new Set(loadedTermEntries().map((e) => e.origin));
    expect([...origins].sort()).toEqual(['afinn', 'curated', 'hedges', 'report-verb']);
  });

  it('gives loaded-term and report-verb entries only fields the loader reads', () => {
    // (The sense rules, onlyNear / notNear / onlyAfterPos / onlyBeforePos, are parsed by the loaders too.)
    const unknown = (entries: Record<string, unknown>[], shape: object) => {
      const known = new Set(Object.keys(shape));
      return entries.flatMap((e) => Object.keys(e).filter((k) => !known.has(k)));
    };
    for (const f of dir('data/lexicons/loaded'))
      expect(
        unknown((read(f) as { entries: Record<string, unknown>[] }).entries, loadedEntry.shape),
        f,
      ).toEqual([]);
    const verbs = (read('data/lexicons/report-verbs.json') as { entries: Record<string, unknown>[] }).entries;
    expect(unknown(verbs, reportVerbEntry.shape)).toEqual([]);
    // Every sense rule parses (word lists, POS tags) and reaches its entry, curated and report verb alike.
    expect(loadedTermEntries().some((e) => e.origin === 'curated' && e.sense)).toBe(true);
    const verb = reportVerbEntry.parse({
      lemma: 'deny',
      stance: 'doubting',
      explanation: 'An explanation long enough.',
      neutral: null,
      source: 'test source',
      notNear: ['Motion'],
    });
    expect(verb.notNear).toEqual(new Set(['motion']));
  });

  it('gives naming variants only fields the loader reads, sense rules included', () => {
    // (zod drops a key it does not know, so a misspelt 'onlyNear' would silently count everywhere.)
    const known = new Set(Object.keys(namingVariant.shape));
    const { groups } = read('data/lexicons/naming-variants.json') as {
      groups: { variants: Record<string, unknown>[] }[];
    };
    expect(
      groups.flatMap((g) => g.variants.flatMap((v) => Object.keys(v).filter((k) => !known.has(k)))),
    ).toEqual([]);
    const variant = namingVariant.parse({ variant: 'x', phrases: ['x'], mode: 'lower', onlyNear: ['Kyiv'] });
    expect(variant.onlyNear).toEqual(new Set(['kyiv']));
  });

  it('lists a naming variant twice only for phrases under a sense rule, with the same flags', () => {
    const v = (variant: string, phrase = variant) => ({ variant, phrases: [phrase], mode: 'lower' });
    const group = (variants: object[]) => ({
      id: 'test',
      label: 'a test group',
      note: 'A note long enough to pass.',
      source: 'test source',
      variants,
    });
    // ('x' again, for a phrase of its own.)
    const twice = v('x', 'special operation');
    expect(namingGroup.safeParse(group([v('x'), v('y'), twice])).success).toBe(false);
    expect(namingGroup.safeParse(group([v('x'), v('y'), { ...twice, onlyNear: ['war'] }])).success).toBe(
      true,
    );
    expect(
      namingGroup.safeParse(group([v('x'), v('y'), { ...twice, onlyNear: ['war'], neutral: true }])).success,
    ).toBe(false);
  });

  it.each([
    [
      'duplicate term in a category',
      { about: 'a test file here', category: 'harm', entries: [e('x'), e('x')] },
    ],
    [
      'two keys in one entry',
      { about: 'a test file here', category: 'harm', entries: [{ ...e('x'), lemma: 'y' }] },
    ],
    ['missing source', { about: 'a test file here', category: 'harm', entries: [{ ...e('x'), source: '' }] }],
    ['unknown category', { about: 'a test file here', category: 'rude', entries: [e('x')] }],
    ['stray whitespace', { about: 'a test file here', category: 'harm', entries: [e(' x')] }],
  ])('rejects a loaded file with %s', (_, bad) => {
    expect(loadedFile.safeParse(bad).success).toBe(false);
  });
});

function e(term: string) {
  return { term, explanation: 'An explanation long enough.', neutral: null, source: 'test source' };
}

describe('report verbs', () => {
  const stances = (text: string) =>
    matchReportVerbs(tokenize(text).tokens).map((m) => [text.slice(m.start, m.end), m.data.stance]);

  it.each([
    ['He said it was over.', [['said', 'neutral']]],
    ['She told reporters.', [['told', 'neutral']]],
    ['CNN claimed, citing sources, it would.', [['claimed', 'doubting']]],
    ['Ryabkov had earlier warned of it.', [['warned', 'dramatising']]],
    ['The senator lashed out at critics.', [['lashed out', 'dramatising']]],
    ['Officials admitted the error.', [['admitted', 'conceding']]],
    ['The ministry confirmed the strike.', [['confirmed', 'endorsing']]],
    ['He pointed out that it failed.', [['pointed out', 'endorsing']]],
    ['She fumed at the decision.', [['fumed', 'dramatising']]],
  ])('%j', (text, expected) => {
    expect(stances(text)).toEqual(expected);
  });

  it.each([
    ['The claim was false.'],
    ['The group claimed responsibility.'],
    ['He was admitted to hospital.'],
    ['The warning came late.'],
  ])('finds no report verb in %j', (text) => {
    expect(stances(text)).toEqual([]);
  });

  it('looks up a single token by lemma or listed form', () => {
    const [said, fumed] = tokenize('said fumed').tokens;
    expect(said && reportVerbOf(said)?.stance).toBe('neutral');
    expect(fumed && reportVerbOf(fumed)?.lemma).toBe('fume');
  });
});
