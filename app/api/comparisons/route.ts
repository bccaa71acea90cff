// POST /api/comparisons - analyse two articles, save the snapshot, return 201 {id, url} of the permalink.
import { withAnalysisSlot } from '@/lib/analysis-gate';
import { createComparison, permalinkPath } from '@/lib/comparisons';
import { errorResponse } from '@/lib/errors';
import { publicUrl } from '@/lib/http/public-origin';
import { readJson } from '@/lib/http/read-json';
import { rateLimit } from '@/lib/rate-limit';
import { parseComparisonInput } from '@/lib/validation';

export const runtime = 'nodejs';

export async function POST(request: Request): Promise<Response> {
  const limited = rateLimit(request, 'save');
  if (limited) return limited;
  try {
    const stored = await withAnalysisSlot(async () =>
      createComparison(parseComparisonInput(await readJson(request))),
    );
    const url = publicUrl(permalinkPath(stored.id));
    return Response.json({ id: stored.id, url }, { status: 201, headers: { Location: url } });
  } catch (err) {
    return errorResponse(err);
  }
}
