import type { FrameDimension } from './types';

/** The 15 dimensions of the Policy Frames Codebook (Boydstun et al. 2014), in the codebook's order. */
export const FRAME_LABELS: Record<FrameDimension, string> = {
  economic: 'Economic',
  'capacity-resources': 'Capacity and resources',
  morality: 'Morality',
  'fairness-equality': 'Fairness and equality',
  legality: 'Legality, constitutionality and jurisprudence',
  policy: 'Policy prescription and evaluation',
  'crime-punishment': 'Crime and punishment',
  'security-defense': 'Security and defense',
  'health-safety': 'Health and safety',
  'quality-of-life': 'Quality of life',
  'cultural-identity': 'Cultural identity',
  'public-opinion': 'Public opinion',
  political: 'Political',
  'external-regulation': 'External regulation and reputation',
  other: 'Other',
};
