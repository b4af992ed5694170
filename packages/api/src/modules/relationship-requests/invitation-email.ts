import { adminRoleDefinition, DAYS_PER_YEAR, durationDays, type AdminRole, type Locale } from '@partnerlink/shared';

/** The admin access a request asks for, as the email lists it. */
export interface EmailedAdminAccess {
  readonly roles: readonly AdminRole[];
  readonly duration: string;
  readonly autoExtend: boolean;
}

export interface InvitationEmailInput {
  readonly locale: Locale;
  readonly partnerName: string;
  readonly senderName: string;
  /** False for an admin-only request (requestAdminRelationship). */
  readonly includesReseller: boolean;
  readonly admin: EmailedAdminAccess | null;
  readonly message: string | null;
  readonly url: string;
  readonly expiresAt: Date;
  /** The customer a pinned request was made for (only it can answer); null for an open link. */
  readonly pinnedCompany: string | null;
  /** The domain a request is pinned to when no customer in Partnerlink has it yet. */
  readonly pinnedDomain: string | null;
  /** Whom the email greets by name (null: a greeting without a name). */
  readonly recipientName: string | null;
  /** Two tiers: the indirect provider an indirect reseller's request names (it bills); null otherwise. */
  readonly indirectProviderName?: string | null;
}

export interface InvitationEmailText {
  readonly subject: string;
  readonly body: string;
}

/** What a request asks for, as the email's wording needs it. */
type Asks = 'RESELLER' | 'RESELLER_AND_ADMIN' | 'ADMIN';

interface Template {
  subject(partner: string, asks: Asks): string;
  greeting(name: string | null): string;
  /** `purchaser`: who purchases for the customer (the partner, or a two-tier request's indirect provider). */
  intro(partner: string, asks: Asks, purchaser: string): string;
  /** Two tiers: who bills (the provider, reseller of record) and who serves (the indirect reseller). */
  twoTier(partner: string, provider: string): string;
  /** The roles and the term of the admin access (Microsoft's role names are English in every language). */
  adminTerms(roles: readonly string[], duration: string, autoExtend: boolean): string;
  /** A duration in words: whole years, else days. */
  duration(days: number): string;
  personal(sender: string): string;
  action: string;
  /** An open link: anyone eligible can answer it, so the mail must not claim it is only for the recipient. */
  expiry(date: string): string;
  /** A pinned link: only that customer can answer it. */
  pinnedExpiry(company: string, date: string): string;
  /** A link pinned to a domain no customer in Partnerlink has yet. */
  domainExpiry(domain: string, date: string): string;
  closing: string;
}

const TEMPLATES: Readonly<Record<Locale, Template>> = {
  en: {
    subject: (partner, asks) =>
      asks === 'ADMIN'
        ? `${partner} asks for admin access to your organisation`
        : asks === 'RESELLER_AND_ADMIN'
          ? `${partner} requests a reseller relationship and admin access`
          : `${partner} requests a reseller relationship`,
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    intro: (partner, asks, purchaser) =>
      asks === 'ADMIN'
        ? `${partner}, your Cloud Solution Provider partner, asks for admin access to your organisation's Microsoft services. ` +
          `Your reseller relationship with ${partner} stays as it is, and no customer agreement is needed. ` +
          `If ${partner} already has admin access, accepting replaces it with the roles and term below.`
        : `${partner} would like to become your Cloud Solution Provider partner. Accepting lets ${purchaser} purchase cloud subscriptions on your organisation's behalf` +
          (asks === 'RESELLER_AND_ADMIN'
            ? `, and gives ${purchaser === partner ? 'it' : partner} admin access to your services as listed below.`
            : '. It does not grant admin access to your services.'),
    twoTier: (partner, provider) =>
      `${partner} works through ${provider}, its indirect provider. Accepting creates a relationship with both: ` +
      `${provider} becomes your reseller of record (it places the orders and bills your organisation), ` +
      `and ${partner} serves you as its indirect reseller.`,
    adminTerms: (roles, duration, autoExtend) =>
      `Admin access with these Microsoft Entra roles, for ${duration} from your approval${autoExtend ? ' (then extended by 180 days at a time until ended)' : ''}:\n` +
      roles.map((role) => `- ${role}`).join('\n') +
      '\nYou may approve all of the roles or only some, and end the access at any time.',
    duration: (days) => (days % DAYS_PER_YEAR === 0 ? `${days / DAYS_PER_YEAR} year${days === DAYS_PER_YEAR ? '' : 's'}` : `${days} day${days === 1 ? '' : 's'}`),
    personal: (sender) => `A personal message from ${sender}:`,
    action: 'A global administrator of your organisation can review and accept the request here:',
    expiry: (date) => `The link expires on ${date}.`,
    pinnedExpiry: (company, date) => `The link is meant for ${company} only and expires on ${date}.`,
    domainExpiry: (domain, date) => `The link is meant only for the organisation with the domain ${domain} and expires on ${date}.`,
    closing: 'Kind regards,',
  },
  de: {
    subject: (partner, asks) =>
      asks === 'ADMIN'
        ? `${partner} bittet um Administratorzugriff auf Ihre Organisation`
        : asks === 'RESELLER_AND_ADMIN'
          ? `${partner} bittet um eine Handelspartnerbeziehung und Administratorzugriff`
          : `${partner} bittet um eine Handelspartnerbeziehung`,
    greeting: (name) => (name ? `Guten Tag ${name},` : 'Guten Tag,'),
    intro: (partner, asks, purchaser) =>
      asks === 'ADMIN'
        ? `${partner}, Ihr Cloud Solution Provider-Partner, bittet um Administratorzugriff auf die Microsoft-Dienste Ihrer Organisation. ` +
          `Ihre Handelspartnerbeziehung mit ${partner} bleibt, wie sie ist; eine Kundenvereinbarung ist nicht nötig. ` +
          `Hat ${partner} bereits Administratorzugriff, ersetzt die Annahme ihn durch die unten aufgeführten Rollen und die Laufzeit.`
        : `${partner} möchte Ihr Cloud Solution Provider-Partner werden. Wenn Sie zustimmen, kann ${purchaser} Cloud-Abonnements im Auftrag Ihrer Organisation kaufen` +
          (asks === 'RESELLER_AND_ADMIN'
            ? `${purchaser === partner ? ' und' : `, und ${partner}`} erhält Administratorzugriff auf Ihre Dienste wie unten aufgeführt.`
            : '. Administratorzugriff auf Ihre Dienste ist darin nicht enthalten.'),
    twoTier: (partner, provider) =>
      `${partner} arbeitet über ${provider}, seinen indirekten Anbieter. Wenn Sie zustimmen, entsteht eine Beziehung mit beiden: ` +
      `${provider} wird Ihr Handelspartner (Reseller of Record: er bestellt und stellt Ihrer Organisation die Rechnungen), ` +
      `und ${partner} betreut Sie als sein indirekter Handelspartner.`,
    adminTerms: (roles, duration, autoExtend) =>
      `Administratorzugriff mit diesen Microsoft Entra-Rollen, für ${duration} ab Ihrer Zustimmung${autoExtend ? ' (danach jeweils um 180 Tage verlängert, bis er beendet wird)' : ''}:\n` +
      roles.map((role) => `- ${role}`).join('\n') +
      '\nSie können alle oder nur einzelne Rollen genehmigen und den Zugriff jederzeit beenden.',
    duration: (days) => (days % DAYS_PER_YEAR === 0 ? `${days / DAYS_PER_YEAR} Jahr${days === DAYS_PER_YEAR ? '' : 'e'}` : `${days} Tag${days === 1 ? '' : 'e'}`),
    personal: (sender) => `Eine persönliche Nachricht von ${sender}:`,
    action: 'Ein globaler Administrator Ihrer Organisation kann die Anfrage hier prüfen und annehmen:',
    expiry: (date) => `Der Link läuft am ${date} ab.`,
    pinnedExpiry: (company, date) => `Der Link ist nur für ${company} bestimmt und läuft am ${date} ab.`,
    domainExpiry: (domain, date) => `Der Link ist nur für die Organisation mit der Domäne ${domain} bestimmt und läuft am ${date} ab.`,
    closing: 'Mit freundlichen Grüßen',
  },
};

function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

function expiryParagraph(t: Template, input: InvitationEmailInput): string {
  const date = formatDate(input.expiresAt, input.locale);
  if (input.pinnedCompany) return t.pinnedExpiry(input.pinnedCompany, date);
  return input.pinnedDomain ? t.domainExpiry(input.pinnedDomain, date) : t.expiry(date);
}

/** The templated invitation email (subject and plain-text body) in the chosen language. */
export function invitationEmail(input: InvitationEmailInput): InvitationEmailText {
  const t = TEMPLATES[input.locale];
  const message = input.message?.trim();
  const { admin } = input;
  const asks: Asks = !admin ? 'RESELLER' : input.includesReseller ? 'RESELLER_AND_ADMIN' : 'ADMIN';
  const paragraphs = [
    t.greeting(input.recipientName),
    t.intro(input.partnerName, asks, (input.includesReseller && input.indirectProviderName) || input.partnerName),
    ...(input.indirectProviderName && input.includesReseller ? [t.twoTier(input.partnerName, input.indirectProviderName)] : []),
    ...(admin
      ? [t.adminTerms(admin.roles.map((role) => adminRoleDefinition(role).displayName), t.duration(durationDays(admin.duration) ?? 0), admin.autoExtend)]
      : []),
    ...(message ? [`${t.personal(input.senderName)}\n${message}`] : []),
    `${t.action}\n${input.url}`,
    expiryParagraph(t, input),
    `${t.closing}\n${input.senderName}\n${input.partnerName}`,
  ];
  return { subject: t.subject(input.partnerName, asks), body: paragraphs.join('\n\n') };
}
