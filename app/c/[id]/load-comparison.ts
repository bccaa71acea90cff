import { cache } from 'react';
import { getComparison } from '@/lib/comparisons';

/** One lookup per request, shared by the layout's existence check, the metadata and the page. */
export const loadComparison = cache(getComparison);
