import type { IncomingMessage, Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { buildContext } from '../context.js';
import type { Database } from '../db/database.js';
import { NO_SESSION_COOKIE, sessionToken } from '../modules/auth/session-cookie.js';
import type { Services } from '../services.js';
import { MAX_TOKENS } from './edge.js';
import { formatError } from './format-error.js';

function refused(message: string, code = 'BAD_USER_INPUT'): GraphQLError[] {
  return [new GraphQLError(message, { extensions: { code } })];
}

/**
 * GraphQL over WebSocket (graphql-ws) on /graphql, for subscriptions. A bearer token may come
 * in connectionParams.authorization; the session cookie is accepted only from a same-origin
 * page (a cross-site page must not ride on the customer's cookie).
 */
export function attachWebSocket(args: {
  httpServer: Server;
  schema: GraphQLSchema;
  db: Database;
  services: Services;
  log: Logger;
  publicUrl: string;
  /** The HTTP endpoint's limits (depth, aliases, cost, one mutation): the socket keeps the same. */
  validationRules: readonly ValidationRule[];
}) {
  const { httpServer, schema, db, services, log, publicUrl, validationRules } = args;
  const rules = [...specifiedRules, ...validationRules];
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const sameOrigin = (request: IncomingMessage) => {
    const origin = request.headers.origin;
    if (!origin) return true;
    const host = request.headers.host;
    return origin === new URL(publicUrl).origin || (host !== undefined && new URL(origin).host === host);
  };
  const cleanup = useServer(
    {
      schema,
      context: async (ctx) => {
        const request = ctx.extra.request;
        const authorization = ctx.connectionParams?.authorization;
        const token = authorization || sameOrigin(request) ? sessionToken(request.headers, authorization) : undefined;
        const requestId = randomUUID();
        return buildContext({
          db,
          viewer: await services.auth.viewerFor(token),
          requestId,
          log: log.child({ requestId, transport: 'ws' }),
          clientIp: request.socket.remoteAddress ?? 'unknown',
          sessionCookie: NO_SESSION_COOKIE,
        });
      },
      // Subscriptions only, under the same limits as HTTP: queries and mutations go over HTTP,
      // where rate limits, CSRF prevention and the persisted-query safelist apply.
      onSubscribe: (_ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: MAX_TOKENS });
        } catch (error) {
          return refused(error instanceof GraphQLError ? error.message : 'The document does not parse.', 'GRAPHQL_PARSE_FAILED');
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return refused('Name the operation to run (operationName).');
        if (operation.operation !== 'subscription') {
          return refused('Only subscriptions are served over WebSocket; send queries and mutations over HTTP to /graphql.');
        }
        return { schema, document, operationName: payload.operationName ?? null, variableValues: payload.variables ?? null };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : result,
    },
    wss,
  );
  return { dispose: () => cleanup.dispose() };
}
