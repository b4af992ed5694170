import { DomainError } from './errors.js';

export const CloudInstance = {
  PUBLIC: 'PUBLIC',
  US_GOVERNMENT: 'US_GOVERNMENT',
} as const;
export type CloudInstance = (typeof CloudInstance)[keyof typeof CloudInstance];

export function sameCloud(partner: CloudInstance, customer: CloudInstance): boolean {
  return partner === customer;
}

/** Partners in the US Government cloud get no choice: their requests always include admin permissions. */
export function mustIncludeDelegatedAdmin(partnerCloud: CloudInstance): boolean {
  return partnerCloud === CloudInstance.US_GOVERNMENT;
}

/** The admin-permission flag a request really carries, whatever the partner asked for. */
export function effectiveIncludeDelegatedAdmin(partnerCloud: CloudInstance, requested: boolean): boolean {
  return mustIncludeDelegatedAdmin(partnerCloud) || requested;
}

/** The error for a partner and a customer in different clouds (CLOUD_MISMATCH). */
export function cloudMismatchError(partner: CloudInstance, customer: CloudInstance): DomainError {
  return new DomainError(
    'CLOUD_MISMATCH',
    `A partner in ${cloudLabel(partner)} can only relate to customers in the same cloud; this customer is in ${cloudLabel(customer)}.`,
  );
}

export function assertSameCloud(partner: CloudInstance, customer: CloudInstance): void {
  if (!sameCloud(partner, customer)) throw cloudMismatchError(partner, customer);
}

export function cloudLabel(cloud: CloudInstance): string {
  return cloud === CloudInstance.US_GOVERNMENT ? 'Microsoft Cloud for US Government' : 'the public cloud';
}
