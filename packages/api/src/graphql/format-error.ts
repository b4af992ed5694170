import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '@partnerlink/shared';

function codeOf(formatted: GraphQLFormattedError): string | undefined {
  const code = formatted.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Apollo's own request errors, folded into the contract's closed list of codes (DESIGN.md).
 * The persisted-query codes stay: they are a protocol handshake, not a failure.
 */
const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_USER_INPUT',
]);

/** Apollo's answers to a malformed persisted-query extension: the client's mistake, without a code. */
const PERSISTED_QUERY_MISTAKES = new Set(['provided sha does not match query', 'Unsupported persisted query version']);

function messageOf(error: unknown): string | undefined {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : undefined;
}

/** "Did you mean …" (GraphQL's suggestions of fields, types and enum values) maps the schema for a stranger. */
function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .*$/s, '');
}

/**
 * graphql-js refusing an argument's value while a field runs: a nullable variable may stand where
 * the argument is non-null with a default (the validation allows it), and an explicit null for it
 * is only refused then. Its own error, not one a resolver threw: the caller's mistake.
 */
function isArgumentRefused(original: unknown): boolean {
  return original instanceof GraphQLError && original.originalError === undefined && /^Argument "\w+" (of non-null type|has invalid value)/.test(original.message);
}

/** An error nobody planned for: a bug or an outage, to be logged and masked. */
export function isUnexpected(error: unknown, formatted?: GraphQLFormattedError): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || isArgumentRefused(original)) return false;
  if (PERSISTED_QUERY_MISTAKES.has(formatted?.message ?? messageOf(original) ?? '')) return false;
  const code = formatted ? codeOf(formatted) : undefined;
  if (formatted) return code === undefined || code === 'INTERNAL_SERVER_ERROR';
  const extensions = (original as { extensions?: { code?: unknown } } | null)?.extensions;
  return extensions?.code === undefined || extensions.code === 'INTERNAL_SERVER_ERROR';
}

/**
 * Apollo's formatError: a DomainError becomes its code, message, field, reason and params; GraphQL's own
 * request errors (parse, validation, variable coercion, an argument refused while the field runs,
 * a malformed persisted-query extension)
 * become BAD_USER_INPUT without a stack or suggestions;
 * anything else is masked as INTERNAL_SERVER_ERROR. The server logs the unexpected ones
 * with the request id (see the logging plugin).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const where = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      ...where,
      extensions: {
        ...original.details,
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...(original.reason ? { reason: original.reason } : {}),
        ...(original.params ? { params: original.params } : {}),
      },
    };
  }
  if (!isUnexpected(error, formatted)) {
    const code = PERSISTED_QUERY_MISTAKES.has(formatted.message) || isArgumentRefused(original) ? 'BAD_USER_INPUT' : codeOf(formatted);
    return {
      message: withoutSuggestions(formatted.message),
      ...where,
      extensions: { code: code && REQUEST_ERRORS.has(code) ? 'BAD_USER_INPUT' : code },
    };
  }
  return {
    message: 'Something went wrong on our side. Try again; if it keeps happening, quote the request id.',
    ...where,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
