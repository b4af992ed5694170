import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last number given to a default admin-access name of a partner (admin-display-name.ts): the
 * name numbered 1 (the company name and the day, e.g. "Northwind Traders 2026-12-06") identifies
 * the counter, and "(2)", "(3)"… are the numbers after it. A request takes the next number with an
 * upsert, which holds the row only for the names of that one company and day, instead of every
 * request of the partner taking turns and searching for a free number. The sweep forgets counters
 * of days gone by.
 */
@Entity({ name: 'admin_name_counter' })
export class AdminNameCounterEntity {
  @PrimaryColumn({ name: 'partner_tenant_id', type: String, length: 36 })
  partnerTenantId: string;

  /** The name numbered 1: at most 50 characters. */
  @PrimaryColumn({ type: String, length: 50 })
  name: string;

  /** The UTC day in the name (YYYY-MM-DD). */
  @Column({ type: String, length: 10 })
  day: string;

  @Column({ name: 'last_number', type: Number })
  lastNumber: number;
}
