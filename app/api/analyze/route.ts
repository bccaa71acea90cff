// POST /api/analyze - analyse two articles and return the Comparison; stores nothing.
import { compareArticles } from '@/lib/analysis';
import { errorResponse } from '@/lib/errors';
import { readJson } from '@/lib/http/read-json';
import { rateLimit } from '@/lib/rate-limit';
import { parseComparisonInput } from '@/lib/validation';

export const runtime = 'nodejs';

export async function POST(request: Request): Promise<Response> {
  const limited = rateLimit(request, 'analyze');
  if (limited) return limited;
  try {
    const input = parseComparisonInput(await readJson(request));
    return Response.json(compareArticles(input.a, input.b), { headers: { 'Cache-Control': 'no-store' } });
  } catch (err) {
    return errorResponse(err);
  }
}
