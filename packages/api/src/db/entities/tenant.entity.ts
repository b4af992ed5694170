import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CloudInstance, PartnerType, TenantKind } from '@partnerlink/shared';

@Entity({ name: 'tenant' })
export class TenantEntity {
  @PrimaryColumn({ type: String, length: 36 })
  id: string;

  @Column({ type: String, length: 16 })
  kind: TenantKind;

  @Column({ type: String, length: 120 })
  name: string;

  /** Lower-cased name, for case-insensitive search and sorting on both engines. */
  @Column({ name: 'name_key', type: String, length: 120 })
  nameKey: string;

  @Column({ type: String, length: 253 })
  domain: string;

  @Column({ type: String, length: 2 })
  country: string;

  @Column({ type: String, length: 16 })
  cloud: CloudInstance;

  /** The partner's public identifier (like a Partner Network ID); null for customers. */
  @Column({ name: 'partner_id', type: String, length: 20, nullable: true })
  partnerId: string | null;

  /** The partner's tier (DIRECT, INDIRECT_PROVIDER, INDIRECT_RESELLER); null for customers. */
  @Column({ name: 'partner_type', type: String, length: 24, nullable: true })
  partnerType: PartnerType | null;

  @Column({ name: 'contact_name', type: String, length: 120, nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_email', type: String, length: 254, nullable: true })
  contactEmail: string | null;

  @Column({ name: 'agreement_accepted_at', type: Date, nullable: true })
  agreementAcceptedAt: Date | null;

  @Column({ name: 'agreement_signer_name', type: String, length: 120, nullable: true })
  agreementSignerName: string | null;

  @Column({ name: 'agreement_signer_email', type: String, length: 254, nullable: true })
  agreementSignerEmail: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;
}
