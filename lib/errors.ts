/** Every error the app reports to a client: a code such as 'not_found:comparison' and the HTTP status it maps to. */
export type ErrorCode =
  | 'bad_request'
  | 'invalid_input'
  | 'invalid_json'
  | 'unsupported_media_type'
  | 'too_large'
  | 'rate_limited'
  | 'busy'
  | 'not_found:comparison'
  | 'timeout'
  | 'analysis_timeout'
  | 'blocked_address'
  | 'bad_url'
  | 'not_html'
  | 'no_article_found'
  | 'upstream_status'
  | 'storage_unavailable'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_input: 400,
  invalid_json: 400,
  unsupported_media_type: 415,
  too_large: 413,
  rate_limited: 429,
  busy: 429,
  'not_found:comparison': 404,
  timeout: 504,
  analysis_timeout: 503,
  blocked_address: 403,
  bad_url: 400,
  not_html: 415,
  no_article_found: 422,
  upstream_status: 502,
  storage_unavailable: 503,
  internal: 500,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** The input field that caused the error, as a dotted path ('a.text'), when there is one. */
  readonly field?: string;
  readonly headers?: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { field?: string; cause?: unknown; headers?: Record<string, string> },
  ) {
    super(message, { cause: options?.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = STATUS[code];
    this.field = options?.field;
    this.headers = options?.headers;
  }
}

export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}

/** The JSON error body `{error: {code, message, field?}}` with the code's status; unknown errors become a bare 500. */
export function errorResponse(err: unknown): Response {
  if (err instanceof AppError) {
    const body = {
      error: { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}) },
    };
    return Response.json(body, { status: err.status, headers: err.headers });
  }
  console.error('[framelens] unexpected error', err);
  return Response.json(
    { error: { code: 'internal', message: 'Something went wrong on our side.' } },
    { status: 500 },
  );
}
