import type { AdminRole } from '@partnerlink/shared';
import type { YourPartnersPageQueryQuery } from '../../gql/graphql.js';

export type PartnerRelationshipNode = YourPartnersPageQueryQuery['partnerRelationships']['edges'][number]['node'];

/** A role as the partner list names it: Microsoft's name and what it lets the partner do. */
export interface RoleInfo {
  readonly displayName: string;
  readonly description: string;
}
export type RoleCatalogue = (role: AdminRole) => RoleInfo;

/** Looks roles up in the page query's catalogue (read with the list, in the page's language). */
export function roleCatalogue(roles: YourPartnersPageQueryQuery['adminRoles']): RoleCatalogue {
  const byRole = new Map(roles.map((r) => [r.role, r]));
  return (role) => byRole.get(role) ?? { displayName: role, description: '' };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** How an admin relationship's end reads in the list: ended, expired, or running (with days left when it ends soon). */
export type AdminEnd =
  | { kind: 'none' }
  | { kind: 'running'; endsAt: string; daysLeft: number | null; autoExtend: boolean }
  | { kind: 'expired'; endsAt: string };

export function adminEndOf(relationship: PartnerRelationshipNode, now: number): AdminEnd {
  const { endsAt } = relationship;
  if (!endsAt) return { kind: 'none' };
  if (relationship.status === 'EXPIRED') return { kind: 'expired', endsAt };
  if (relationship.status !== 'ACTIVE') return { kind: 'none' };
  const daysLeft = relationship.expiringSoon ? Math.max(0, Math.ceil((Date.parse(endsAt) - now) / DAY_MS)) : null;
  return { kind: 'running', endsAt, daysLeft, autoExtend: relationship.autoExtend };
}

/** One partner with its reseller (or indirect reseller) and admin relationship (the active one, else the latest). */
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
    // A partner sells as reseller of record (RESELLER) or, two tiers, as indirect reseller (INDIRECT_RESELLER).
    if (node.type === 'DELEGATED_ADMIN') row.admin = better(row.admin, node);
    else row.reseller = better(row.reseller, node);
    rows.set(node.partner.partnerId, row);
  }
  const active = (row: PartnerRowData) => row.reseller?.status === 'ACTIVE' || row.admin?.status === 'ACTIVE';
  return [...rows.values()].sort((a, b) => Number(active(b)) - Number(active(a)));
}
