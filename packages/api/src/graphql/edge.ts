import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type SelectionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Limits on what one operation may ask for (graphql-armor), set explicitly rather than trusted to defaults. */
export function armor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { enabled: true, n: 12, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { enabled: true, n: 15 },
    maxDirectives: { enabled: true, n: 10 },
    costLimit: { enabled: true, maxCost: 25_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
    // Counted by Apollo's own parser instead (parseOptions.maxTokens), before any validation runs.
    maxTokens: { enabled: false },
    // "Did you mean …" helps a developer and maps the schema for an attacker.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** The largest request body (HTTP) and the largest WebSocket message, in bytes. */
export const MAX_REQUEST_BYTES = 100 * 1024;

/**
 * The largest HTTP body of the operations that carry many rows: a batch of 5,000 requests is about
 * 1 MB of variables. Bodies up to this size are read, then refused (413) unless the operation is one of these.
 */
export const MAX_LARGE_REQUEST_BYTES = 3 * 1024 * 1024;
export const LARGE_BODY_OPERATIONS: ReadonlySet<string> = new Set(['createRelationshipRequestBatch']);

/** Tokens one document may have: the parser stops there. */
export const MAX_TOKENS = 4000;

/**
 * One change per request: a mutation operation has exactly one root field, so aliases
 * cannot multiply accepts or requests inside one operation.
 */
export const oneMutationPerOperation: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const rootFields = (selections: readonly SelectionNode[], seen: Set<string>): number =>
    selections.reduce((total, selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return total + 1;
        case Kind.INLINE_FRAGMENT:
          return total + rootFields(selection.selectionSet.selections, seen);
        case Kind.FRAGMENT_SPREAD: {
          if (seen.has(selection.name.value)) return total;
          seen.add(selection.name.value);
          const fragment = context.getFragment(selection.name.value);
          return total + (fragment ? rootFields(fragment.selectionSet.selections, seen) : 0);
        }
      }
    }, 0);
  return {
    OperationDefinition(node) {
      if (node.operation === 'mutation' && rootFields(node.selectionSet.selections, new Set()) > 1) {
        context.reportError(
          new GraphQLError('Send one mutation per operation: each change is its own request.', { nodes: [node] }),
        );
      }
    },
  };
};

/** Response headers for the SPA and the API. */
export function securityHeaders(https: boolean): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
    // Invitation links carry their token in the path: never leak it to another site.
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/**
 * No NUL character in a string literal of the document (`"\u0000"` decodes to one): PostgreSQL
 * refuses it in text. Variables are checked before Apollo runs (http-guards.ts).
 */
export const noNulInStrings: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  StringValue(node) {
    if (node.value.includes('\u0000')) {
      context.reportError(new GraphQLError('Text may not contain the NUL character (U+0000).', { nodes: node }));
    }
  },
});

