import type { IncomingMessage, ServerResponse } from 'node:http';
import bodyParser from 'body-parser';

/** A request's parsed JSON body (undefined: it has none, or it is not JSON) and its size in bytes as sent. */
export interface JsonBody {
  readonly body: unknown;
  readonly bytes: number;
}

/** An error of the shape body-parser's have (http-errors: status and type), for answerRequestError. */
function bodyError(status: number, message: string, type: string): Error {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true, type });
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** body-parser's strict JSON: an object or an array; an empty body is `{}`. */
function parseStrict(text: string): unknown {
  // A UTF-8 byte order mark, which body-parser's decoder drops.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (json.length === 0) return {};
  let first = 0;
  while (first < json.length && WHITESPACE.has(json.charAt(first))) first += 1;
  const opening = json.charAt(first);
  if (opening !== '{' && opening !== '[') throw bodyError(400, 'the request body is neither a JSON object nor an array', 'entity.parse.failed');
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    throw Object.assign(bodyError(400, error instanceof Error ? error.message : 'invalid JSON', 'entity.parse.failed'), { cause: error });
  }
}

/** The common case, which the reader reads itself: plain JSON in UTF-8, not compressed, of a length stated beforehand and within the limit. */
function plainJsonLength(req: IncomingMessage, limit: number): number | null {
  const { headers } = req;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return null;
  if (headers['transfer-encoding'] !== undefined) return null;
  const type = headers['content-type']?.toLowerCase().replaceAll(' ', '');
  if (type !== 'application/json' && type !== 'application/json;charset=utf-8') return null;
  const length = Number(headers['content-length']);
  return Number.isInteger(length) && length >= 0 && length <= limit ? length : null;
}

/** Reads exactly `length` bytes of the request; refuses a body that ends early or says otherwise. */
function readExactly(req: IncomingMessage, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      if (received === length) resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, received));
      else reject(bodyError(400, 'request size did not match content length', 'request.size.invalid'));
    };
    const onAborted = () => {
      done();
      reject(bodyError(400, 'request aborted', 'request.aborted'));
    };
    const onError = (error: Error) => {
      done();
      reject(Object.assign(bodyError(400, error.message, 'request.error'), { cause: error }));
    };
    // The error listener stays: an error after the end (the client gone) must not go unheard.
    const done = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('aborted', onAborted);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('aborted', onAborted);
    req.on('error', onError);
  });
}

/**
 * The JSON body of a request, as Express's `express.json({ limit })` reads it (body-parser,
 * strict): bodies that are not JSON are left unread (undefined), compressed ones are inflated,
 * charsets other than UTF-8 are refused (415), bodies over `limit` too (413), malformed JSON
 * is `entity.parse.failed` (400). The common case, plain UTF-8 JSON with a Content-Length
 * within the limit, is read here directly; every other is handed to body-parser itself, so
 * the rules stay body-parser's. Errors have body-parser's shape (status, type).
 */
export function jsonBodyReader(limit: number): (req: IncomingMessage, res: ServerResponse) => Promise<JsonBody> {
  const sizes = new WeakMap<IncomingMessage, number>();
  const parser = bodyParser.json({
    limit,
    verify: (req, _res, body) => {
      sizes.set(req, body.length);
    },
  });
  return async (req, res) => {
    const length = plainJsonLength(req, limit);
    if (length !== null) {
      const raw = await readExactly(req, length);
      return { body: parseStrict(raw.toString('utf8')), bytes: raw.length };
    }
    return new Promise<JsonBody>((resolve, reject) => {
      const holder = req as IncomingMessage & { body?: unknown };
      parser(holder, res, (error?: unknown) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve({ body: holder.body, bytes: sizes.get(req) ?? 0 });
      });
    });
  };
}
