import type { ArticleInput, Comparison } from '@/lib/analysis/types';

/** The two articles as validated at the edge. */
export interface ComparisonInput {
  a: ArticleInput;
  b: ArticleInput;
}

/** One saved comparison: its inputs and the analysis snapshot exactly as they were when it was made. */
export interface StoredComparison {
  id: string;
  /** ISO 8601 UTC. */
  createdAt: string;
  modelVersion: string;
  input: ComparisonInput;
  comparison: Comparison;
}

/** What a caller hands to `save`; the store picks the id. */
export type NewComparisonRecord = Omit<StoredComparison, 'id'>;

/**
 * Insert-only storage of comparisons. There is deliberately no update or delete: a permalink must show
 * the same thing next year. Driver failures surface as AppError('storage_unavailable').
 */
export interface ComparisonStore {
  /** Stores the record durably and returns its new random id; resolves only after the commit. */
  save(record: NewComparisonRecord): Promise<string>;
  /** The record with this id, or null. Ids of the wrong shape are null without touching the database. */
  get(id: string): Promise<StoredComparison | null>;
  /** Releases the connection(s); the store may not be used afterwards. */
  close(): Promise<void>;
}
