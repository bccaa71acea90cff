import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { readJson } from '@/lib/http/read-json';

/** The body of `POST /api/import`. */
export const ImportRequestSchema = z.object({
  url: z.string().trim().min(1).max(2048),
});
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

/** An import request is one short address; anything bigger is not one. */
const MAX_IMPORT_BODY_BYTES = 8 * 1024;

/** Reads and validates the JSON body of an import request (415, 413 and invalid_json from readJson). */
export async function parseImportRequest(request: Request): Promise<ImportRequest> {
  const parsed = ImportRequestSchema.safeParse(await readJson(request, MAX_IMPORT_BODY_BYTES));
  if (!parsed.success) {
    throw new AppError('bad_url', 'Give the web address of an article, e.g. {"url": "https://…"}.', {
      field: 'url',
    });
  }
  return parsed.data;
}
