import type { ServerResponse } from 'node:http';
import type { ParsedUrlQuery } from 'node:querystring';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

/**
 * A GraphQL-shaped error answer outside Apollo (before it runs), with a contract code. Written
 * with Node's own response methods, so that the GraphQL endpoint and Express's routes share it.
 */
export function refuse(res: ServerResponse, status: number, message: string, code = 'BAD_USER_INPUT'): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, inner]) => key.includes('\u0000') || containsNul(inner, depth + 1));
}

/**
 * A query string's parameters, with `variables` and `extensions` decoded: they travel as JSON
 * text, where a NUL character is the six characters of `\u0000` until Apollo parses them.
 */
function decodedQuery(query: ParsedUrlQuery): Record<string, unknown> {
  const decoded: Record<string, unknown> = { ...query };
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
 * error deep in a write), SQLite would store it. Checked for the whole request, the parsed body
 * and the query string's parameters, before any operation runs.
 */
export function holdsNulCharacter(body: unknown, query: ParsedUrlQuery): boolean {
  return containsNul(body) || containsNul(decodedQuery(query));
}

/** The answer to a request that holds a NUL character (see holdsNulCharacter). */
export function refuseNulCharacter(res: ServerResponse): void {
  refuse(res, 400, 'Text may not contain the NUL character (U+0000).');
}

/**
 * What reading a request fails with before Apollo runs (malformed JSON, a body over the limit,
 * an unsupported charset or encoding: body-parser's errors and the JSON body reader's, which
 * has the same shape) answered as GraphQL errors with a code instead of Express's HTML page,
 * which carries a stack trace outside production. Anything else is logged and masked.
 */
export function answerRequestError(error: unknown, res: ServerResponse, log: Logger): void {
  const status = Number((error as { status?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode);
  const type = (error as { type?: unknown } | null)?.type;
  if (status === 413) return refuse(res, 413, 'The request body is too large (at most 100 kB).');
  if (status === 415) return refuse(res, 415, 'Send the request as JSON in UTF-8 (content-type: application/json).');
  if (type === 'entity.parse.failed') return refuse(res, 400, 'The request body is not valid JSON.');
  if (Number.isInteger(status) && status >= 400 && status < 500) return refuse(res, status, 'The request is malformed.');
  log.error({ err: error }, 'unexpected error before GraphQL');
  refuse(res, 500, 'Something went wrong on our side. Try again; if it keeps happening, quote the request id.', 'INTERNAL_SERVER_ERROR');
}

/** answerRequestError as Express's error handler, for its routes (anything but the GraphQL endpoint). */
export function requestErrors(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    answerRequestError(error, res, (res.locals.log as Logger | undefined) ?? log);
  };
}
