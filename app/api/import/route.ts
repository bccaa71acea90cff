// POST /api/import - fetch an article from a web address (SSRF-guarded) and return its text and metadata
import { errorResponse } from '@/lib/errors';
import { importArticle } from '@/lib/ingest/import-article';
import { parseImportRequest } from '@/lib/ingest/import-request';
import { rateLimit } from '@/lib/rate-limit';

// node:http, node:dns and zlib: the Node.js runtime, never the edge.
export const runtime = 'nodejs';

/** `{url}` -> `{title, outlet, date, url, text}`, or `{error: {code, message}}`. */
export async function POST(request: Request): Promise<Response> {
  const limited = rateLimit(request, 'import');
  if (limited) return limited;
  try {
    const { url } = await parseImportRequest(request);
    const article = await importArticle(url);
    return Response.json(article, { headers: { 'cache-control': 'no-store' } });
  } catch (err) {
    return errorResponse(err);
  }
}
