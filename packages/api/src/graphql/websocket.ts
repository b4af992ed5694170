import type { IncomingMessage, Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { getOperationAST, getVariableValues, GraphQLError, parse, specifiedRules, validate, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { buildContext } from '../context.js';
import type { Viewer } from '../viewer.js';
import type { Database } from '../db/database.js';
import type { EventBus } from '../db/event-bus.js';
import { NO_SESSION_COOKIE, sessionToken } from '../modules/auth/session-cookie.js';
import { RateLimitedError } from '../security/rate-limiter.js';
import type { Services } from '../services.js';
import { MAX_REQUEST_BYTES, MAX_TOKENS } from './edge.js';
import { formatError } from './format-error.js';

/** Live subscriptions one socket may hold at once; the next is refused with RATE_LIMITED. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 10;
/** Open sockets one user (sessions and API keys together) may hold per API process. */
export const MAX_SOCKETS_PER_USER = 5;
/**
 * Close code for a user over MAX_SOCKETS_PER_USER, or a caller rate-limited while signing in
 * (4429, as graphql-ws's clients treat it as final: no reconnect loop).
 */
export const CLOSE_TOO_MANY = 4429;

function refused(message: string, code = 'BAD_USER_INPUT'): GraphQLError[] {
  return [new GraphQLError(message, { extensions: { code } })];
}

/** GraphQL's own validation and variable errors carry no code; they are the caller's mistake, as over HTTP. */
function requestErrors(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.map((error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
}

type SocketContext = WsContext<Record<string, unknown> | undefined, Extra>;

/**
 * GraphQL over WebSocket (graphql-ws) on /graphql, for subscriptions. A bearer token may come
 * in connectionParams.authorization; the session cookie is accepted only from a same-origin
 * page (a cross-site page must not ride on the customer's cookie). The caller authenticates in
 * connection_init: without a valid session or key the socket closes (4403) unacknowledged.
 * A message is at most MAX_REQUEST_BYTES, as an HTTP body (larger ones close the socket, 1009).
 */
export function attachWebSocket(args: {
  httpServer: Server;
  schema: GraphQLSchema;
  db: Database;
  /** The live bus of committed activity, for subscriptions. */
  committed: EventBus;
  services: Services;
  log: Logger;
  publicUrl: string;
  /** The HTTP endpoint's limits (depth, aliases, cost, one mutation): the socket keeps the same. */
  validationRules: readonly ValidationRule[];
}) {
  const { httpServer, schema, db, committed, services, log, publicUrl, validationRules } = args;
  const rules = [...specifiedRules, ...validationRules];
  // ws reads a frame's length first and closes with 1009 before buffering a larger message.
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: MAX_REQUEST_BYTES });
  const sameOrigin = (request: IncomingMessage) => {
    const origin = request.headers.origin;
    if (!origin) return true;
    const host = request.headers.host;
    return origin === new URL(publicUrl).origin || (host !== undefined && new URL(origin).host === host);
  };
  const tokenOf = (ctx: SocketContext) => {
    const request = ctx.extra.request;
    const authorization = ctx.connectionParams?.authorization;
    return authorization || sameOrigin(request) ? sessionToken(request.headers, authorization) : undefined;
  };
  /** Open, acknowledged sockets per user id (this process only). */
  const socketsPerUser = new Map<string, number>();
  const userOfSocket = new Map<WebSocket, string>();

  const cleanup = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        let viewer: Viewer | null;
        try {
          viewer = await services.auth.viewerFor(tokenOf(ctx));
        } catch (error) {
          if (!(error instanceof RateLimitedError)) throw error;
          ctx.extra.socket.close(CLOSE_TOO_MANY, error.message.slice(0, 120));
          return false;
        }
        if (!viewer) return false; // 4403 Forbidden, no connection_ack
        const open = socketsPerUser.get(viewer.userId) ?? 0;
        if (open >= MAX_SOCKETS_PER_USER) {
          ctx.extra.socket.close(CLOSE_TOO_MANY, `Too many live connections: at most ${MAX_SOCKETS_PER_USER} per user.`);
          return false;
        }
        socketsPerUser.set(viewer.userId, open + 1);
        userOfSocket.set(ctx.extra.socket, viewer.userId);
        return true;
      },
      onClose: (ctx) => {
        const userId = userOfSocket.get(ctx.extra.socket);
        if (userId === undefined) return;
        userOfSocket.delete(ctx.extra.socket);
        const left = (socketsPerUser.get(userId) ?? 1) - 1;
        if (left > 0) socketsPerUser.set(userId, left);
        else socketsPerUser.delete(userId);
      },
      context: async (ctx) => {
        const request = ctx.extra.request;
        const requestId = randomUUID();
        return buildContext({
          db,
          committed,
          clock: services.clock,
          // Resolved again per subscription, so a session revoked since connecting ends here.
          viewer: await services.auth.viewerFor(tokenOf(ctx)),
          requestId,
          log: log.child({ requestId, transport: 'ws' }),
          clientIp: request.socket.remoteAddress ?? 'unknown',
          sessionCookie: NO_SESSION_COOKIE,
        });
      },
      // Subscriptions only, under the same limits as HTTP: queries and mutations go over HTTP,
      // where rate limits, CSRF prevention and the persisted-query safelist apply.
      onSubscribe: (ctx, _id, payload) => {
        // This subscription is already counted among ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET) {
          return refused(
            `Too many subscriptions on this connection: at most ${MAX_SUBSCRIPTIONS_PER_SOCKET}. Complete one first.`,
            'RATE_LIMITED',
          );
        }
        let document;
        try {
          document = parse(payload.query, { maxTokens: MAX_TOKENS });
        } catch (error) {
          return refused(error instanceof GraphQLError ? error.message : 'The document does not parse.', 'GRAPHQL_PARSE_FAILED');
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return requestErrors(errors);
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return refused('Name the operation to run (operationName).');
        if (operation.operation !== 'subscription') {
          return refused('Only subscriptions are served over WebSocket; send queries and mutations over HTTP to /graphql.');
        }
        const variables = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {}, { maxErrors: 10 });
        if (variables.errors) return requestErrors(variables.errors);
        return { schema, document, operationName: payload.operationName ?? null, variableValues: payload.variables ?? null };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : result,
    },
    wss,
  );
  // ws forwards the HTTP server's errors here; a port that cannot be listened on is reported
  // where the server listens (server.ts), not as graphql-ws's "internal error" on stderr.
  wss.removeAllListeners('error');
  wss.on('error', (error: Error) => log.debug({ err: error }, 'HTTP server error (seen by the WebSocket server)'));
  // After useServer's own listener: an oversized message is the caller's mistake (ws has already
  // closed with 1009), not the "internal error" graphql-ws would print to stderr.
  wss.on('connection', (socket: WebSocket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error: Error & { code?: string }) => {
      log.warn({ err: error, code: error.code, transport: 'ws' }, 'WebSocket closed on a protocol error');
    });
  });
  return { dispose: () => cleanup.dispose() };
}
