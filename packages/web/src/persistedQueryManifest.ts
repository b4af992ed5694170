import { ApolloClient, ApolloLink } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { getOperationAST, parse, type DocumentNode, type OperationTypeNode } from 'graphql';
import { Observable } from 'rxjs';
import { createCache } from './apollo/client.js';
import { sha256Hex } from './apollo/persistedQueries.js';
import * as appDocuments from './gql/graphql.js';
import * as acceptanceDocuments from './gql/acceptance.js';

/**
 * The SPA's own operations, as the api's safelist mode (PERSISTED_QUERIES=safelist) loads them
 * from `dist/persisted-queries.json`. Apollo's manifest format: each `id` is the SHA-256 of
 * `body`, and `body` is the exact text the app sends, so the id is also the APQ hash.
 * Not part of the app bundle: vite.config.ts calls it at build time.
 */
export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: PersistedOperation[];
}

export interface PersistedOperation {
  id: string;
  name: string;
  type: OperationTypeNode;
  body: string;
}

export const MANIFEST_FILE = 'persisted-queries.json';

/** Operations that go over HTTP (subscriptions go over graphql-ws). */
function httpOperationOf(document: DocumentNode) {
  const operation = getOperationAST(document);
  return operation && operation.operation !== 'subscription' ? operation : undefined;
}

/** The signed-in app's query and mutation documents (codegen's src/gql). */
export function appOperationDocuments(): DocumentNode[] {
  return Object.values(appDocuments).filter(
    (value): value is DocumentNode =>
      typeof value === 'object' && value !== null && (value as DocumentNode).kind === 'Document' && httpOperationOf(value as DocumentNode) !== undefined,
  );
}

/** The acceptance page's documents (codegen's string mode, sent as is by graphqlFetch). */
export function acceptanceOperationTexts(): string[] {
  return Object.values(acceptanceDocuments)
    .filter((value) => value instanceof acceptanceDocuments.TypedDocumentString)
    .map((value) => value.toString());
}

/**
 * The text Apollo Client puts on the wire for each document: the client's own transforms
 * (the cache adds __typename, @client/@connection go) run for real, and a link at the end of
 * the chain records what the persisted-query link would print and hash.
 */
async function textsSentByApolloClient(documents: readonly DocumentNode[]): Promise<string[]> {
  const sent: string[] = [];
  const capture = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push(print(operation.query));
        observer.error(new Error('captured'));
      }),
  );
  const client = new ApolloClient({ link: capture, cache: createCache() });
  for (const document of documents) {
    const request =
      httpOperationOf(document)?.operation === 'mutation'
        ? client.mutate({ mutation: document })
        : client.query({ query: document, fetchPolicy: 'network-only' });
    await request.catch(() => undefined);
  }
  client.stop();
  if (sent.length !== documents.length) throw new Error(`Expected ${documents.length} operations on the wire, saw ${sent.length}.`);
  return sent;
}

async function operationOf(body: string): Promise<PersistedOperation> {
  const operation = httpOperationOf(parse(body));
  if (!operation?.name) throw new Error(`Every persisted operation needs a name:\n${body}`);
  return { id: await sha256Hex(body, globalThis.crypto.subtle), name: operation.name.value, type: operation.operation, body };
}

/** The manifest, sorted by name and id so that the same sources always give the same file. */
export async function buildPersistedQueryManifest(): Promise<PersistedQueryManifest> {
  const bodies = new Set([...(await textsSentByApolloClient(appOperationDocuments())), ...acceptanceOperationTexts()]);
  const operations = await Promise.all([...bodies].map(operationOf));
  const key = (operation: PersistedOperation) => `${operation.name}\u0000${operation.id}`;
  operations.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}
