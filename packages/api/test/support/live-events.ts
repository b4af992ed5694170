import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';

export type LiveEvent = { type: string; subjectId: string };

/**
 * A relationshipEvents subscription on the server at `url` (http://…), signed in with `token`,
 * collecting what arrives; `opened` resolves shortly after the socket is acknowledged.
 */
export function subscribeToRelationshipEvents(url: string, token: string) {
  const client: WsClient = createClient({
    url: `${url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 0,
  });
  const events: LiveEvent[] = [];
  const errors: unknown[] = [];
  const opened = new Promise<void>((resolve) => client.on('connected', () => setTimeout(resolve, 200)));
  client.subscribe<{ relationshipEvents: LiveEvent }>(
    { query: 'subscription { relationshipEvents { type subjectId } }' },
    {
      next: (result) => {
        if (result.data) events.push(result.data.relationshipEvents);
        if (result.errors) errors.push(result.errors);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return { events, errors, opened, dispose: () => client.dispose() };
}
