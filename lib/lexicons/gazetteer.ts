import { z } from 'zod';
import givenNameData from '@/data/gazetteer/given-names.json';
import organisationData from '@/data/gazetteer/organisations.json';
import outletData from '@/data/gazetteer/outlets.json';
import peopleData from '@/data/gazetteer/people.json';
import placeData from '@/data/gazetteer/places.json';
import { duplicates, explanation, fileMeta, phrase, source } from './schema';

export const outletTypes = ['wire agency', 'state-affiliated', 'public broadcaster', 'private'] as const;
export type OutletType = (typeof outletTypes)[number];

export const organisationTypes = [
  'government',
  'ministry',
  'military',
  'security',
  'court',
  'legislature',
  'party',
  'rights-group',
  'humanitarian',
  'international',
  'armed-group',
  'think-tank',
  'advocacy-group',
  'company',
  // A peer-reviewed journal: citing it cites research, not a news outlet.
  'journal',
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

const named = {
  /** Canonical name, as the reader sees it in the sources panel. */
  name: phrase,
  /** Other spellings as written in running text (acronyms, 'the ...' forms are added by the matcher). */
  aliases: z.array(phrase),
  /** Country of the newsroom or organisation; null for international bodies. */
  country: z.string().min(2).nullable(),
  explanation,
  source,
};

/**
 * The side an advocacy group or union takes on a contested issue: groups on opposite sides of one issue
 * (the NRA and Everytown) are separate camps in voice balance.
 */
export const causes = [
  'gun rights',
  'gun control',
  'abortion rights',
  'anti-abortion',
  'environment',
  'labour',
  'business',
] as const;
export type Cause = (typeof causes)[number];

export const outletEntry = z.object({ ...named, type: z.enum(outletTypes) });
export const organisationEntry = z
  .object({
    ...named,
    type: z.enum(organisationTypes),
    cause: z.enum(causes).optional(),
    /**
     * Short names (initials, one or two capitalised words) the body goes by in stories set in its own
     * country, which elsewhere name another entry ('RSF' is the Rapid Support Forces in a story set in Sudan,
     * Reporters Without Borders elsewhere; 'Congress' is India's party in a story set in India; 'Democratic
     * Party' is South Korea's in a story set there).
     */
    localNames: z.array(z.string().regex(/^\p{Lu}[\p{L}]{1,20}( \p{Lu}[\p{L}]{1,20})?$/u)).optional(),
    /**
     * A state's, province's or region's body (Elections Alberta, the Kurdistan Regional Government): its
     * voice is that government's, not the nation's.
     */
    local: z.boolean().optional(),
  })
  .refine((o) => !o.cause || o.type === 'advocacy-group', 'only an advocacy group or union has a cause')
  .refine(
    (o) => !o.local || o.type === 'government' || o.type === 'ministry',
    'only a government body is local',
  );
export type Outlet = z.infer<typeof outletEntry>;
export type Organisation = z.infer<typeof organisationEntry>;

/** Every name and alias, lowercased: one spelling must not point at two entries. */
const spellings = (entries: readonly { name: string; aliases: string[] }[]) =>
  entries.flatMap((e) => [e.name, ...e.aliases].map((s) => s.toLowerCase()));

export const outletFile = z
  .object({ ...fileMeta, outlets: z.array(outletEntry).min(150) })
  .refine((f) => duplicates(spellings(f.outlets)).length === 0, 'an outlet name or alias is listed twice');

export const organisationFile = z
  .object({ ...fileMeta, organisations: z.array(organisationEntry).min(50) })
  .refine(
    (f) => duplicates(spellings(f.organisations)).length === 0,
    'an organisation name or alias is listed twice',
  );

export const personEntry = z.object({
  ...named,
  sector: z.enum(['government', 'military', 'politics', 'international', 'armed-group']),
  /**
   * The words of the post as a description names its holder, lowercase ('president'; 'prime', 'minister'):
   * 'Maduro spoke. "...," the president said' finds him. Empty where no short description names the post.
   */
  roles: z.array(z.string().regex(/^[a-z]+$/)),
  /** The body that is the camp for international and armed-group office holders, or a legislature. */
  body: z.string().min(2).nullable(),
  /** Holds a state's, region's or city's office (a governor, a mayor): that government, not the nation's. */
  local: z.boolean().optional(),
});
export type Person = z.infer<typeof personEntry>;

export const peopleFile = z
  .object({ ...fileMeta, people: z.array(personEntry).min(20) })
  .refine((f) => duplicates(spellings(f.people)).length === 0, 'a person name or alias is listed twice');

let peopleList: Person[] | undefined;

/** data/gazetteer/people.json, validated once. */
export function people(): readonly Person[] {
  peopleList ??= peopleFile.parse(peopleData).people;
  return peopleList;
}

/** A group of places inside one country: US states, Canadian provinces, large cities... */
export const placeEntry = z.object({
  group: phrase,
  country: z.string().min(2),
  /** Lowercased, as in running text; one or two words ('texas', 'new york'). */
  names: z
    .array(
      phrase.refine((n) => n === n.toLowerCase() && n.split(' ').length <= 2, 'lowercase, one or two words'),
    )
    .min(1),
  explanation,
  source,
});
export type PlaceGroup = z.infer<typeof placeEntry>;

export const placesFile = z
  .object({ ...fileMeta, places: z.array(placeEntry).min(1) })
  .refine((f) => duplicates(f.places.flatMap((g) => g.names)).length === 0, 'a place is listed twice');

let placeList: PlaceGroup[] | undefined;

/** data/gazetteer/places.json, validated once. */
export function places(): readonly PlaceGroup[] {
  placeList ??= placesFile.parse(placeData).places;
  return placeList;
}

/** Given names that almost always belong to women ('f') or to men ('m'), lowercased, one word each. */
export const givenNameGroup = z.object({
  gender: z.enum(['f', 'm']),
  names: z
    .array(phrase.refine((n) => n === n.toLowerCase() && !n.includes(' '), 'lowercase, one word'))
    .min(1),
  explanation,
  source,
});

export const givenNamesFile = z
  .object({ ...fileMeta, groups: z.array(givenNameGroup).min(1) })
  .refine((f) => duplicates(f.groups.flatMap((g) => g.names)).length === 0, 'a name is listed twice');

let givenNames: Map<string, 'f' | 'm'> | undefined;

/** The gender a lowercased given name almost always has (data/gazetteer/given-names.json), or null. */
export function givenNameGender(name: string): 'f' | 'm' | null {
  givenNames ??= new Map(
    givenNamesFile.parse(givenNameData).groups.flatMap((g) => g.names.map((n) => [n, g.gender] as const)),
  );
  return givenNames.get(name) ?? null;
}

let outletList: Outlet[] | undefined;
let organisationList: Organisation[] | undefined;

/** data/gazetteer/outlets.json, validated once. */
export function outlets(): readonly Outlet[] {
  outletList ??= outletFile.parse(outletData).outlets;
  return outletList;
}

let outletsByName: Map<string, Outlet> | undefined;

/** How an outlet's name is compared: lowercased, without a leading 'the' or a trailing full stop. */
const outletKey = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\.$/, '');

/** The outlet a name or alias stands for ('The Guardian', 'guardian', 'AP'), or undefined. */
export function outletNamed(name: string): Outlet | undefined {
  if (!outletsByName) {
    outletsByName = new Map();
    for (const o of outlets()) for (const n of [o.name, ...o.aliases]) outletsByName.set(outletKey(n), o);
  }
  return outletsByName.get(outletKey(name));
}

/** data/gazetteer/organisations.json, validated once. */
export function organisations(): readonly Organisation[] {
  organisationList ??= organisationFile.parse(organisationData).organisations;
  return organisationList;
}
