// GET /api/comparisons/<id> - a saved comparison as JSON, or its findings tables as CSV with ?format=csv.
import { EXAMPLE_ID, getComparison } from '@/lib/comparisons';
import { AppError, errorResponse } from '@/lib/errors';
import { comparisonCsv } from '@/lib/export/csv';

export const runtime = 'nodejs';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const format = new URL(request.url).searchParams.get('format') ?? 'json';
    if (format !== 'json' && format !== 'csv') {
      throw new AppError('bad_request', 'Unknown format; use format=json or format=csv.', {
        field: 'format',
      });
    }
    const stored = await getComparison(id);
    if (!stored) throw new AppError('not_found:comparison', 'No comparison has this id.');
    // A saved snapshot never changes; the example is re-analysed when the model changes.
    const cache = id === EXAMPLE_ID ? 'public, max-age=300' : 'public, max-age=31536000, immutable';
    if (format === 'csv') {
      return new Response(comparisonCsv(stored), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8; header=present',
          'Content-Disposition': `attachment; filename="framelens-${stored.id}.csv"`,
          'Cache-Control': cache,
        },
      });
    }
    const { id: storedId, createdAt, modelVersion, input, comparison } = stored;
    return Response.json(
      { id: storedId, createdAt, modelVersion, input, comparison },
      { headers: { 'Cache-Control': cache } },
    );
  } catch (err) {
    return errorResponse(err);
  }
}
