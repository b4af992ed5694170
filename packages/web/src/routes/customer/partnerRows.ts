import type { YourPartnersPageQueryQuery } from '../../gql/graphql.js';

export type PartnerRelationshipNode = YourPartnersPageQueryQuery['partnerRelationships']['edges'][number]['node'];

/** One partner with its reseller and admin relationship (the active one, else the latest). */
export interface PartnerRowData {
  partner: PartnerRelationshipNode['partner'];
  reseller: PartnerRelationshipNode | null;
  admin: PartnerRelationshipNode | null;
}

function better(current: PartnerRelationshipNode | null, next: PartnerRelationshipNode): PartnerRelationshipNode {
  if (!current) return next;
  if (current.status !== next.status) return current.status === 'ACTIVE' ? current : next;
  return next.createdAt > current.createdAt ? next : current;
}

/** Relationships (newest first) grouped by partner; partners with something active come first. */
export function partnerRows(nodes: readonly PartnerRelationshipNode[]): PartnerRowData[] {
  const rows = new Map<string, PartnerRowData>();
  for (const node of nodes) {
    const row = rows.get(node.partner.partnerId) ?? { partner: node.partner, reseller: null, admin: null };
    if (node.type === 'RESELLER') row.reseller = better(row.reseller, node);
    else row.admin = better(row.admin, node);
    rows.set(node.partner.partnerId, row);
  }
  const active = (row: PartnerRowData) => row.reseller?.status === 'ACTIVE' || row.admin?.status === 'ACTIVE';
  return [...rows.values()].sort((a, b) => Number(active(b)) - Number(active(a)));
}
