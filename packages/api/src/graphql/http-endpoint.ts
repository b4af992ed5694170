import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { parse as parseQueryString } from 'node:querystring';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import proxyaddr from 'proxy-addr';
import { answerRequestError, holdsNulCharacter, refuseNulCharacter } from './http-guards.js';
import type { InFlight } from './in-flight.js';
import type { JsonBody } from './json-body.js';
import type { HttpRequest } from './persisted-queries.js';
import type { RequestTrace, requestEdge } from './request-edge.js';

/** Whether a proxy at `address`, `hop` hops from the server, is trusted (Express's compiled TRUST_PROXY). */
export type ProxyTrust = (address: string, hop: number) => boolean;

/** One GraphQL request over HTTP, as the context is built from it. */
export interface GraphqlHttpRequest {
  readonly request: HttpRequest;
  readonly res: ServerResponse;
  readonly trace: RequestTrace;
  /** The client's address: the socket's, or behind trusted proxies the forwarded one. */
  readonly clientIp: string;
  /** Whether the request came over https, directly or through a TLS-terminating proxy. */
  readonly secure: boolean;
  /** The size of the body as sent. */
  readonly bodyBytes: number;
}

export interface GraphqlEndpointOptions<TContext extends BaseContext> {
  readonly apollo: ApolloServer<TContext>;
  readonly edge: ReturnType<typeof requestEdge>;
  readonly readBody: (req: IncomingMessage, res: ServerResponse) => Promise<JsonBody>;
  readonly context: (request: GraphqlHttpRequest) => Promise<TContext>;
  readonly inFlight: InFlight;
  readonly trust: ProxyTrust;
}

/** The mount of the GraphQL endpoint: /graphql, and below it, in any case (Express's `app.use('/graphql')` matched so). */
const GRAPHQL_PATH = /^\/graphql(?:[/?]|$)/i;

export function isGraphqlPath(url: string | undefined): boolean {
  return GRAPHQL_PATH.test(url ?? '');
}

/** https directly, or said by a TLS-terminating proxy (X-Forwarded-Proto; its first value when the proxy is trusted). */
function cameOverHttps(req: IncomingMessage, trust: ProxyTrust): boolean {
  if ((req.socket as TLSSocket).encrypted) return true;
  const forwarded = req.headers['x-forwarded-proto'];
  const header = Array.isArray(forwarded) ? forwarded.join(', ') : forwarded;
  if (header === undefined) return false;
  if (header === 'https') return true;
  return trust(req.socket.remoteAddress ?? '', 0) && header.split(',')[0]?.trim() === 'https';
}

/**
 * The GraphQL endpoint on Node's own request and response: the request edge (request id, log
 * line, security and CORS headers), the JSON body, the NUL check, then Apollo Server's
 * `executeHTTPGraphQLRequest` and its answer written back. It does what Express with
 * `express.json` and Apollo's Express integration did on this path, without Express's router,
 * request and response wrappers and per-request prototype changes on the busiest route; every
 * other route stays Express's.
 */
export function graphqlEndpoint<TContext extends BaseContext>(options: GraphqlEndpointOptions<TContext>) {
  const { apollo, edge, readBody, context, inFlight, trust } = options;

  async function answer(req: IncomingMessage, res: ServerResponse, trace: RequestTrace): Promise<void> {
    try {
      const method = (req.method ?? 'GET').toUpperCase();
      const url = req.url ?? '';
      const mark = url.indexOf('?');
      const search = mark === -1 ? '' : url.slice(mark);
      const query = search === '' ? {} : parseQueryString(search.slice(1));
      const { body, bytes } = await readBody(req, res);
      if (holdsNulCharacter(body, query)) return refuseNulCharacter(res);
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const request: HttpRequest = { method, body, query, headers: req.headers };
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers, search, body },
        context: () =>
          context({
            request,
            res,
            trace,
            clientIp: proxyaddr(req, trust),
            secure: cameOverHttps(req, trust),
            bodyBytes: bytes,
          }),
      });
      for (const [name, value] of response.headers) res.setHeader(name, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        // As bytes: Node prepends the header block to a first chunk that is a string, which copied
        // every answer once more (about 22 KB of garbage per customers page).
        const encoded = Buffer.from(response.body.string, 'utf8');
        res.setHeader('content-length', encoded.length);
        res.end(encoded);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      if (!res.headersSent) return answerRequestError(error, res, trace.log);
      trace.log.error({ err: error }, 'a GraphQL answer failed while it was being sent');
      res.destroy();
    }
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    const trace = edge.begin(req, res);
    if (trace) void inFlight.track(() => answer(req, res, trace));
  };
}
