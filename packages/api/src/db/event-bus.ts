import { EventEmitter, on } from 'node:events';

/** The topic on which committed activity entries are published. */
export const ACTIVITY_TOPIC = 'activity';

/**
 * In-process publish/subscribe of committed changes, in the shape type-graphql's PubSub
 * expects. It spans one process; on PostgreSQL, the commit pipeline feeds it the other instances'
 * activity too (received with LISTEN/NOTIFY, see activity-channel.ts), so subscribers see all of it.
 */
export class EventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0); // one listener per open subscription
  }

  /** Whether anything subscribes to the topic now (an open subscription). */
  listening(topic: string): boolean {
    return this.emitter.listenerCount(topic) > 0;
  }

  publish(topic: string, ...payload: unknown[]): void {
    this.emitter.emit(topic, payload[0]);
  }

  /** Every payload published on the topic from now on; ends when the consumer stops. */
  async *subscribe(topic: string): AsyncGenerator<unknown> {
    for await (const [payload] of on(this.emitter, topic) as AsyncIterableIterator<[unknown]>) yield payload;
  }
}
