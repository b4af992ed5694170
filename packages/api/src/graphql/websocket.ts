import type { IncomingMessage, Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { buildContext } from '../context.js';
import type { Database } from '../db/database.js';
import { NO_SESSION_COOKIE, sessionToken } from '../modules/auth/session-cookie.js';
import type { Services } from '../services.js';
import { formatError } from './format-error.js';

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
}) {
  const { httpServer, schema, db, services, log, publicUrl } = args;
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
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : result,
    },
    wss,
  );
  return { dispose: () => cleanup.dispose() };
}
