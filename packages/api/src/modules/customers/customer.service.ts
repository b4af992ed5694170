import {

  assertMayRelate,
  assertText,
  cleanName,
  DomainError,
  agreementProblems,
  assertNoProblems,
  newCustomerProblems,
  RelationshipFilter,
  TenantKind,
} from '@partnerlink/shared';
import type { Clock } from '../../clock.js';
import type { Viewer } from '../../viewer.js';
import type { Database } from '../../db/database.js';
import { RelationshipEntity, TenantEntity } from '../../db/entities/index.js';
import { isUniqueViolation } from '../../db/errors.js';
import { relationshipRow } from '../../db/fixtures.js';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../../graphql/connection.js';
import { newId } from '../../security/tokens.js';
import { countCustomers, relatedCustomer, type CustomerListFilter } from './customer.repository.js';
import { customerPage } from './customer-page.js';
import { COMPLETE_SELECTION, type CustomerListSelection } from './customer-selection.js';
import type { CreateCustomerInput, CustomersArgs } from './customer.inputs.js';
import type { AgreementFields } from '@partnerlink/shared';
import { toCustomer } from './customer.type.js';
import { CustomerCountCache } from './customer-count-cache.js';
import { insertRows } from '../../db/insert-rows.js';

export class CustomerService {
  private readonly counts: CustomerCountCache;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {
    this.counts = new CustomerCountCache();
  }

  /** Remembers customer counts between the partner's changes (startServices calls it). */
  start(): void {
    this.counts.start();
  }

  /** Stops remembering counts (server shutdown). */
  stop(): void {
    this.counts.stop();
  }

  /** A change to the partner's customers or requests committed (an after-commit step, events/wiring.ts). */
  forgetCounts(partnerTenantId: string): void {
    this.counts.invalidate(partnerTenantId);
  }

  /**
   * The partner's customers, by name, filtered and searched on the server. The page comes with
   * what the selected fields read of each customer's relationships and active subscription count
   * (Customer.partnerView, only the columns `selection` names): a page costs one statement.
   * totalCount, when a client asks for it and it is not remembered since the partner's last change
   * (CustomerCountCache), is counted by the page's statement too, and then remembered; so is
   * adminExpiringCount. On PostgreSQL an empty page has no row to carry them: each is one
   * statement more when asked for (on SQLite the page's one row carries them, see selectRows).
   * ADMIN_EXPIRING depends on the time as well as on changes, so its counts are never remembered.
   */
  async list(viewer: Viewer, args: CustomersArgs, selection: CustomerListSelection = COMPLETE_SELECTION) {
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after, 2);
    const search = args.search ? assertText('search', 'search', args.search).normalize('NFC').trim().toLowerCase() : '';
    const filter = args.relationship ?? RelationshipFilter.ALL;
    const now = this.clock.now();
    const indirectResellerId = args.indirectResellerId ?? null;
    const list = { partnerId: viewer.tenantId, filter, search, now, indirectResellerId };
    const count = (of: CustomerListFilter) => () => this.db.read((em) => countCustomers(em, of));
    // totalCount is counted only when a client asks for it (GraphQL calls the function). Counts by
    // reseller change with the reseller's relationships as well as the provider's: never remembered.
    const remembered = filter !== RelationshipFilter.ADMIN_EXPIRING && !indirectResellerId;
    // Looked up before the page is read: a change committing meanwhile must keep its count from being remembered.
    const cached = remembered ? this.counts.lookup(list) : null;
    const countAlong = selection.totalCount && (cached?.wanted ?? true);
    const page = await this.db.read((em) =>
      customerPage(
        em,
        list,
        { limit: limit + 1, descending: args.orderBy === 'NAME_DESC', after: cursor ? [cursor[0] as string, cursor[1] as string] : null },
        selection,
        countAlong,
      ),
    );
    const counted = page.totalCount;
    if (counted !== null && cached) this.counts.keep(list, cached.generation, counted);
    const totalCount = counted ?? (remembered ? () => this.counts.count(list, count(list)) : count(list));
    // The page statement counted it (when selected); an empty page on PostgreSQL asks the database when a client wants it.
    const adminExpiringCount = page.adminExpiringCount ?? count({ partnerId: viewer.tenantId, filter: RelationshipFilter.ADMIN_EXPIRING, search: '', now });
    const connection = toConnection(page.rows, limit, totalCount, (row) => encodeCursor([row.nameKey, row.customer.id]), (row) => row.customer);
    return { ...connection, adminExpiringCount };
  }

  /** A customer this partner has or had a relationship with; null for any other id. */
  async get(viewer: Viewer, id: string) {
    const tenant = await this.db.read((em) => relatedCustomer(em, viewer.tenantId, id, false));
    return tenant ? toCustomer(tenant) : null;
  }

  /** Public directory data of a customer tenant by domain, so a partner can invite a known customer. */
  async lookup(domain: string) {
    const tenant = await this.db.read((em) =>
      em.findOneBy(TenantEntity, { domain: domain.trim().toLowerCase(), kind: TenantKind.CUSTOMER }),
    );
    return tenant ? { id: tenant.id, domain: tenant.domain, country: tenant.country, cloud: tenant.cloud } : null;
  }

  /**
   * A new CSP customer: the tenant, an ACTIVE reseller relationship with this partner and the
   * partner's record of the agreement acceptance, in one transaction.
   */
  async create(viewer: Viewer, input: CreateCustomerInput) {
    const now = new Date();
    assertNoProblems(newCustomerProblems({ ...input, agreement: input.agreement ?? null }, now));
    const agreement = input.agreement ?? null;
    const country = input.country.trim().toUpperCase();
    const domain = input.domain.trim().toLowerCase();
    const companyName = cleanName(input.companyName);

    try {
      const tenant = await this.db.write(async (tx) => {
        const { em } = tx;
        const partner = await em.findOneByOrFail(TenantEntity, { id: viewer.tenantId });
        assertMayRelate(partner.country, country);
        if (await em.existsBy(TenantEntity, { domain })) throw domainTaken();
        const customer: TenantEntity = {
          id: newId(),
          kind: TenantKind.CUSTOMER,
          name: companyName,
          nameKey: companyName.toLowerCase(),
          domain,
          country,
          cloud: partner.cloud,
          partnerId: null,
          partnerType: null,
          contactName: cleanName(input.contactName),
          contactEmail: input.contactEmail.trim().toLowerCase(),
          agreementAcceptedAt: agreement ? new Date(`${agreement.acceptedOn}T00:00:00Z`) : null,
          agreementSignerName: agreement ? cleanName(agreement.signerName) : null,
          agreementSignerEmail: agreement ? agreement.signerEmail.trim().toLowerCase() : null,
          createdAt: now,
        };
        await em.insert(TenantEntity, customer);
        const relationship = relationshipRow({
          partnerTenantId: partner.id,
          customerTenantId: customer.id,
          type: 'RESELLER',
          origin: 'NEW_CUSTOMER',
          createdAt: now,
        });
        await insertRows(em, RelationshipEntity, [relationship]);
        tx.emit({ type: 'CustomerCreated', partnerTenantId: partner.id, customer, relationship, actor: viewer, at: now });
        return customer;
      });
      return toCustomer(tenant);
    } catch (error) {
      if (isUniqueViolation(error)) throw domainTaken();
      throw error;
    }
  }
  /** The partner records that a related customer accepted the customer agreement. */
  async recordAgreement(viewer: Viewer, customerId: string, input: AgreementFields) {
    const now = new Date();
    assertNoProblems(agreementProblems(input, now));
    const tenant = await this.db.write(async (tx) => {
      const customer = await relatedCustomer(tx.em, viewer.tenantId, customerId, true);
      if (!customer) throw new DomainError('NOT_FOUND', 'There is no such customer with an active relationship.', 'customerId');
      if (customer.agreementAcceptedAt) {
        throw new DomainError('BAD_USER_INPUT', { reason: 'AGREEMENT_ALREADY_RECORDED' }, 'customerId');
      }
      const changes = {
        agreementAcceptedAt: new Date(`${input.acceptedOn}T00:00:00Z`),
        agreementSignerName: cleanName(input.signerName),
        agreementSignerEmail: input.signerEmail.trim().toLowerCase(),
      };
      await tx.em.update(TenantEntity, { id: customer.id }, changes);
      Object.assign(customer, changes);
      tx.emit({ type: 'CustomerAgreementRecorded', partnerTenantId: viewer.tenantId, customer, acceptedOn: input.acceptedOn, actor: viewer, at: now });
      return customer;
    });
    return toCustomer(tenant);
  }
}

function domainTaken(): DomainError {
  return new DomainError('BAD_USER_INPUT', { reason: 'DOMAIN_TAKEN' }, 'domain');
}
