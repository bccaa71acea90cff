import { AppError } from '@/lib/errors';
import { MAX_BODY_BYTES } from '@/lib/limits';

/** Whether a Content-Type header names JSON (`application/json`, any parameters). */
export function isJsonContentType(header: string | null): boolean {
  const type = header?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

function tooLarge(maxBytes: number): AppError {
  return new AppError(
    'too_large',
    `The request body is larger than ${maxBytes.toLocaleString('en-US')} bytes; send shorter articles.`,
  );
}

/**
 * Reads a request body as JSON. The bytes are counted while they stream in and reading stops with a 413
 * as soon as they pass `maxBytes`, so an oversized (or endless) body is never buffered whole.
 * 415 unless the Content-Type is application/json; 400 'invalid_json' for bytes that are not UTF-8 JSON.
 */
export async function readJson(request: Request, maxBytes: number = MAX_BODY_BYTES): Promise<unknown> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    throw new AppError(
      'unsupported_media_type',
      'Send the body as JSON with "Content-Type: application/json".',
    );
  }
  // A declared length that is already too big is refused before reading; a lying header is caught below.
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);

  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > maxBytes) {
          await reader.cancel().catch(() => {});
          throw tooLarge(maxBytes);
        }
        chunks.push(value);
      }
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('bad_request', 'The request body could not be read.', { cause: err });
    } finally {
      reader.releaseLock();
    }
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, total));
  } catch (err) {
    throw new AppError('invalid_json', 'The body is not valid UTF-8 text.', { cause: err });
  }
  if (text.trim() === '') throw new AppError('invalid_json', 'The body is empty; send a JSON object.');
  try {
    return JSON.parse(text);
  } catch (err) {
    const detail = err instanceof SyntaxError ? ` (${err.message})` : '';
    throw new AppError('invalid_json', `The body is not valid JSON${detail}.`, { cause: err });
  }
}
