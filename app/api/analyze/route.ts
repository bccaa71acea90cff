// POST /api/analyze - analyse two articles and return the Comparison; stores nothing.
import { withAnalysisSlot } from '@/lib/analysis-gate';
import { analyseComparison } from '@/lib/comparisons';
import { errorResponse } from '@/lib/errors';
import { readJson } from '@/lib/http/read-json';
import { rateLimit } from '@/lib/rate-limit';

export const runtime = 'nodejs';

export async function POST(request: Request): Promise<Response> {
  const limited = rateLimit(request, 'analyze');
  if (limited) return limited;
  try {
    const comparison = await withAnalysisSlot(async () =>
      analyseComparison((await readJson(request)) as Parameters<typeof analyseComparison>[0]),
    );
    return Response.json(comparison, { headers: { 'Cache-Control': 'no-store' } });
  } catch (err) {
    return errorResponse(err);
  }
}
