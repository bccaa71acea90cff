import 'server-only';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createUnzip } from 'node:zlib';
import { AppError } from '@/lib/errors';

function tooLarge(maxBytes: number): AppError {
  return new AppError(
    'too_large',
    `That page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, which is more than Framelens reads.`,
  );
}

/**
 * Reads a response body, decompressing gzip/deflate/br, and stops the moment more than `maxBytes` have come
 * out of the decompressor (so a small gzip bomb never grows past the cap in memory).
 */
export function readBody(res: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const encoding = (res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  let stream: Readable = res;
  if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate')
    stream = res.pipe(createUnzip());
  else if (encoding === 'br') stream = res.pipe(createBrotliDecompress());
  else if (encoding !== 'identity' && encoding !== '') {
    res.destroy();
    return Promise.reject(
      new AppError(
        'upstream_status',
        `The site sent the page in an encoding Framelens cannot read (${encoding}).`,
      ),
    );
  }

  const declared = Number(res.headers['content-length']);
  if (stream === res && Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    return Promise.reject(tooLarge(maxBytes));
  }

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const finish = (err: Error | null, value?: Buffer) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (err) {
        stream.destroy();
        res.destroy();
        reject(err);
      } else resolve(value ?? Buffer.alloc(0));
    };
    const onAbort = () => finish(new AppError('timeout', 'The site took too long to send the page.'));
    signal.addEventListener('abort', onAbort);
    if (signal.aborted) return onAbort();

    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) return finish(tooLarge(maxBytes));
      chunks.push(chunk);
    });
    stream.on('end', () => finish(null, Buffer.concat(chunks)));
    stream.on('error', (cause) =>
      finish(new AppError('upstream_status', 'The site sent a broken response.', { cause })),
    );
    // The raw response can fail or be cut off while a decompressor sits in front of it.
    if (stream !== res) {
      res.on('error', (cause) =>
        finish(new AppError('upstream_status', 'The connection to the site broke off.', { cause })),
      );
    }
    res.on('aborted', () => finish(new AppError('upstream_status', 'The connection to the site broke off.')));
  });
}

/** The charset named by the Content-Type header, a byte-order mark or an early <meta>, else UTF-8. */
export function decodeBody(body: Buffer, headerCharset: string | null): string {
  let label = headerCharset;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) label = 'utf-8';
  else if (body[0] === 0xff && body[1] === 0xfe) label = 'utf-16le';
  else if (body[0] === 0xfe && body[1] === 0xff) label = 'utf-16be';
  if (!label) {
    const head = body.subarray(0, 2048).toString('latin1');
    label = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
  }
  try {
    return new TextDecoder(label ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
