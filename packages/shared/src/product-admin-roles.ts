/**
 * The product catalogue's admin roles (DESIGN.md rule 14): which admin roles of a customer's
 * admin relationship (GDAP) let a partner change a subscription of a product that the partner did
 * not provision. Holding any one of them is enough. Purchasing needs none of them.
 *
 * The api stores each product's list in `product.admin_roles` (migration 1764300000500 fills it
 * for the products that existed before from this table); a product whose column is empty takes
 * the list of its kind (`DEFAULT_ADMIN_ROLES_BY_KIND`), so a product added to the catalogue is
 * never changeable without admin roles by accident.
 *
 * The choices, from the role descriptions of Microsoft's "Microsoft Entra built-in roles"
 * (https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/permissions-reference):
 *
 * - Microsoft 365 seat licences (Business Basic, Business Premium): changing the seats of a
 *   licence subscription means licences are handed to or taken from the customer's users.
 *   - License Administrator — "Can manage product licenses on users and groups": exactly the
 *     work of a seat change, and nothing beyond it (least privilege).
 *   - User Administrator — "Can manage all aspects of users and groups, including resetting
 *     passwords for limited admins": managing users includes assigning their licences, so a
 *     partner that looks after the users (the LICENCES_AND_USERS and STANDARD presets) may.
 *   - Global Administrator — "Can manage all aspects of Microsoft Entra ID and Microsoft services
 *     that use Microsoft Entra identities": everything, licences included.
 *   Not Billing Administrator: it manages purchases and payment details, but cannot assign or
 *   remove the licences a seat change adds or takes away from users.
 * - Azure plan: consumption-billed, no seats; what a partner changes on it is billing.
 *   - Billing Administrator — "Makes purchases, manages subscriptions, manages support tickets,
 *     and monitors service health": the role Microsoft gives subscription and billing management.
 *   - Global Administrator — as above.
 *   Not License Administrator nor User Administrator: an Azure plan has no licences to assign.
 */
import { sortAdminRoles, type AdminRole } from './admin-roles.js';
import type { ProductKind } from './purchasing.js';

const SEAT_LICENSE_ROLES: readonly AdminRole[] = sortAdminRoles(['LICENSE_ADMINISTRATOR', 'USER_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR']);
const AZURE_PLAN_ROLES: readonly AdminRole[] = sortAdminRoles(['BILLING_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR']);

/** The roles for a product of a kind whose own list is not stored. */
export const DEFAULT_ADMIN_ROLES_BY_KIND: { readonly [K in ProductKind]: readonly AdminRole[] } = {
  SEAT_LICENSE: SEAT_LICENSE_ROLES,
  AZURE_PLAN: AZURE_PLAN_ROLES,
};

/** The catalogue's products by id, with the admin roles that may change their subscriptions (catalogue order). */
export const PRODUCT_ADMIN_ROLES: Readonly<Record<string, readonly AdminRole[]>> = {
  'm365-business-basic': SEAT_LICENSE_ROLES,
  'm365-business-premium': SEAT_LICENSE_ROLES,
  'azure-plan': AZURE_PLAN_ROLES,
};

/** A product's admin roles: its own list when it has one, else its kind's. */
export function productAdminRoles(product: { readonly kind: ProductKind; readonly adminRoles?: readonly AdminRole[] | null }): AdminRole[] {
  const own = product.adminRoles;
  return sortAdminRoles(own && own.length > 0 ? own : DEFAULT_ADMIN_ROLES_BY_KIND[product.kind]);
}

/** Whether an admin relationship with `held` roles may change a subscription that needs one of `required`. */
export function holdsRequiredRole(held: readonly AdminRole[], required: readonly AdminRole[]): boolean {
  return held.some((role) => required.includes(role));
}
