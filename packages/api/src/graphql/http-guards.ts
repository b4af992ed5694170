import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

/** A GraphQL-shaped error answer outside Apollo (before it runs), with a contract code. */
function refuse(res: Response, status: number, message: string, code = 'BAD_USER_INPUT'): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, inner]) => key.includes('\u0000') || containsNul(inner, depth + 1));
}

/**
 * A GET request's query string, with `variables` and `extensions` decoded: they travel as JSON
 * text, where a NUL character is the six characters of `\u0000` until Apollo parses them.
 */
function decodedQuery(query: unknown): unknown {
  if (query === null || typeof query !== 'object') return query;
  const decoded: Record<string, unknown> = { ...(query as Record<string, unknown>) };
  for (const key of ['variables', 'extensions']) {
    const text = decoded[key];
    if (typeof text !== 'string') continue;
    try {
      decoded[key] = JSON.parse(text) as unknown;
    } catch {
      // Not JSON: Apollo refuses it itself, with its code.
    }
  }
  return decoded;
}

/**
 * No text in the API may hold the NUL character: PostgreSQL refuses it in text columns (an
 * error deep in a write), SQLite would store it. Refused for the whole request, body and query
 * string, before any operation runs.
 */
export const refuseNulCharacters: RequestHandler = (req, res, next) => {
  if (containsNul(req.body) || containsNul(decodedQuery(req.query))) {
    refuse(res, 400, 'Text may not contain the NUL character (U+0000).');
    return;
  }
  next();
};

/**
 * What body-parser and Express throw before Apollo runs (malformed JSON, a body over the limit,
 * an unsupported charset or encoding) answered as GraphQL errors with a code instead of
 * Express's HTML page, which carries a stack trace outside production. Anything else is masked.
 */
export function requestErrors(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = Number((error as { status?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode);
    const type = (error as { type?: unknown } | null)?.type;
    if (status === 413) return refuse(res, 413, 'The request body is too large (at most 100 kB).');
    if (status === 415) return refuse(res, 415, 'Send the request as JSON in UTF-8 (content-type: application/json).');
    if (type === 'entity.parse.failed') return refuse(res, 400, 'The request body is not valid JSON.');
    if (Number.isInteger(status) && status >= 400 && status < 500) return refuse(res, status, 'The request is malformed.');
    (res.locals.log as Logger | undefined ?? log).error({ err: error }, 'unexpected error before GraphQL');
    refuse(res, 500, 'Something went wrong on our side. Try again; if it keeps happening, quote the request id.', 'INTERNAL_SERVER_ERROR');
  };
}
