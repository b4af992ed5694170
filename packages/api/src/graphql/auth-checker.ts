import type { GraphQLSchema } from 'graphql';
import { accessDescription, canRun, DomainError, isOperation, OPERATIONS, type Operation } from '@partnerlink/shared';
import type { Context } from '../context.js';
import type { Viewer } from '../viewer.js';

/**
 * Throws unless the viewer may run the operation: UNAUTHENTICATED when nobody is signed in,
 * FORBIDDEN when the role (or an API key's scopes) does not allow it.
 */
export function authorise(viewer: Viewer | null, operation: Operation): void {
  if (canRun(viewer, operation)) return;
  if (!viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
  if (viewer.apiKey && canRun({ tenantKind: viewer.tenantKind, roles: viewer.roles }, operation)) {
    throw new DomainError('FORBIDDEN', `This API key may not run ${operation}: its scopes do not allow it, or only a person may.`);
  }
  throw new DomainError('FORBIDDEN', 'Your role does not allow this.');
}

/**
 * Authorises every root field (query, mutation, subscription) by its name, from shared's
 * OPERATIONS alone: no resolver names a role or an action, so none can disagree with the web's
 * `canRun`. Each description ends with who may run the operation, rendered from the same map.
 * A root field the map does not know, or an operation the schema does not have, fails the build.
 */
export function guardOperations(schema: GraphQLSchema): GraphQLSchema {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  const fields = roots.flatMap((root) => Object.values(root?.getFields() ?? {}).map((field) => ({ root: root?.name, field })));
  const unknown = fields.filter(({ field }) => !isOperation(field.name)).map(({ root, field }) => `${root}.${field.name}`);
  const missing = Object.keys(OPERATIONS).filter((name) => !fields.some(({ field }) => field.name === name));
  if (unknown.length > 0 || missing.length > 0) {
    throw new Error(
      `packages/shared/src/operations.ts and the schema disagree: ${[...unknown.map((f) => `${f} has no access rule`), ...missing.map((o) => `${o} is no root field`)].join('; ')}`,
    );
  }
  for (const { root, field } of fields) {
    const operation = field.name;
    if (!isOperation(operation)) continue; // reported above
    const access = accessDescription(operation);
    if (access) field.description = field.description ? `${field.description} ${access}` : access;
    const subscription = root === schema.getSubscriptionType()?.name;
    const run = subscription ? field.subscribe : field.resolve;
    if (!run) throw new Error(`${root}.${operation} has no resolver`);
    const guarded: typeof run = (source, args, context: Context, info) => {
      authorise(context.viewer, operation);
      return run(source, args, context, info);
    };
    if (subscription) field.subscribe = guarded;
    else field.resolve = guarded;
  }
  return schema;
}
