import { In, type EntityManager } from 'typeorm';
import { DomainError } from '@partnerlink/shared';
import type { Config } from '../../config.js';
import type { Viewer } from '../../viewer.js';
import type { Database } from '../../db/database.js';
import { TenantEntity, WebhookDeliveryEntity, WebhookEndpointEntity, WebhookEventEntity } from '../../db/entities/index.js';
import { newestFirst } from '../../db/keyset.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, toConnection } from '../../graphql/connection.js';
import { newId } from '../../security/tokens.js';
import { assertPublicHost, assertWebhookUrl, type UrlPolicy } from './url-safety.js';
import type { WebhookDispatcher } from './webhook-dispatcher.js';
import { isWebhookEventType, TEST_EVENT_TYPE, type WebhookEventType } from './webhook-events.js';
import { toWebhookDelivery, toWebhookEndpoint } from './webhook.mapper.js';
import { newMessageId, pendingDelivery } from './webhook-outbox.js';
import { testPayload } from './webhook-payload.js';
import { newSigningSecret, secretBoxOf, type SecretBox } from './webhook-signing.js';
import type { CreatedWebhookEndpoint, WebhookDelivery, WebhookEndpoint } from './webhook.type.js';
import type { CreateWebhookEndpointInput, UpdateWebhookEndpointInput, WebhookDeliveriesArgs } from './webhook.inputs.js';

/** Endpoints a partner may register. */
const MAX_ENDPOINTS = 20;

function assertEvents(events: readonly string[]): WebhookEventType[] {
  const unique = [...new Set(events)].filter(isWebhookEventType);
  if (unique.length === 0) throw new DomainError('BAD_USER_INPUT', { reason: 'EVENTS_REQUIRED' }, 'events');
  return unique;
}

function assertDescription(value: string | null | undefined): string {
  const text = value?.trim() ?? '';
  if (text.length > 500) throw new DomainError('BAD_USER_INPUT', { reason: 'DESCRIPTION_TOO_LONG', params: { max: 500 } }, 'description');
  return text;
}

/** A partner's webhook endpoints and their delivery log; always scoped to the viewer's tenant. */
export class WebhookService {
  private readonly box: SecretBox;
  private readonly policy: UrlPolicy;

  constructor(
    private readonly db: Database,
    config: Config,
    private readonly dispatcher: WebhookDispatcher,
  ) {
    this.box = secretBoxOf(config);
    this.policy = { httpsOnly: config.production, allowPrivate: config.webhookAllowPrivateUrls };
  }

  list(viewer: Viewer): Promise<WebhookEndpoint[]> {
    return this.db.read(async (em) => {
      const rows = await em.find(WebhookEndpointEntity, {
        where: { partnerTenantId: viewer.tenantId },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return rows.map(toWebhookEndpoint);
    });
  }

  async create(viewer: Viewer, input: CreateWebhookEndpointInput): Promise<CreatedWebhookEndpoint> {
    const url = await this.assertUrl(input.url);
    const events = assertEvents(input.events);
    const description = assertDescription(input.description);
    const secret = newSigningSecret();
    const now = new Date();
    const row: WebhookEndpointEntity = {
      id: newId(),
      partnerTenantId: viewer.tenantId,
      url,
      description,
      events: events.join(','),
      enabled: true,
      secretCiphertext: this.box.seal(secret),
      consecutiveFailures: 0,
      failingSince: null,
      createdAt: now,
      updatedAt: now,
    };
    await this.db.write(async ({ em }) => {
      if ((await em.countBy(WebhookEndpointEntity, { partnerTenantId: viewer.tenantId })) >= MAX_ENDPOINTS) {
        throw new DomainError('BAD_USER_INPUT', { reason: 'ENDPOINT_LIMIT', params: { max: MAX_ENDPOINTS } });
      }
      await em.insert(WebhookEndpointEntity, row);
    });
    return { endpoint: toWebhookEndpoint(row), secret };
  }

  async update(viewer: Viewer, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
    const changes: Partial<WebhookEndpointEntity> = {};
    if (input.url !== undefined && input.url !== null) changes.url = await this.assertUrl(input.url);
    if (input.events !== undefined && input.events !== null) changes.events = assertEvents(input.events).join(',');
    if (input.description !== undefined && input.description !== null) changes.description = assertDescription(input.description);
    if (input.enabled !== undefined && input.enabled !== null) changes.enabled = input.enabled;
    return this.db.write(async ({ em }) => {
      const row = await this.ownEndpoint(em, viewer, input.id);
      // A new address or a deliberate re-enable starts with a clean record.
      if ((changes.url && changes.url !== row.url) || (changes.enabled && !row.enabled)) {
        Object.assign(changes, { consecutiveFailures: 0, failingSince: null });
      }
      Object.assign(row, changes, { updatedAt: new Date() });
      await em.update(WebhookEndpointEntity, { id: row.id }, { ...changes, updatedAt: row.updatedAt });
      return toWebhookEndpoint(row);
    });
  }

  async rotateSecret(viewer: Viewer, id: string): Promise<CreatedWebhookEndpoint> {
    const secret = newSigningSecret();
    return this.db.write(async ({ em }) => {
      const row = await this.ownEndpoint(em, viewer, id);
      Object.assign(row, { secretCiphertext: this.box.seal(secret), updatedAt: new Date() });
      await em.update(WebhookEndpointEntity, { id: row.id }, { secretCiphertext: row.secretCiphertext, updatedAt: row.updatedAt });
      return { endpoint: toWebhookEndpoint(row), secret };
    });
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    return this.db.write(async ({ em }) => {
      const row = await this.ownEndpoint(em, viewer, id);
      await em.delete(WebhookDeliveryEntity, { endpointId: row.id });
      await em.delete(WebhookEndpointEntity, { id: row.id });
      return true;
    });
  }

  /** The endpoint's deliveries, newest first. */
  async deliveries(viewer: Viewer, args: WebhookDeliveriesArgs) {
    const limit = pageSize(args.first);
    const cursor = decodeTimeCursor(args.after);
    return this.db.read(async (em) => {
      const endpoint = await this.ownEndpoint(em, viewer, args.endpointId);
      const query = em.createQueryBuilder(WebhookDeliveryEntity, 'd').where('d.endpointId = :endpoint', { endpoint: endpoint.id });
      const rows = await newestFirst(query, cursor, limit).getMany();
      const eventIds = [...new Set(rows.map((r) => r.eventId))];
      const events = eventIds.length ? await em.findBy(WebhookEventEntity, { id: In(eventIds) }) : [];
      const byId = new Map(events.map((e) => [e.id, e]));
      const totalCount = () => this.db.read((reader) => reader.countBy(WebhookDeliveryEntity, { endpointId: endpoint.id }));
      return toConnection(rows, limit, totalCount, encodeTimeCursor, (row) => toWebhookDelivery(row, byId.get(row.eventId)));
    });
  }

  /** Sends a delivery again, with the same webhook-id, starting a fresh round of attempts. */
  async redeliver(viewer: Viewer, deliveryId: string): Promise<WebhookDelivery> {
    const now = new Date();
    const result = await this.db.write(async ({ em }) => {
      const row = await em.findOneBy(WebhookDeliveryEntity, { id: deliveryId, partnerTenantId: viewer.tenantId });
      if (!row) throw new DomainError('NOT_FOUND', 'No webhook delivery has this id.', 'deliveryId');
      await this.assertEnabled(em, row.endpointId);
      if (row.lockedUntil && row.lockedUntil > now) {
        throw new DomainError('BAD_USER_INPUT', { reason: 'DELIVERY_IN_PROGRESS' }, 'deliveryId');
      }
      const changes = { status: 'PENDING' as const, attempts: 0, nextAttemptAt: now, deliveredAt: null };
      await em.update(WebhookDeliveryEntity, { id: row.id }, changes);
      const event = await em.findOneBy(WebhookEventEntity, { id: row.eventId });
      return toWebhookDelivery({ ...row, ...changes }, event ?? undefined);
    });
    this.dispatcher.kick();
    return result;
  }

  /** Queues a `test` event for one endpoint, delivered like any other. */
  async sendTest(viewer: Viewer, endpointId: string): Promise<WebhookDelivery> {
    const now = new Date();
    const result = await this.db.write(async ({ em }) => {
      const endpoint = await this.assertEnabled(em, endpointId, viewer);
      const partner = await em.findOneByOrFail(TenantEntity, { id: viewer.tenantId });
      const event: WebhookEventEntity = {
        id: newMessageId(),
        partnerTenantId: viewer.tenantId,
        type: TEST_EVENT_TYPE,
        payload: JSON.stringify(testPayload(partner, now)),
        createdAt: now,
      };
      const delivery = pendingDelivery(event.id, endpoint, now);
      await em.insert(WebhookEventEntity, event);
      await em.insert(WebhookDeliveryEntity, delivery);
      return toWebhookDelivery(delivery, event);
    });
    this.dispatcher.kick();
    return result;
  }

  private async assertUrl(raw: string): Promise<string> {
    const url = assertWebhookUrl(raw, this.policy);
    await assertPublicHost(url, this.policy);
    return url.toString();
  }

  private async ownEndpoint(em: EntityManager, viewer: Viewer, id: string): Promise<WebhookEndpointEntity> {
    const row = await em.findOneBy(WebhookEndpointEntity, { id, partnerTenantId: viewer.tenantId });
    if (!row) throw new DomainError('NOT_FOUND', 'No webhook endpoint has this id.', 'id');
    return row;
  }

  private async assertEnabled(em: EntityManager, endpointId: string, viewer?: Viewer): Promise<WebhookEndpointEntity> {
    const row = viewer ? await this.ownEndpoint(em, viewer, endpointId) : await em.findOneByOrFail(WebhookEndpointEntity, { id: endpointId });
    if (!row.enabled) throw new DomainError('BAD_USER_INPUT', { reason: 'ENDPOINT_DISABLED' }, 'endpointId');
    return row;
  }
}
