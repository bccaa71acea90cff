import type { Detector } from '../detector';
import { detectFrames } from './frames';
import { detectLoadedTerms } from './loaded-terms';
import { detectNamingVariants } from './naming-variants';
import { detectQuotes } from './quotes';
import { detectSources } from './sources';

/**
 * The registry: every detector, in the order they run. A detector sees the findings of those above it,
 * so quotes come before anything that asks whether a span is inside a quotation.
 */
export const detectors: readonly { name: string; detect: Detector }[] = [
  { name: 'quotes', detect: detectQuotes },
  { name: 'sources', detect: detectSources },
  { name: 'loaded-terms', detect: detectLoadedTerms },
  { name: 'naming-variants', detect: detectNamingVariants },
  { name: 'frames', detect: detectFrames },
];
