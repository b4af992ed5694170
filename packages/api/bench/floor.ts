import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/** The floor: a bare Apollo Server 5 with a trivial schema, answering `{ __typename }`. */
export async function startFloorServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const server = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  return { url, stop: () => server.stop() };
}

export const FLOOR_BODY = JSON.stringify({ query: '{ __typename }' });
