/**
 * Admin relationships (GDAP, DESIGN.md rule 14): the admin roles a partner may ask a customer
 * for, the presets a partner picks from, and the rules on a relationship's roles, duration,
 * auto-extension and expiry reminders. Pure data and pure functions.
 *
 * Role definition ids are the template ids of Microsoft's page "Microsoft Entra built-in roles",
 * https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/permissions-reference
 * (its source: github.com/MicrosoftDocs/entra-docs, docs/identity/role-based-access-control/
 * permissions-reference.md, table "All roles"). Each id below was checked against that table; a
 * role whose id could not be checked there is not in the catalogue. The descriptions are ours,
 * written for a customer's admin deciding whether to approve a role; the display names are
 * Microsoft's.
 *
 * Durations follow Microsoft Graph's delegatedAdminRelationship: ISO 8601, between P1D and P2Y
 * inclusive, endDateTime = activatedDateTime + duration; auto-extension is P180D or nothing.
 * https://learn.microsoft.com/en-us/graph/api/resources/delegatedadminrelationship
 */
import { DomainError } from './errors.js';
import type { Problem } from './problems.js';
import type { Locale } from './tenants.js';
import { effectiveIncludeDelegatedAdmin, type CloudInstance } from './clouds.js';

export const AdminRoleRisk = {
  LOW: 'LOW',
  MEDIUM: 'MEDIUM',
  HIGH: 'HIGH',
  CRITICAL: 'CRITICAL',
} as const;
export type AdminRoleRisk = (typeof AdminRoleRisk)[keyof typeof AdminRoleRisk];

/** Risk levels from least to most dangerous (the catalogue's order). */
export const ADMIN_ROLE_RISKS: readonly AdminRoleRisk[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

export const AdminRole = {
  GLOBAL_ADMINISTRATOR: 'GLOBAL_ADMINISTRATOR',
  PRIVILEGED_ROLE_ADMINISTRATOR: 'PRIVILEGED_ROLE_ADMINISTRATOR',
  PRIVILEGED_AUTHENTICATION_ADMINISTRATOR: 'PRIVILEGED_AUTHENTICATION_ADMINISTRATOR',
  USER_ADMINISTRATOR: 'USER_ADMINISTRATOR',
  AUTHENTICATION_ADMINISTRATOR: 'AUTHENTICATION_ADMINISTRATOR',
  SECURITY_ADMINISTRATOR: 'SECURITY_ADMINISTRATOR',
  APPLICATION_ADMINISTRATOR: 'APPLICATION_ADMINISTRATOR',
  CLOUD_APPLICATION_ADMINISTRATOR: 'CLOUD_APPLICATION_ADMINISTRATOR',
  EXCHANGE_ADMINISTRATOR: 'EXCHANGE_ADMINISTRATOR',
  SHAREPOINT_ADMINISTRATOR: 'SHAREPOINT_ADMINISTRATOR',
  INTUNE_ADMINISTRATOR: 'INTUNE_ADMINISTRATOR',
  HELPDESK_ADMINISTRATOR: 'HELPDESK_ADMINISTRATOR',
  LICENSE_ADMINISTRATOR: 'LICENSE_ADMINISTRATOR',
  BILLING_ADMINISTRATOR: 'BILLING_ADMINISTRATOR',
  TEAMS_ADMINISTRATOR: 'TEAMS_ADMINISTRATOR',
  COMPLIANCE_ADMINISTRATOR: 'COMPLIANCE_ADMINISTRATOR',
  POWER_PLATFORM_ADMINISTRATOR: 'POWER_PLATFORM_ADMINISTRATOR',
  DYNAMICS_365_ADMINISTRATOR: 'DYNAMICS_365_ADMINISTRATOR',
  SERVICE_SUPPORT_ADMINISTRATOR: 'SERVICE_SUPPORT_ADMINISTRATOR',
  GLOBAL_READER: 'GLOBAL_READER',
  SECURITY_READER: 'SECURITY_READER',
  REPORTS_READER: 'REPORTS_READER',
  DIRECTORY_READERS: 'DIRECTORY_READERS',
} as const;
export type AdminRole = (typeof AdminRole)[keyof typeof AdminRole];

export interface AdminRoleDefinition {
  readonly role: AdminRole;
  /** Microsoft Entra role definition (template) id: what Microsoft's GDAP API takes. */
  readonly roleDefinitionId: string;
  /** Microsoft's display name (English, as Microsoft shows it in every language). */
  readonly displayName: string;
  readonly risk: AdminRoleRisk;
  /** What the role lets the partner do in the customer's organisation, in plain words. */
  readonly description: Readonly<Record<Locale, string>>;
}

type RoleData = Omit<AdminRoleDefinition, 'role'>;

const ROLE_DATA: { readonly [R in AdminRole]: RoleData } = {
  GLOBAL_ADMINISTRATOR: {
    roleDefinitionId: '62e90394-69f5-4237-9190-012177145e10',
    displayName: 'Global Administrator',
    risk: 'CRITICAL',
    description: {
      en: 'Unlimited control of your organisation: the partner can change every setting, every user and every administrator, including you. Approve only if you want the partner to act as your own top administrator.',
      de: 'Uneingeschränkte Kontrolle über Ihre Organisation: Der Partner kann jede Einstellung, jeden Benutzer und jeden Administrator ändern, auch Sie selbst. Genehmigen Sie dies nur, wenn der Partner wie Ihr oberster Administrator handeln soll.',
    },
  },
  PRIVILEGED_ROLE_ADMINISTRATOR: {
    roleDefinitionId: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
    displayName: 'Privileged Role Administrator',
    risk: 'CRITICAL',
    description: {
      en: 'The partner can give any administrator role to anyone, including Global Administrator to itself. In effect as powerful as Global Administrator.',
      de: 'Der Partner kann jede Administratorrolle an beliebige Personen vergeben, auch sich selbst die Rolle Globaler Administrator. Praktisch so mächtig wie ein Globaler Administrator.',
    },
  },
  PRIVILEGED_AUTHENTICATION_ADMINISTRATOR: {
    roleDefinitionId: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
    displayName: 'Privileged Authentication Administrator',
    risk: 'CRITICAL',
    description: {
      en: 'The partner can reset passwords and sign-in methods (such as multi-factor authentication) of every user, administrators included, and so could sign in as any of them.',
      de: 'Der Partner kann Kennwörter und Anmeldemethoden (etwa die Mehrstufige Authentifizierung) aller Benutzer zurücksetzen, auch die von Administratoren, und sich so als jeder von ihnen anmelden.',
    },
  },
  USER_ADMINISTRATOR: {
    roleDefinitionId: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
    displayName: 'User Administrator',
    risk: 'HIGH',
    description: {
      en: 'The partner can create, change and delete users and groups and reset passwords of users and of some administrators.',
      de: 'Der Partner kann Benutzer und Gruppen anlegen, ändern und löschen sowie Kennwörter von Benutzern und einigen Administratoren zurücksetzen.',
    },
  },
  AUTHENTICATION_ADMINISTRATOR: {
    roleDefinitionId: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
    displayName: 'Authentication Administrator',
    risk: 'HIGH',
    description: {
      en: 'The partner can see and reset the sign-in methods (such as multi-factor authentication) of users who are not administrators, for example when a phone is lost.',
      de: 'Der Partner kann die Anmeldemethoden (etwa die Mehrstufige Authentifizierung) von Benutzern ohne Administratorrolle einsehen und zurücksetzen, zum Beispiel bei einem verlorenen Telefon.',
    },
  },
  SECURITY_ADMINISTRATOR: {
    roleDefinitionId: '194ae4cb-b126-40b2-bd5b-6091b380977d',
    displayName: 'Security Administrator',
    risk: 'HIGH',
    description: {
      en: 'The partner can read security reports and change security settings and policies across Microsoft Entra ID and Microsoft 365.',
      de: 'Der Partner kann Sicherheitsberichte lesen und Sicherheitseinstellungen und -richtlinien in Microsoft Entra ID und Microsoft 365 ändern.',
    },
  },
  APPLICATION_ADMINISTRATOR: {
    roleDefinitionId: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
    displayName: 'Application Administrator',
    risk: 'HIGH',
    description: {
      en: 'The partner can register and configure applications, including application proxy, and consent to the data access they ask for on behalf of your organisation.',
      de: 'Der Partner kann Anwendungen registrieren und konfigurieren, auch den Anwendungsproxy, und im Namen Ihrer Organisation dem Datenzugriff zustimmen, den sie verlangen.',
    },
  },
  CLOUD_APPLICATION_ADMINISTRATOR: {
    roleDefinitionId: '158c047a-c907-4556-b7ef-446551a6b5f7',
    displayName: 'Cloud Application Administrator',
    risk: 'HIGH',
    description: {
      en: 'The partner can register and configure cloud applications and consent to the data access they ask for on behalf of your organisation (application proxy excluded).',
      de: 'Der Partner kann Cloudanwendungen registrieren und konfigurieren und im Namen Ihrer Organisation dem Datenzugriff zustimmen, den sie verlangen (ohne Anwendungsproxy).',
    },
  },
  EXCHANGE_ADMINISTRATOR: {
    roleDefinitionId: '29232cdf-9323-42fd-ade2-1d097af3e4de',
    displayName: 'Exchange Administrator',
    risk: 'HIGH',
    description: {
      en: 'The partner can manage Exchange Online: mailboxes, mail flow and mail settings, and can give itself access to mailboxes.',
      de: 'Der Partner kann Exchange Online verwalten: Postfächer, Nachrichtenfluss und E-Mail-Einstellungen, und kann sich selbst Zugriff auf Postfächer geben.',
    },
  },
  SHAREPOINT_ADMINISTRATOR: {
    roleDefinitionId: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
    displayName: 'SharePoint Administrator',
    risk: 'HIGH',
    description: {
      en: 'The partner can manage SharePoint and OneDrive: create and delete sites, change sharing settings and reach the files stored there.',
      de: 'Der Partner kann SharePoint und OneDrive verwalten: Websites anlegen und löschen, Freigabeeinstellungen ändern und auf die dort gespeicherten Dateien zugreifen.',
    },
  },
  INTUNE_ADMINISTRATOR: {
    roleDefinitionId: '3a2c62db-5318-420d-8d74-23affee5d9d5',
    displayName: 'Intune Administrator',
    risk: 'HIGH',
    description: {
      en: 'The partner can manage your devices through Intune: policies, apps and software on them, and can wipe or reset devices.',
      de: 'Der Partner kann Ihre Geräte über Intune verwalten: Richtlinien, Apps und Software darauf, und kann Geräte löschen oder zurücksetzen.',
    },
  },
  HELPDESK_ADMINISTRATOR: {
    roleDefinitionId: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
    displayName: 'Helpdesk Administrator',
    risk: 'MEDIUM',
    description: {
      en: 'The partner can reset passwords of users who are not administrators and sign them out of their sessions, to help when someone is locked out.',
      de: 'Der Partner kann Kennwörter von Benutzern ohne Administratorrolle zurücksetzen und ihre Sitzungen beenden, um zu helfen, wenn jemand ausgesperrt ist.',
    },
  },
  LICENSE_ADMINISTRATOR: {
    roleDefinitionId: '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
    displayName: 'License Administrator',
    risk: 'MEDIUM',
    description: {
      en: 'The partner can assign licences you own to users and groups and take them away again; it cannot buy anything.',
      de: 'Der Partner kann Ihre vorhandenen Lizenzen Benutzern und Gruppen zuweisen und wieder entziehen; kaufen kann er damit nichts.',
    },
  },
  BILLING_ADMINISTRATOR: {
    roleDefinitionId: 'b0f54661-2d74-4c50-afa3-1ec803f12efe',
    displayName: 'Billing Administrator',
    risk: 'MEDIUM',
    description: {
      en: 'The partner can buy and cancel subscriptions, see invoices and change payment details in the Microsoft 365 admin center.',
      de: 'Der Partner kann im Microsoft 365 Admin Center Abonnements kaufen und kündigen, Rechnungen einsehen und Zahlungsdaten ändern.',
    },
  },
  TEAMS_ADMINISTRATOR: {
    roleDefinitionId: '69091246-20e8-4a56-aa4d-066075b2a7a8',
    displayName: 'Teams Administrator',
    risk: 'MEDIUM',
    description: {
      en: 'The partner can manage Microsoft Teams: teams, meeting and calling settings, telephony and the Microsoft 365 groups behind teams.',
      de: 'Der Partner kann Microsoft Teams verwalten: Teams, Besprechungs- und Anrufeinstellungen, Telefonie und die Microsoft 365-Gruppen hinter den Teams.',
    },
  },
  COMPLIANCE_ADMINISTRATOR: {
    roleDefinitionId: '17315797-102d-40b4-93e0-432062caca18',
    displayName: 'Compliance Administrator',
    risk: 'MEDIUM',
    description: {
      en: 'The partner can manage compliance settings such as retention and data loss prevention policies and read compliance reports.',
      de: 'Der Partner kann Compliance-Einstellungen wie Aufbewahrungs- und Datenverlust-Richtlinien verwalten und Compliance-Berichte lesen.',
    },
  },
  POWER_PLATFORM_ADMINISTRATOR: {
    roleDefinitionId: '11648597-926c-4cf3-9c36-bcebb0ba8dcc',
    displayName: 'Power Platform Administrator',
    risk: 'MEDIUM',
    description: {
      en: 'The partner can manage Power Apps, Power Automate and Dynamics 365 environments and their settings.',
      de: 'Der Partner kann Umgebungen von Power Apps, Power Automate und Dynamics 365 samt ihren Einstellungen verwalten.',
    },
  },
  DYNAMICS_365_ADMINISTRATOR: {
    roleDefinitionId: '44367163-eba1-44c3-98af-f5787879f96a',
    displayName: 'Dynamics 365 Administrator',
    risk: 'MEDIUM',
    description: {
      en: 'The partner can manage Dynamics 365: its environments, settings and the users who work in it.',
      de: 'Der Partner kann Dynamics 365 verwalten: seine Umgebungen, Einstellungen und die Benutzer, die darin arbeiten.',
    },
  },
  SERVICE_SUPPORT_ADMINISTRATOR: {
    roleDefinitionId: 'f023fd81-a637-4b56-95fd-791ac0226033',
    displayName: 'Service Support Administrator',
    risk: 'LOW',
    description: {
      en: 'The partner can read the health of your Microsoft services and open and follow support requests with Microsoft for you.',
      de: 'Der Partner kann den Zustand Ihrer Microsoft-Dienste einsehen und für Sie Supportanfragen bei Microsoft stellen und verfolgen.',
    },
  },
  GLOBAL_READER: {
    roleDefinitionId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
    displayName: 'Global Reader',
    risk: 'LOW',
    description: {
      en: 'The partner can see every setting a Global Administrator sees, but cannot change anything.',
      de: 'Der Partner kann alle Einstellungen sehen, die ein Globaler Administrator sieht, aber nichts ändern.',
    },
  },
  SECURITY_READER: {
    roleDefinitionId: '5d6b6bb7-de71-4623-b4af-96380a352509',
    displayName: 'Security Reader',
    risk: 'LOW',
    description: {
      en: 'The partner can read security reports, alerts and settings, but cannot change anything.',
      de: 'Der Partner kann Sicherheitsberichte, Warnungen und Einstellungen lesen, aber nichts ändern.',
    },
  },
  REPORTS_READER: {
    roleDefinitionId: '4a5d8f65-41da-4de4-8968-e035b65339cf',
    displayName: 'Reports Reader',
    risk: 'LOW',
    description: {
      en: 'The partner can read usage reports and the sign-in and audit logs, but cannot change anything.',
      de: 'Der Partner kann Nutzungsberichte sowie Anmelde- und Überwachungsprotokolle lesen, aber nichts ändern.',
    },
  },
  DIRECTORY_READERS: {
    roleDefinitionId: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
    displayName: 'Directory Readers',
    risk: 'LOW',
    description: {
      en: 'The partner can read basic information about your users, groups and organisation, but cannot change anything.',
      de: 'Der Partner kann grundlegende Angaben zu Ihren Benutzern, Gruppen und Ihrer Organisation lesen, aber nichts ändern.',
    },
  },
};

/** The catalogue, from least to most dangerous, then by Microsoft's display name. */
export const ADMIN_ROLES: readonly AdminRoleDefinition[] = (Object.keys(ROLE_DATA) as AdminRole[])
  .map((role) => ({ role, ...ROLE_DATA[role] }))
  .sort(
    (a, b) =>
      ADMIN_ROLE_RISKS.indexOf(a.risk) - ADMIN_ROLE_RISKS.indexOf(b.risk) ||
      a.displayName.localeCompare(b.displayName, 'en'),
  );

const ROLE_NAMES: ReadonlySet<string> = new Set(Object.keys(ROLE_DATA));

export function isAdminRole(value: unknown): value is AdminRole {
  return typeof value === 'string' && ROLE_NAMES.has(value);
}

export function adminRoleDefinition(role: AdminRole): AdminRoleDefinition {
  return { role, ...ROLE_DATA[role] };
}

/** Roles in catalogue order, each once. */
export function sortAdminRoles(roles: Iterable<AdminRole>): AdminRole[] {
  const wanted = new Set(roles);
  return ADMIN_ROLES.map((d) => d.role).filter((role) => wanted.has(role));
}

// ---------------------------------------------------------------------------------------------
// Presets

export const AdminRolePreset = {
  HELPDESK: 'HELPDESK',
  LICENCES_AND_USERS: 'LICENCES_AND_USERS',
  SECURITY_OPERATIONS: 'SECURITY_OPERATIONS',
  STANDARD: 'STANDARD',
  FULL_ACCESS: 'FULL_ACCESS',
} as const;
export type AdminRolePreset = (typeof AdminRolePreset)[keyof typeof AdminRolePreset];

export interface AdminRolePresetDefinition {
  readonly preset: AdminRolePreset;
  readonly name: Readonly<Record<Locale, string>>;
  readonly description: Readonly<Record<Locale, string>>;
  /** In catalogue order. */
  readonly roles: readonly AdminRole[];
}

/**
 * "Full access": every role of the catalogue except the CRITICAL ones (Global Administrator,
 * Privileged Role Administrator, Privileged Authentication Administrator), each of which can
 * make its holder a Global Administrator. Workload administration in full, without the keys to
 * the whole organisation; and, holding no Global Administrator, it may be auto-extended.
 */
const FULL_ACCESS_ROLES = ADMIN_ROLES.filter((d) => d.risk !== 'CRITICAL').map((d) => d.role);

export const ADMIN_ROLE_PRESETS: { readonly [P in AdminRolePreset]: AdminRolePresetDefinition } = {
  HELPDESK: {
    preset: 'HELPDESK',
    name: { en: 'Helpdesk', de: 'Helpdesk' },
    description: {
      en: 'Help your users day to day: reset passwords of non-administrators, open support requests with Microsoft, look users up.',
      de: 'Ihre Benutzer im Alltag unterstützen: Kennwörter von Nicht-Administratoren zurücksetzen, Supportanfragen bei Microsoft stellen, Benutzer nachschlagen.',
    },
    roles: sortAdminRoles(['DIRECTORY_READERS', 'SERVICE_SUPPORT_ADMINISTRATOR', 'HELPDESK_ADMINISTRATOR']),
  },
  LICENCES_AND_USERS: {
    preset: 'LICENCES_AND_USERS',
    name: { en: 'Licences and users', de: 'Lizenzen und Benutzer' },
    description: {
      en: 'Set up and look after your users: create and change users and groups, assign the licences you bought.',
      de: 'Ihre Benutzer einrichten und betreuen: Benutzer und Gruppen anlegen und ändern, gekaufte Lizenzen zuweisen.',
    },
    roles: sortAdminRoles(['DIRECTORY_READERS', 'LICENSE_ADMINISTRATOR', 'USER_ADMINISTRATOR']),
  },
  SECURITY_OPERATIONS: {
    preset: 'SECURITY_OPERATIONS',
    name: { en: 'Security operations', de: 'Sicherheitsbetrieb' },
    description: {
      en: 'Watch and improve your security: read reports, logs and alerts, and change security settings and policies.',
      de: 'Ihre Sicherheit überwachen und verbessern: Berichte, Protokolle und Warnungen lesen sowie Sicherheitseinstellungen und -richtlinien ändern.',
    },
    roles: sortAdminRoles(['GLOBAL_READER', 'REPORTS_READER', 'SECURITY_READER', 'SECURITY_ADMINISTRATOR']),
  },
  STANDARD: {
    preset: 'STANDARD',
    name: { en: 'Standard', de: 'Standard' },
    description: {
      en: 'What a partner needs for everyday administration: users, licences, password resets and support requests, plus read-only insight.',
      de: 'Was ein Partner für die tägliche Verwaltung braucht: Benutzer, Lizenzen, Kennwortrücksetzungen und Supportanfragen, dazu Lesezugriff.',
    },
    roles: sortAdminRoles([
      'DIRECTORY_READERS',
      'GLOBAL_READER',
      'HELPDESK_ADMINISTRATOR',
      'LICENSE_ADMINISTRATOR',
      'SERVICE_SUPPORT_ADMINISTRATOR',
      'USER_ADMINISTRATOR',
    ]),
  },
  FULL_ACCESS: {
    preset: 'FULL_ACCESS',
    name: { en: 'Full access', de: 'Vollzugriff' },
    description: {
      en: 'Administer all your Microsoft services: every role in the list except those that could make the partner a Global Administrator.',
      de: 'Alle Ihre Microsoft-Dienste verwalten: jede Rolle der Liste außer denen, mit denen der Partner sich zum Globalen Administrator machen könnte.',
    },
    roles: FULL_ACCESS_ROLES,
  },
};

/**
 * What `includeDelegatedAdmin: true` stands for: the STANDARD preset. It covers what a reseller
 * asked admin rights for (setting up users after an order, assigning the licences bought,
 * password resets, support requests) with least privilege: no CRITICAL role, so no Global
 * Administrator, and auto-extension stays possible. HELPDESK alone would not let the partner
 * assign the licences it just sold.
 */
export const DEFAULT_ADMIN_PRESET: AdminRolePreset = 'STANDARD';

/**
 * What an existing all-or-nothing DELEGATED_ADMIN relationship (legacy DAP, which granted Global
 * Administrator) migrates to: FULL_ACCESS. The trade-off: GLOBAL_ADMINISTRATOR would keep every
 * right the partner had, but it is exactly the standing, unlimited access GDAP exists to remove,
 * and it cannot be auto-extended. FULL_ACCESS keeps all workload administration and drops only
 * the roles that lead to Global Administrator; a partner who truly needs one asks the customer
 * for it in a new admin relationship, which the customer approves role by role.
 */
export const LEGACY_DAP_MIGRATION_PRESET: AdminRolePreset = 'FULL_ACCESS';

// ---------------------------------------------------------------------------------------------
// Durations

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Durations are day counts, as GDAP's: a year is 365 days and a month 30 days, so the maximum
 * P2Y is 730 days and P1Y6M is 545 days; endsAt = start + days × 24 h (UTC, no calendar
 * arithmetic, so the same duration is always the same length).
 */
export const DAYS_PER_YEAR = 365;
export const DAYS_PER_MONTH = 30;
export const MIN_ADMIN_DURATION = 'P1D';
export const MAX_ADMIN_DURATION = 'P2Y';
export const MIN_ADMIN_DURATION_DAYS = 1;
export const MAX_ADMIN_DURATION_DAYS = 2 * DAYS_PER_YEAR;
export const DEFAULT_ADMIN_DURATION = MAX_ADMIN_DURATION;
/** The one auto-extension GDAP offers: 180 more days each time the relationship ends. */
export const AUTO_EXTEND_DURATION = 'P180D';
export const AUTO_EXTEND_DAYS = 180;
/** `expiringSoon` is true within this many days of `endsAt`. */
export const EXPIRING_SOON_DAYS = 30;
/** Reminders before expiry, most distant first. */
export const EXPIRY_REMINDER_DAYS: readonly number[] = [30, 7, 1];

/** `P` then years, months and days in that order, at least one, whole numbers (no weeks, no time). */
const DURATION = /^P(?:(\d{1,6})Y)?(?:(\d{1,6})M)?(?:(\d{1,6})D)?$/;

/** The duration's length in days, or null when it is not a `P<n>Y<n>M<n>D` duration. */
export function durationDays(duration: string): number | null {
  const match = DURATION.exec(duration);
  if (!match || duration === 'P') return null;
  const [, years, months, days] = match;
  return Number(years ?? 0) * DAYS_PER_YEAR + Number(months ?? 0) * DAYS_PER_MONTH + Number(days ?? 0);
}

export function durationProblem(duration: string): Problem | null {
  const days = durationDays(duration);
  if (days === null) return { reason: 'DURATION_INVALID' };
  if (days < MIN_ADMIN_DURATION_DAYS || days > MAX_ADMIN_DURATION_DAYS) {
    return { reason: 'DURATION_OUT_OF_RANGE', params: { min: MIN_ADMIN_DURATION_DAYS, max: MAX_ADMIN_DURATION_DAYS } };
  }
  return null;
}

/** When a relationship of this duration that starts at `start` ends; throws for an invalid duration. */
export function addDuration(start: Date, duration: string, field = 'duration'): Date {
  const problem = durationProblem(duration);
  if (problem) throw new DomainError('BAD_USER_INPUT', problem, field);
  return new Date(start.getTime() + (durationDays(duration) ?? 0) * DAY_MS);
}

/** Auto-extension is refused when Global Administrator is among the roles (as Microsoft's GDAP). */
export function autoExtendProblem(roles: readonly AdminRole[], autoExtend: boolean): Problem | null {
  return autoExtend && roles.includes('GLOBAL_ADMINISTRATOR') ? { reason: 'AUTO_EXTEND_WITH_GLOBAL_ADMIN' } : null;
}

/** Still running, and ending within 30 days (exactly 30 days counts). */
export function expiringSoon(endsAt: Date, now: Date): boolean {
  const left = endsAt.getTime() - now.getTime();
  return left > 0 && left <= EXPIRING_SOON_DAYS * DAY_MS;
}

/** What an admin relationship's stored columns need for its state at a moment. */
export interface AdminTerm {
  readonly status: string;
  readonly endsAt: Date | null;
  readonly autoExtend: boolean;
}

export interface AdminTermAt {
  /** ACTIVE, EXPIRED or TERMINATED. */
  readonly status: 'ACTIVE' | 'EXPIRED' | 'TERMINATED';
  readonly endsAt: Date | null;
  /** How many P180D extensions fell due since the stored end (0 when none). */
  readonly extensions: number;
}

/**
 * The state of an admin relationship at `now`, exact to the millisecond whether or not the sweep
 * has run: a stored ACTIVE relationship whose end has come is EXPIRED, or, with auto-extension,
 * ACTIVE with its end moved on by P180D as often as needed to lie after `now` (an end exactly at
 * `now` has come). Other relationships, and ones without an end, are as stored.
 */
export function adminRelationshipAt(term: AdminTerm, now: Date): AdminTermAt {
  const { endsAt } = term;
  const status = term.status === 'EXPIRED' || term.status === 'TERMINATED' ? term.status : 'ACTIVE';
  if (status !== 'ACTIVE' || endsAt === null || endsAt.getTime() > now.getTime()) return { status, endsAt, extensions: 0 };
  if (!term.autoExtend) return { status: 'EXPIRED', endsAt, extensions: 0 };
  const step = AUTO_EXTEND_DAYS * DAY_MS;
  const extensions = Math.floor((now.getTime() - endsAt.getTime()) / step) + 1;
  return { status: 'ACTIVE', endsAt: new Date(endsAt.getTime() + extensions * step), extensions };
}

/**
 * The expiry reminder (30, 7 or 1 days) due now, or null. `lastReminderDays` is the threshold of
 * the last reminder sent for this relationship (null: none yet). Only the most urgent threshold
 * reached is due — a relationship found 5 days before its end gets the 7-day reminder, not a late
 * 30-day one — and never one already sent or passed by a more urgent one. None after the end.
 */
export function reminderDue(endsAt: Date, now: Date, lastReminderDays: number | null): number | null {
  const left = endsAt.getTime() - now.getTime();
  if (left <= 0) return null;
  const reached = EXPIRY_REMINDER_DAYS.filter((days) => left <= days * DAY_MS);
  const due = reached.length > 0 ? Math.min(...reached) : null;
  if (due === null || (lastReminderDays !== null && lastReminderDays <= due)) return null;
  return due;
}

// ---------------------------------------------------------------------------------------------
// Requests and approvals

export function adminRolesProblem(roles: readonly string[]): Problem | null {
  if (roles.length === 0) return { reason: 'ADMIN_ROLES_REQUIRED' };
  const unknown = roles.find((role) => !isAdminRole(role));
  return unknown === undefined ? null : { reason: 'ADMIN_ROLE_UNKNOWN', params: { role: unknown } };
}

/** The customer approves a non-empty subset of the requested roles. */
export function approvedRolesProblem(requested: readonly AdminRole[], approved: readonly string[]): Problem | null {
  const problem = adminRolesProblem(approved);
  if (problem) return problem;
  const extra = approved.find((role) => !requested.includes(role as AdminRole));
  return extra === undefined ? null : { reason: 'ADMIN_ROLE_NOT_REQUESTED', params: { role: extra } };
}

export function assertApprovedRoles(
  field: string,
  requested: readonly AdminRole[],
  approved: readonly string[],
): AdminRole[] {
  const problem = approvedRolesProblem(requested, approved);
  if (problem) throw new DomainError('BAD_USER_INPUT', problem, field);
  return sortAdminRoles(approved.filter(isAdminRole));
}

export interface AdminAccessInput {
  readonly roles: readonly string[];
  /** ISO 8601; default P2Y. */
  readonly duration?: string | null | undefined;
  /** Extend by P180D at each end; default false. */
  readonly autoExtend?: boolean | null | undefined;
}

export interface AdminAccess {
  /** Each once, in catalogue order. */
  readonly roles: readonly AdminRole[];
  readonly duration: string;
  readonly durationDays: number;
  readonly autoExtend: boolean;
}

/** Checks an admin request; throws BAD_USER_INPUT naming `<field>.roles|duration|autoExtend`. */
export function assertAdminAccess(input: AdminAccessInput, field = 'adminAccess'): AdminAccess {
  const rolesProblem = adminRolesProblem(input.roles);
  if (rolesProblem) throw new DomainError('BAD_USER_INPUT', rolesProblem, `${field}.roles`);
  const roles = sortAdminRoles(input.roles.filter(isAdminRole));
  const duration = input.duration ?? DEFAULT_ADMIN_DURATION;
  const problem = durationProblem(duration);
  if (problem) throw new DomainError('BAD_USER_INPUT', problem, `${field}.duration`);
  const autoExtend = input.autoExtend ?? false;
  const extendProblem = autoExtendProblem(roles, autoExtend);
  if (extendProblem) throw new DomainError('BAD_USER_INPUT', extendProblem, `${field}.autoExtend`);
  return { roles, duration, durationDays: durationDays(duration) ?? 0, autoExtend };
}

/** What a reseller request asks for by way of admin access: the input's own fields. */
export interface RequestedAdminAccessInput {
  readonly adminAccess?: AdminAccessInput | null | undefined;
  readonly includeDelegatedAdmin?: boolean | null | undefined;
}

/**
 * The admin access a reseller request carries, or null: `adminAccess` when given; else, when
 * `includeDelegatedAdmin` is true or the partner is in the US Government cloud (whose requests
 * always include admin access, as the seed says), the default preset for the default duration.
 */
export function requestedAdminAccess(partnerCloud: CloudInstance, input: RequestedAdminAccessInput): AdminAccess | null {
  if (input.adminAccess) return assertAdminAccess(input.adminAccess);
  if (!effectiveIncludeDelegatedAdmin(partnerCloud, input.includeDelegatedAdmin ?? false)) return null;
  return assertAdminAccess({ roles: ADMIN_ROLE_PRESETS[DEFAULT_ADMIN_PRESET].roles });
}
