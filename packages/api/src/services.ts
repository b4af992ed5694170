import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { ActivityLogService } from './modules/activity-log/activity-log.service.js';
import { ApiKeyService } from './modules/api-keys/api-key.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { CustomerService } from './modules/customers/customer.service.js';
import { OrderService } from './modules/orders/order.service.js';
import { InvitationService } from './modules/relationship-requests/invitation.service.js';
import { RelationshipRequestService } from './modules/relationship-requests/relationship-request.service.js';
import { EndRequestService } from './modules/relationships/end-request.service.js';
import { RelationshipService } from './modules/relationships/relationship.service.js';
import { InvitationMailService } from './modules/relationship-requests/invitation-mail.service.js';
import { WebhookDispatcher } from './modules/webhooks/webhook-dispatcher.js';
import { webhookOutbox } from './modules/webhooks/webhook-outbox.js';
import { WebhookService } from './modules/webhooks/webhook.service.js';
import { createMailer } from './mail/mailer.js';
import { createRateLimits } from './security/rate-limits.js';

export function createServices(db: Database, config: Config, log: Logger) {
  // Shared by every instance on PostgreSQL, so N instances do not allow N times the limit.
  const limits = createRateLimits(db, log);
  const apiKeys = new ApiKeyService(db, log, limits);
  const requests = new RelationshipRequestService(db, config);
  // Constructed idle: createServer starts it (and stops it in stop()).
  const webhookDispatcher = new WebhookDispatcher(db, config, log);
  const mailer = createMailer(config);
  db.beforeCommit(webhookOutbox(config.publicUrl, (em) => webhookDispatcher.queuedIn(em)));
  return {
    apiKeys,
    auth: new AuthService(db, config, apiKeys, limits),
    customers: new CustomerService(db),
    requests,
    invitations: new InvitationService(db, limits),
    invitationMail: new InvitationMailService(db, config, mailer, log, requests, limits),
    relationships: new RelationshipService(db),
    endRequests: new EndRequestService(db, mailer, log),
    orders: new OrderService(db),
    activity: new ActivityLogService(db),
    webhooks: new WebhookService(db, config, webhookDispatcher),
    webhookDispatcher,
  };
}

export type Services = ReturnType<typeof createServices>;
