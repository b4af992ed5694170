import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import express from 'express';
import { pino, type Logger } from 'pino';
import { DomainError } from '@partnerlink/shared';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { buildContext, type Context } from './context.js';
import { Database } from './db/database.js';
import { CommitPipeline } from './events/commit-pipeline.js';
import { compiledExecution } from './graphql/compiled-execution.js';
import { formatError } from './graphql/format-error.js';
import { errorLogging, largeBodiesForBatchesOnly, rateLimitedRequest, readOnlyApiKeys, refusedCredentials, retryAfter, subscriptionsOverWebSocket } from './graphql/plugins.js';
import { requestErrors } from './graphql/http-guards.js';
import { graphqlEndpoint, isGraphqlPath, type ProxyTrust } from './graphql/http-endpoint.js';
import { jsonBodyReader } from './graphql/json-body.js';
import { requestEdge } from './graphql/request-edge.js';
import { InFlight } from './graphql/in-flight.js';
import { armor, MAX_LARGE_REQUEST_BYTES, MAX_TOKENS, noNulInStrings, oneMutationPerOperation, securityHeaders } from './graphql/edge.js';
import { printSchema } from 'graphql';
import { RateLimitedError } from './security/rate-limiter.js';
import { createSchema } from './graphql/schema.js';
import { httpSessionCookie, sessionToken } from './modules/auth/session-cookie.js';
import { attachWebSocket } from './graphql/websocket.js';
import { persistedQueries } from './graphql/persisted-queries.js';
import { createServices, startServices, stopServices } from './services.js';
import { resealLegacySecrets } from './modules/webhooks/secret-resealing.js';
import { secretBoxOf } from './modules/webhooks/webhook-signing.js';

/** The port cannot be listened on (taken, or not allowed): the process must not start. */
export class ListenError extends Error {}

/** How long stop() lets requests whose clients went away run on before it closes the database (Apollo's drain waits as long for the others). */
const STOP_GRACE_MS = 10_000;

function listen(httpServer: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? 'is already in use: stop the process listening there, or set PORT to a free port'
          : error.code === 'EACCES'
            ? 'is not allowed for this user: set PORT to 1024 or above'
            : `cannot be listened on (${error.code ?? error.message})`;
      reject(new ListenError(`Port ${port} on ${host} ${reason}.`, { cause: error }));
    };
    httpServer.once('error', failed);
    httpServer.listen(port, host, () => {
      httpServer.off('error', failed);
      resolve();
    });
  });
}

export async function createServer(
  config: Config,
  dataSource: Database['dataSource'],
  options: { logger?: Logger; clock?: Clock } = {},
) {
  const log = options.logger ?? pino({ level: config.logLevel });
  // First, so that safelist mode without its manifest refuses to start before anything opens.
  const persisted = persistedQueries(config.persistedQueries, log);
  const db = await Database.open(dataSource, { log });
  // What every write's events reach (events/wiring.ts); on PostgreSQL also LISTENs for other instances'.
  const pipeline = await CommitPipeline.attach(db, config.publicUrl, log);
  const services = createServices(db, config, log, options.clock);
  // Upgrades webhook secrets sealed under SESSION_SECRET to SECRETS_KEY (see webhook-signing.ts).
  await resealLegacySecrets(db, secretBoxOf(config), log);
  const schema = await createSchema(services, pipeline.live);

  const app = express();
  app.disable('x-powered-by');
  // No ETag computed over every response Express sends: a GraphQL answer is hashed (SHA-1) on the
  // event loop for a header no client revalidates with. The schema, the one body that is the same
  // every time, carries its own; static files theirs (express.static).
  app.set('etag', false);
  // req.ip (per-address rate limits) and req.secure (Secure cookies) from the trusted proxy's headers.
  app.set('trust proxy', config.trustProxy);
  // The same trust for the GraphQL endpoint, which does not go through Express (http-endpoint.ts).
  const trust: unknown = app.get('trust proxy fn');
  if (typeof trust !== 'function') throw new Error("Express did not compile the 'trust proxy' setting");
  const edge = requestEdge({ log, headers: securityHeaders(config.publicUrl.startsWith('https://')), corsOrigins: config.corsOrigins });
  // `graphql` is defined once Apollo has started, below; the server answers nothing before it listens.
  const httpServer = http.createServer((req, res) => {
    if (isGraphqlPath(req.url)) graphql(req, res);
    else app(req, res);
  });

  const protection = armor(config.production);
  const webSocket = attachWebSocket({
    httpServer,
    schema,
    db,
    committed: pipeline.live,
    services,
    log,
    publicUrl: config.publicUrl,
    validationRules: [...protection.validationRules, oneMutationPerOperation, noNulInStrings],
  });
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecution(schema),
    formatError,
    introspection: config.introspection,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT and calls stop(). Apollo's own handlers (on unless NODE_ENV=test)
    // would start a second stop() first, and a concurrent stop() waits on a barrier Apollo never
    // resolves after a clean stop: the process hung on SIGTERM instead of draining and exiting.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    persistedQueries: persisted.persistedQueries,
    validationRules: [...protection.validationRules, oneMutationPerOperation, noNulInStrings],
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of GraphQL responses; without this, Apollo wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      errorLogging,
      readOnlyApiKeys,
      subscriptionsOverWebSocket,
      largeBodiesForBatchesOnly,
      retryAfter,
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

  // Request id, log line, security headers and CORS, as on the GraphQL endpoint.
  app.use((req, res, next) => {
    const trace = edge.begin(req, res);
    if (!trace) return;
    res.locals.requestId = trace.requestId;
    res.locals.log = trace.log;
    next();
  });

  // The public contract, for third parties and code generators.
  const sdl = `${printSchema(schema)}\n`;
  const sdlTag = `"${createHash('sha256').update(sdl).digest('base64url')}"`;
  app.get('/schema.graphql', (_req, res) => {
    // With an ETag set, res.send answers a matching If-None-Match with 304.
    res.type('text/plain; charset=utf-8').set('ETag', sdlTag).send(sdl);
  });

  const inFlight = new InFlight();
  app.get('/healthz', (_req, res) =>
    inFlight.track(async () => {
      try {
        await db.read((em) => em.query('SELECT 1'));
        res.json({ status: 'ok', database: db.engine });
      } catch (error) {
        (res.locals.log as Logger).error({ err: error }, 'health check failed');
        res.status(503).json({ status: 'unavailable' });
      }
    }),
  );

  const graphql = graphqlEndpoint({
    apollo,
    edge,
    inFlight,
    trust: trust as ProxyTrust,
    // Large bodies are read (up to MAX_LARGE_REQUEST_BYTES) and then refused unless the operation is a batch (largeBodiesForBatchesOnly).
    readBody: jsonBodyReader(MAX_LARGE_REQUEST_BYTES),
    // In safelist mode, admit refuses documents outside the SPA's manifest (403) before parsing.
    context: async ({ request, res, trace, clientIp, secure, bodyBytes }) =>
      persisted.admit(request, buildContext({
        db,
        committed: pipeline.live,
        clock: services.clock,
        viewer: await services.auth.authenticate(sessionToken(request.headers)).catch((error: unknown) => {
          if (error instanceof RateLimitedError) throw rateLimitedRequest(error);
          throw error instanceof DomainError && error.code === 'UNAUTHENTICATED' ? refusedCredentials(error) : error;
        }),
        requestId: trace.requestId,
        log: trace.log,
        clientIp,
        sessionCookie: httpSessionCookie(res, secure),
        bodyBytes,
      })),
  });

  if (config.webDist) {
    const webDist = config.webDist;
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // The SPA owns every other GET route (deep links such as /admin-center/partner-invitation/…).
    app.get(/^\/(?!graphql|healthz).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(webDist, 'index.html'));
    });
  }

  // Anything else that fails outside Apollo: JSON with a code, never Express's HTML page.
  app.use(requestErrors(log));

  try {
    await listen(httpServer, config.port, config.host);
  } catch (error) {
    await apollo.stop().catch(() => undefined);
    await pipeline.release();
    await db.release();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  startServices(services, pipeline);
  return {
    url: `http://${host}:${port}`,
    port,
    db,
    services,
    /** Runs the sweeps now (expiries, extensions, reminders) and resolves when they are done. */
    sweep: () => services.sweeps.sweep(),
    async stop() {
      await stopServices(services, pipeline);
      await apollo.stop();
      if (!(await inFlight.settled(STOP_GRACE_MS))) log.warn({ running: inFlight.count }, 'stopping with requests still running');
      await pipeline.release();
      await db.release();
    },
  };
}
