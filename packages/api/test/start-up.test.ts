import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { RelationshipFilter } from '@partnerlink/shared';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_TOPIC } from '../src/db/database.js';
import { EventBus } from '../src/db/event-bus.js';
import { describeSchema } from '../src/graphql/schema.js';
import { CustomerCountCache } from '../src/modules/customers/customer-count-cache.js';

describe('printing the schema', () => {
  it('needs no database and no services: the committed schema.graphql is what the resolvers declare', async () => {
    const committed = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');
    const schema = await describeSchema();
    expect(`${printSchema(schema)}\n`).toBe(committed);
    // It describes; it runs nothing.
    const viewer = schema.getQueryType()?.getFields().viewer;
    expect(() => viewer?.resolve?.({}, {}, {}, {} as never)).toThrow(/only describes the API/);
  });
});

describe('what hears of committed changes starts explicitly (createServer starts it, stop() stops it)', () => {
  it('the customer count cache follows the bus only between start() and stop(), and remembers counts only then', async () => {
    const bus = new EventBus();
    const cache = new CustomerCountCache(bus);
    const list = { partnerId: 'partner-1', filter: RelationshipFilter.ALL, search: '' };
    let counted = 0;
    const count = () => cache.count(list, async () => ++counted);
    // Constructed, it subscribes to nothing: unable to hear changes, it remembers nothing.
    expect([await count(), await count()]).toEqual([1, 2]);

    cache.start();
    expect([await count(), await count()]).toEqual([3, 3]);
    bus.publish(ACTIVITY_TOPIC, { partnerTenantId: 'partner-2' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(await count()).toBe(3);
    bus.publish(ACTIVITY_TOPIC, { partnerTenantId: 'partner-1' });
    await new Promise((resolve) => setImmediate(resolve));
    expect([await count(), await count()]).toEqual([4, 4]);

    cache.stop();
    expect([await count(), await count()]).toEqual([5, 6]);
  });
});
