import { describe, expect, it } from 'vitest';
import { campOf, countryOfWord, sectorOfWord } from '@/lib/analysis/camps';
import { givenNameGender } from '@/lib/lexicons/gazetteer';

describe('campOf', () => {
  it.each([
    [{ country: 'United States', sector: 'government' as const }, false, 'United States government'],
    [{ country: 'Russia', sector: 'government' as const }, false, 'Russian government'],
    [{ country: 'Ukraine', sector: 'military' as const }, false, 'Ukrainian military'],
    [{ country: null, sector: 'international' as const, body: 'NATO' }, false, 'NATO'],
    [{ country: 'United Kingdom', sector: 'rights' as const }, false, 'Rights groups'],
    [
      { country: 'United States', sector: 'politics' as const, body: 'Congress', party: 'Republican' },
      false,
      'United States politics (Congress, Republican)',
    ],
    [{ country: 'United States', sector: 'government' as const }, true, 'United States government'],
    [{ country: null, sector: null }, true, 'Anonymous sources'],
    [{ country: null, sector: null }, false, 'Unaffiliated or unknown'],
  ])('%o (anonymous: %s) -> %s', (aff, anonymous, camp) => {
    expect(campOf(aff, anonymous)).toBe(camp);
  });

  it('reads countries and sectors from words', () => {
    expect(countryOfWord('u.s.')).toBe('United States');
    expect(countryOfWord('ukraine’s')).toBe('Ukraine');
    expect(countryOfWord('moscow')).toBe('Russia');
    expect(sectorOfWord('spokesperson')).toBe('government');
    expect(sectorOfWord('lawmakers')).toBe('politics');
  });

  it.each([
    ['tuvalu', 'Tuvalu'],
    ['ghanaian', 'Ghana'],
    ['kinshasa', 'DR Congo'],
    ['burkina faso', 'Burkina Faso'],
    ['sierra leonean', 'Sierra Leone'],
    ['vatican', 'Holy See'],
  ])('knows the small countries too: %s -> %s', (w, country) => {
    expect(countryOfWord(w)).toBe(country);
  });

  // A capital that names another place, or a country's name that is an ordinary word or a first name.
  it.each(['the', 'weapons', 'georgia', 'guinea', 'chad', 'kingston', 'victoria', 'nassau', 'dr'])(
    'names no country for %s',
    (w) => {
      expect(countryOfWord(w)).toBeNull();
    },
  );
});

describe('givenNameGender', () => {
  it.each([
    ['bill', 'm'],
    ['hillary', 'f'],
    ['volodymyr', 'm'],
    ['yulia', 'f'],
  ])('%s -> %s', (name, gender) => {
    expect(givenNameGender(name)).toBe(gender);
  });

  // Names given to both sexes somewhere, and words that name a place more often than a person.
  it.each(['jordan', 'jean', 'andrea', 'kim', 'virginia', 'austin', 'al'])('%s -> null', (name) => {
    expect(givenNameGender(name)).toBeNull();
  });
});
