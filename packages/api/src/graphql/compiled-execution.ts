import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  defaultFieldResolver,
  execute,
  getVariableValues,
  GraphQLError,
  isObjectType,
  Source,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type SourceLocation,
} from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import type { Context } from '../context.js';

type Gateway = ApolloServerOptionsWithGateway<Context>['gateway'];

/** How many documents a process remembers (compiled or counted): the SPA sends a few dozen, third parties a few more. */
const KEPT_DOCUMENTS = 1_000;
/**
 * A document runs this often on graphql-js before it is compiled: compiling takes 7–10 ms, about
 * twice a customers page, so a client that sends every document once (literals in the text
 * instead of variables) pays nothing for it.
 */
const COMPILE_AFTER = 1;

/**
 * graphql-jit, imported when a process first compiles rather than when it starts: its modules take
 * 110–120 ms to load beyond graphql, Apollo and type-graphql (measured on the 2-core machine), about
 * a tenth of the API's cold start, and only documents sent again need them.
 */
let jit: Promise<typeof import('graphql-jit')> | undefined;

/** What compileQuery returns for a document it compiled, rather than the errors of one it could not. */
function isCompiled(query: CompiledQuery | ExecutionResult): query is CompiledQuery {
  return 'query' in query;
}

/**
 * graphql-js's default resolver on every object field that has none. graphql-jit reads such a
 * field as a plain property, but some of ours hold a function (a connection's lazy totalCount)
 * or a promise, which graphql-js's default resolver calls or awaits: with it, each field
 * resolves as it did under graphql-js.
 */
function withDefaultResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) field.resolve ??= defaultFieldResolver;
  }
}

/** The character offset of a (1-based) line and column in the request's text, for graphql-js's error locations. */
function offsetOf(body: string, location: SourceLocation): number {
  const lineBreak = /\r\n|[\n\r]/g;
  let lineStart = 0;
  for (let line = 1; line < location.line && lineBreak.exec(body); line += 1) lineStart = lineBreak.lastIndex;
  return lineStart + location.column - 1;
}

/**
 * graphql-jit's errors as graphql-js's own: Apollo reads `extensions` of every error (jit leaves it
 * undefined) and finds a resolver's DomainError through `originalError`, which the copy keeps with
 * the path, the locations and the original's extensions.
 */
function asGraphQLError(error: GraphQLError, source: Source): GraphQLError {
  return new GraphQLError(error.message, {
    source,
    ...(error.locations ? { positions: error.locations.map((location) => offsetOf(source.body, location)) } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.originalError ? { originalError: error.originalError } : {}),
  });
}

/**
 * Executes operations with graphql-jit instead of graphql-js's `execute`: a (document, operation)
 * sent again is compiled into a function that walks the selection without re-reading the AST for
 * every field of every row, and reused for every later request that sends the same document
 * (Apollo keeps parsed documents in its store, so the same text arrives as the same DocumentNode).
 *
 * Apollo Server's only hook for execution is its gateway interface; everything before it (parsing,
 * validation, persisted queries, the plugins, error formatting, HTTP status from errors) stays
 * Apollo's. Variables are still checked by graphql-js first, so a refused variable is reported
 * exactly as before (message, node, BAD_USER_INPUT). The schema is this process's own and never
 * changes: the gateway announces it once and has nothing to stop.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  withDefaultResolvers(schema);
  /** Per document and operation name: how often it ran uncompiled, or its compiled form. */
  const seen = new Map<DocumentNode, Map<string, number | CompiledQuery | ExecutionResult>>();
  /** The compiled operation, or null while it has run fewer than COMPILE_AFTER times. */
  const compiled = async (document: DocumentNode, operationName: string | undefined): Promise<CompiledQuery | ExecutionResult | null> => {
    let byOperation = seen.get(document);
    if (!byOperation) {
      // Oldest first: a process that meets more documents than it keeps starts counting them again.
      if (seen.size >= KEPT_DOCUMENTS) seen.delete(seen.keys().next().value as DocumentNode);
      byOperation = new Map();
      seen.set(document, byOperation);
    }
    const key = operationName ?? '';
    const found = byOperation.get(key) ?? 0;
    if (typeof found !== 'number') return found;
    if (found < COMPILE_AFTER) {
      byOperation.set(key, found + 1);
      return null;
    }
    const { compileQuery } = await (jit ??= import('graphql-jit'));
    // A request that came at the same time may have compiled it while this one waited for the import.
    const meanwhile = byOperation.get(key);
    if (meanwhile !== undefined && typeof meanwhile !== 'number') return meanwhile;
    const query = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
    byOperation.set(key, query);
    return query;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return {
        async executor(requestContext) {
          const { document, operation, request, context } = requestContext;
          const variableValues = request.variables ?? {};
          // graphql-js for a document's first runs, and for one without that operation (its own answer, as before).
          const query = operation ? await compiled(document, request.operationName) : null;
          if (!operation || !query) return execute({ schema, document, variableValues, operationName: request.operationName ?? null, contextValue: context });
          const checked = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues);
          if (checked.errors) return { errors: checked.errors };
          const result = isCompiled(query) ? await query.query(undefined, context, variableValues) : query;
          if (!result.errors?.length) return result;
          const source = new Source(requestContext.source);
          return { ...result, errors: result.errors.map((error) => asGraphQLError(error, source)) };
        },
      };
    },
    async stop() {},
  };
}
