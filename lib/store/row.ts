import 'server-only';
import { AppError } from '@/lib/errors';
import type { NewComparisonRecord, StoredComparison } from './types';

/** A comparison as both adapters keep it: JSON text columns, so a snapshot reads back byte for byte. */
export interface StoredRow {
  id: string;
  created_at: string;
  model_version: string;
  input_json: string;
  comparison_json: string;
}

export function toRow(record: NewComparisonRecord): Omit<StoredRow, 'id'> {
  return {
    created_at: record.createdAt,
    model_version: record.modelVersion,
    input_json: JSON.stringify(record.input),
    comparison_json: JSON.stringify(record.comparison),
  };
}

export function fromRow(row: StoredRow): StoredComparison {
  try {
    return {
      id: row.id,
      createdAt: row.created_at,
      modelVersion: row.model_version,
      input: JSON.parse(row.input_json),
      comparison: JSON.parse(row.comparison_json),
    };
  } catch (err) {
    throw storageError('read the comparison', err);
  }
}

/** Wraps a driver failure; the driver's message stays in `cause` (logged), not in the client's response. */
export function storageError(action: string, cause: unknown): AppError {
  if (cause instanceof AppError) return cause;
  console.error(`[framelens] storage: could not ${action}`, cause);
  return new AppError('storage_unavailable', `The comparison store is unavailable; could not ${action}.`, {
    cause,
  });
}
