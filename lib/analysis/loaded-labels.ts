import type { LoadedCategory } from './types';

/** Loaded-term categories with the names readers see, in the order charts and reports list them. */
export const LOADED_CATEGORY_LABELS: Record<LoadedCategory, string> = {
  evaluative: 'Evaluative label',
  legality: 'Legality and prohibition',
  harm: 'Harm and threat',
  intensifier: 'Intensifier',
  informal: 'Informal register',
  hedge: 'Hedge',
  'report-verb': 'Loaded report verb',
};
