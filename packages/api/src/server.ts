import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { pino, type Logger } from 'pino';
import type { Config } from './config.js';
import { buildContext, type Context } from './context.js';
import { Database } from './db/database.js';
import { formatError, isUnexpected } from './graphql/format-error.js';
import { createSchema } from './graphql/schema.js';
import { httpSessionCookie, sessionToken } from './modules/auth/session-cookie.js';
import { attachWebSocket } from './graphql/websocket.js';
import { createServices } from './services.js';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly db: Database;
  stop(): Promise<void>;
}

/** Logs unexpected errors with the request id; the client sees them masked. */
const errorLogging: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (isUnexpected(error)) {
            contextValue.log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected GraphQL error');
          }
        }
      },
    };
  },
};

export async function createServer(
  config: Config,
  dataSource: Database['dataSource'],
  options: { logger?: Logger } = {},
) {
  const log = options.logger ?? pino({ level: config.logLevel });
  const db = await Database.open(dataSource);
  const services = createServices(db, config, log);
  const schema = await createSchema(services, db.committed);

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const webSocket = attachWebSocket({ httpServer, schema, db, services, log, publicUrl: config.publicUrl });
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of GraphQL responses; without this, Apollo wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      errorLogging,
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await webSocket.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const incoming = req.get('x-request-id');
    const requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.locals.log = log.child({ requestId });
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      (res.locals.log as Logger).info({ method: req.method, url: req.originalUrl.split('?')[0], status: res.statusCode, ms: Math.round(ms) }, 'request');
    });
    next();
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await db.read((em) => em.query('SELECT 1'));
      res.json({ status: 'ok', database: db.engine });
    } catch (error) {
      (res.locals.log as Logger).error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        buildContext({
          db,
          viewer: await services.auth.viewerFor(sessionToken(req.headers)),
          requestId: res.locals.requestId as string,
          log: res.locals.log as Logger,
          clientIp: req.ip ?? 'unknown',
          sessionCookie: httpSessionCookie(req, res),
        }),
    }),
  );

  if (config.webDist) {
    const webDist = config.webDist;
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // The SPA owns every other GET route (deep links such as /admin-center/partner-invitation/…).
    app.get(/^\/(?!graphql|healthz).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(webDist, 'index.html'));
    });
  }

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${port}`,
    port,
    db,
    services,
    async stop() {
      await apollo.stop();
      await db.release();
    },
  };
}
