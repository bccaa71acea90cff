import { z } from 'zod';
import { AppError } from '@/lib/errors';

/** The body of `POST /api/import`. */
export const ImportRequestSchema = z.object({
  url: z.string().trim().min(1).max(2048),
});
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

/** An import request is one short address; anything bigger is not one. */
const MAX_IMPORT_BODY_BYTES = 8 * 1024;

/** Reads and validates the JSON body of an import request, counting bytes as they arrive. */
export async function parseImportRequest(request: Request): Promise<ImportRequest> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new AppError('unsupported_media_type', 'Send the address as JSON: {"url": "https://…"}.');
  }
  const raw = await readCapped(request, MAX_IMPORT_BODY_BYTES);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new AppError('invalid_json', 'The request body is not valid JSON.');
  }
  const parsed = ImportRequestSchema.safeParse(body);
  if (!parsed.success) {
    throw new AppError('bad_url', 'Give the web address of an article, e.g. {"url": "https://…"}.', {
      field: 'url',
    });
  }
  return parsed.data;
}

async function readCapped(request: Request, maxBytes: number): Promise<string> {
  if (Number(request.headers.get('content-length')) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function tooLarge(maxBytes: number): AppError {
  return new AppError('too_large', `An import request must be under ${maxBytes / 1024} kB.`);
}
