import type { Detector } from '../detector';
import { detectFrames } from './frames';

/**
 * The registry: every detector, in the order they run. A detector sees the findings of those above it,
 * so quotes come before anything that asks whether a span is inside a quotation.
 */
export const detectors: readonly { name: string; detect: Detector }[] = [
  { name: 'frames', detect: detectFrames },
];
