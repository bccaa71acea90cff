'use client';

import dynamic from 'next/dynamic';

/**
 * Recharts is the heaviest thing on the comparison page, and the charts sit below the texts. Loading them
 * as separate chunks after the first paint keeps the page's first-load JavaScript within its budget; the
 * placeholder keeps the layout from jumping when they arrive.
 */
function Placeholder() {
  return (
    <div className="h-64 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden="true" />
  );
}

export const LoadedCategoriesChart = dynamic(
  () => import('./loaded-categories-chart').then((m) => m.LoadedCategoriesChart),
  { ssr: false, loading: Placeholder },
);
export const FramesChart = dynamic(() => import('./frames-chart').then((m) => m.FramesChart), {
  ssr: false,
  loading: Placeholder,
});
export const DistinctiveWordsChart = dynamic(
  () => import('./distinctive-words-chart').then((m) => m.DistinctiveWordsChart),
  { ssr: false, loading: Placeholder },
);
export const ToneChart = dynamic(() => import('./tone-chart').then((m) => m.ToneChart), {
  ssr: false,
  loading: Placeholder,
});
export const VoiceBalanceChart = dynamic(
  () => import('./voice-balance-chart').then((m) => m.VoiceBalanceChart),
  { ssr: false, loading: Placeholder },
);
