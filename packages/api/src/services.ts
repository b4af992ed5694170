import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { CommitPipeline } from './events/commit-pipeline.js';
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
import { WebhookService } from './modules/webhooks/webhook.service.js';
import { systemClock, type Clock } from './clock.js';
import { createMailer } from './mail/mailer.js';
import { createRateLimits } from './security/rate-limits.js';
import { expireOverdueRequests } from './modules/relationship-requests/request-expiry.js';
import { forgetOldNameCounters } from './modules/relationship-requests/admin-display-name.js';
import { AdminLifecycleService } from './modules/relationships/admin-lifecycle.js';
import { AnswerMailService } from './modules/relationship-requests/answer-mail.js';
import { NotificationSettingsService } from './modules/auth/notification-settings.service.js';
import { Sweeps } from './sweeps.js';
import { RequestBatchService } from './modules/request-batches/request-batch.service.js';
import { BatchSender } from './modules/request-batches/batch-sender.js';
import { ResellerAuthorizationService } from './modules/reseller-authorizations/reseller-authorization.service.js';

/** The services, constructed idle: none subscribes to anything or runs in the background until startServices. */
export function createServices(db: Database, config: Config, log: Logger, clock: Clock = systemClock) {
  // Shared by every instance on PostgreSQL, so N instances do not allow N times the limit.
  const limits = createRateLimits(db, log);
  const apiKeys = new ApiKeyService(db, log, limits);
  const requests = new RelationshipRequestService(db, config, clock);
  const webhookDispatcher = new WebhookDispatcher(db, config, log);
  const mailer = createMailer(config);
  // The sender is made below; a retried batch wakes it once it exists.
  let wakeSender: () => void = () => undefined;
  const batches = new RequestBatchService(db, config, clock, () => mailer.canSend, () => wakeSender());
  const adminLifecycle = new AdminLifecycleService(db, mailer, config.publicUrl, log, clock);
  const answerMail = new AnswerMailService(db, mailer, config.publicUrl, log, clock);
  const sweeps = new Sweeps(
    [
      // Pending requests past their expiry: REQUEST_EXPIRED, webhook relationship-request-expired.
      { name: 'request expiry', run: () => expireOverdueRequests(db, clock.now()) },
      // Admin relationships: extension or expiry at endsAt, reminders 30/7/1 days before (admin-lifecycle.ts).
      { name: 'admin relationship lifecycle', run: (stopping) => adminLifecycle.sweep(stopping) },
      // Agents' daily digest of their requests expiring within 7 days, once per agent and day (answer-mail.ts).
      { name: 'expiring requests digest', run: (stopping) => answerMail.sweep(stopping) },
      // Counters of default admin-access names of days gone by (admin-display-name.ts).
      { name: 'admin name counters', run: () => db.write((tx) => forgetOldNameCounters(tx, clock.now())) },
    ],
    config.sweepIntervalMinutes * 60 * 1000,
    log,
  );
  const invitationMail = new InvitationMailService(db, config, mailer, log, requests, limits);
  const batchSender = new BatchSender(db, config, mailer, invitationMail, log, clock);
  wakeSender = () => batchSender.kick();
  return {
    clock,
    apiKeys,
    auth: new AuthService(db, config, apiKeys, limits),
    customers: new CustomerService(db, clock),
    requests,
    batches,
    invitations: new InvitationService(db, limits, clock, answerMail, log),
    answerMail,
    notificationSettings: new NotificationSettingsService(db),
    invitationMail,
    batchSender,
    relationships: new RelationshipService(db, clock),
    endRequests: new EndRequestService(db, mailer, log),
    orders: new OrderService(db, clock),
    activity: new ActivityLogService(db),
    webhooks: new WebhookService(db, config, webhookDispatcher),
    resellerAuthorizations: new ResellerAuthorizationService(db, config, clock, limits),
    webhookDispatcher,
    adminLifecycle,
    sweeps,
  };
}

export type Services = ReturnType<typeof createServices>;

/**
 * Starts what hears of committed changes, in one place: createServer calls it once it listens,
 * and stopServices from its stop(). The commit pipeline's after-commit steps reach the services
 * from now on (events/wiring.ts).
 */
export function startServices(services: Services, pipeline: CommitPipeline): void {
  // Remembers customer counts, forgotten when a partner's change commits (on any instance).
  services.customers.start();
  // Delivers the webhook outbox, woken by commits that queue deliveries; resumes what is pending.
  services.webhookDispatcher.start();
  pipeline.listen({
    forgetCustomerCounts: (partnerTenantId) => services.customers.forgetCounts(partnerTenantId),
    wakeDispatcher: () => services.webhookDispatcher.kick(),
    wakeBatchSender: () => services.batchSender.kick(),
  });
  // Emails the links of batches created with send: true; resumes what a previous run left.
  services.batchSender.start();
  // What time changes (expiries, extensions, reminders): now, then every SWEEP_INTERVAL_MINUTES.
  services.sweeps.start();
}

/** Stops what startServices started: deliveries in flight are cancelled and waited for. */
export async function stopServices(services: Services, pipeline: CommitPipeline): Promise<void> {
  await services.sweeps.stop();
  await services.answerMail.settled();
  pipeline.listen(undefined);
  await services.batchSender.stop();
  await services.webhookDispatcher.stop();
  services.customers.stop();
}
