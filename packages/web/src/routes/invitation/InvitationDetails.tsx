import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { InvitationData } from './useInvitation.js';
import { zonedTime } from './zonedTime.js';

type Invitation = NonNullable<InvitationData['invitation']>;

/**
 * Who asks, for what, what the partner can do afterwards, and until when: readable without an
 * account. `action` (sign-in, the answer, or why this user cannot answer) sits beside it.
 */
export function InvitationDetails({ invitation, admin: adminSection, action, answerable }: {
  invitation: Invitation;
  /** False when this viewer cannot answer (a refusal): the page then does not say what would follow "after you accept". */
  answerable: boolean;
  /** The roles asked for and the term, when admin access is asked for. */
  admin: ReactNode;
  action: ReactNode;
}) {
  const { t, country, locale } = useI18n();
  const partner = invitation.partner.name;
  const admin = invitation.includesDelegatedAdmin;
  const reseller = invitation.includesReseller;
  // Two tiers: the provider bills (reseller of record), the asking partner serves.
  const provider = invitation.indirectProvider?.name ?? null;
  return (
    <div className="invitation-details">
      <h1>{t(reseller ? 'invite.title' : 'invite.adminOnly.title', { partner })}</h1>
      {invitation.customer ? (
        <p>{t('invite.forCustomer', { company: invitation.customer.companyName, domain: invitation.customer.domain })}</p>
      ) : invitation.pinnedDomain ? (
        <p>{t('invite.forDomain', { domain: invitation.pinnedDomain })}</p>
      ) : null}
      <div className="invitation-layout">
        <div className="invitation-layout__main">
          <h2>{t('invite.who')}</h2>
          <dl className="facts">
            <dt>{t('invite.partnerName')}</dt>
            <dd data-testid="invite-partner">{partner}</dd>
            <dt>{t('invite.partnerCountry')}</dt>
            <dd>{country(invitation.partner.country)}</dd>
            <dt>{t('invite.partnerId')}</dt>
            <dd className="mono">{invitation.partner.partnerId}</dd>
            {provider ? (
              <>
                <dt>{t('invite.provider')}</dt>
                <dd data-testid="invite-provider">{provider}</dd>
              </>
            ) : null}
            <dt>{t('invite.validUntil')}</dt>
            <dd>{zonedTime(locale, invitation.expiresAt)}</dd>
          </dl>
          {invitation.message ? (
            <figure className="partner-message">
              <figcaption>{t('invite.message')}</figcaption>
              <blockquote>{invitation.message}</blockquote>
            </figure>
          ) : null}
          <h2>{t('invite.what')}</h2>
          <ul className="permission-list">
            {reseller && provider ? (
              <>
                <li>{t('invite.twoTier.bills', { provider })}</li>
                <li>{t('invite.twoTier.serves', { partner, provider })}</li>
              </>
            ) : reseller ? <li>{t('invite.wantsReseller', { partner })}</li> : null}
            <li>{admin ? t('invite.wantsAdminRoles') : t('invite.noAdmin', { partner })}</li>
            {reseller ? null : <li>{t('invite.adminOnly.notReseller', { partner })}</li>}
          </ul>
          {admin && reseller && invitation.partner.cloud === 'US_GOVERNMENT' ? <p className="muted">{t('invite.govAdmin')}</p> : null}
          {adminSection}
          {answerable ? (
            <>
              {provider ? (
                <>
                  <h2>{t('invite.after', { partner: provider })}</h2>
                  <ul className="permission-list">
                    <li>{t('invite.canBuy')}</li>
                    <li>{t('invite.canManageOwn')}</li>
                  </ul>
                </>
              ) : null}
              <h2>{t('invite.after', { partner })}</h2>
              <ul className="permission-list">
                {reseller && !provider ? <li>{t('invite.canBuy')}</li> : null}
                {reseller && !provider ? <li>{t('invite.canManageOwn')}</li> : null}
                <li>{admin ? t('invite.canAdminRoles') : t('invite.cannotAdmin')}</li>
              </ul>
              <p className="muted">{t(admin ? 'invite.endAnytimeRoles' : 'invite.endAnytime')}</p>
            </>
          ) : null}
        </div>
        <div className="invitation-layout__action">{action}</div>
      </div>
    </div>
  );
}
