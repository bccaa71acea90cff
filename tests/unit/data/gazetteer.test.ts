import { describe, expect, it } from 'vitest';
import { organisations, outlets, people } from '@/lib/lexicons/gazetteer';

const byName = <T extends { name: string; aliases: string[] }>(
  list: readonly T[],
  name: string,
): T | undefined => list.find((e) => e.name === name || e.aliases.includes(name));

describe('gazetteers', () => {
  it('lists at least 150 outlets of every type, with the agencies and outlets the brief names', () => {
    expect(outlets().length).toBeGreaterThanOrEqual(150);
    expect(new Set(outlets().map((o) => o.type))).toEqual(
      new Set(['wire agency', 'state-affiliated', 'public broadcaster', 'private']),
    );
    for (const name of [
      'AP',
      'Reuters',
      'AFP',
      'RT',
      'TASS',
      'RIA Novosti',
      'Xinhua',
      'Al Jazeera',
      'BBC',
      'CNN',
      'Fox News',
      'Politico',
      'Axios',
      'The New York Times',
      'Haaretz',
      'Kyiv Independent',
      'Ukrainska Pravda',
      'Meduza',
    ])
      expect(byName(outlets(), name), name).toBeDefined();
    expect(byName(outlets(), 'AFP')?.type).toBe('wire agency');
    expect(byName(outlets(), 'RT')?.type).toBe('state-affiliated');
    expect(byName(outlets(), 'BBC')?.type).toBe('public broadcaster');
  });

  it('lists the organisations articles cite, international bodies without a country', () => {
    for (const name of [
      'Pentagon',
      'White House',
      'Kremlin',
      'State Department',
      'Human Rights Watch',
      'Amnesty International',
      'United Nations',
      'NATO',
      'ICRC',
      'ICC',
      'IDF',
      'Hamas',
      "Ukraine's General Staff",
    ])
      expect(byName(organisations(), name), name).toBeDefined();
    expect(byName(organisations(), 'NATO')?.country).toBeNull();
    expect(byName(organisations(), 'Pentagon')?.country).toBe('United States');
  });

  // Ambiguous short aliases would turn ordinary words into sources.
  it.each(['Fox', 'Nation', 'IS', 'PA', 'Time', 'the Times', 'Memorial'])(
    'has no entry spelled %s',
    (alias) => {
      expect(byName(outlets(), alias) ?? byName(organisations(), alias)).toBeUndefined();
    },
  );

  it('knows office holders whose country an article may leave out', () => {
    expect(byName(people(), 'Netanyahu')?.country).toBe('Israel');
    expect(byName(people(), 'Zelenskyy')?.name).toBe('Volodymyr Zelensky');
    expect(byName(people(), 'Stoltenberg')?.body).toBe('NATO');
  });
});
