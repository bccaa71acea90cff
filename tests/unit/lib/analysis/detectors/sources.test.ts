import { describe, expect, it } from 'vitest';
import { readArticle } from '@/lib/analysis/analyze';
import { findingsOf } from '@/lib/analysis/detector';
import { detectSources } from '@/lib/analysis/detectors/sources';

const sources = (text: string) =>
  findingsOf(detectSources(readArticle(text), []), 'source-mention').map((s) => [s.name, s.type, s.cue]);

describe('detectSources', () => {
  it.each([
    ['The talks stalled, Politico reported on Thursday.', ['Politico', 'outlet', 'reported']],
    ['According to Reuters, the talks stalled.', ['Reuters', 'wire', 'according to']],
    ['The minister told CNN that the talks stalled.', ['CNN', 'outlet', 'told']],
    ['He spoke in a BBC interview on Monday.', ['BBC', 'outlet', 'interview']],
    [
      'The talks stalled, the paper said, citing the Associated Press.',
      ['Associated Press', 'wire', 'citing'],
    ],
    ['The plan was confirmed by the Pentagon on Friday.', ['Pentagon', 'government', 'confirmed by']],
    // Police and intelligence services are civilian state bodies.
    ['The FBI said it would investigate.', ['Federal Bureau of Investigation', 'government', 'said']],
    ['Former Miss Universe Alicia Machado said she was humiliated.', ['Alicia Machado', 'person', 'said']],
    ['Human Rights Watch said the strikes were unlawful.', ['Human Rights Watch', 'organisation', 'said']],
    // A place, a known body and a title before the name: one person, not 'Virginia AFL-CIO'.
    [
      'Turnout rose, according to Virginia AFL-CIO President Doris Crouse-Mays.',
      ['Doris Crouse-Mays', 'person', 'according to'],
    ],
    ['The NRA said the bill went too far.', ['National Rifle Association', 'organisation', 'said']],
    [
      'A person familiar with the matter said the deal was close.',
      ['A person familiar with the matter', 'anonymous', 'said'],
    ],
    [
      'Two senior Israeli officials said the operation would continue.',
      ['Two senior Israeli officials', 'anonymous', 'said'],
    ],
    ['The U.S. says it has enough shells in stock.', ['United States', 'government', 'says']],
    [
      'Agence France-Presse (AFP) teams on the ground have seen the damage.',
      ['Agence France-Presse', 'wire', 'reporting'],
    ],
    [
      'Haaretz published the letter on Monday. The newspaper reported that talks had stalled.',
      ['Haaretz', 'outlet', 'reported'],
    ],
  ])('%s', (text, expected) => {
    expect(sources(text)).toContainEqual(expected);
  });

  // Not citations: actors, places, credits and mere mentions.
  it.each([
    'The United States sent more weapons to Ukraine on Friday.',
    'Russia and Ukraine both use the munitions.',
    'Soldiers prepare to fire. © Aris Messinis / AFP',
    'Photo: Reuters',
    'She once worked at CNN before moving to Paris.',
    'NATO members meet in Vilnius next week.',
    'The Pentagon did not disclose further details.',
  ])('cites nobody in: %s', (text) => {
    expect(sources(text)).toEqual([]);
  });
});
