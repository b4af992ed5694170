import type { AcceptInvitationPageQueryQuery } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/I18nProvider.js';

type Invitation = NonNullable<AcceptInvitationPageQueryQuery['invitation']>;

/** Who asks, for what, until when. */
export function InvitationDetails({ invitation }: { invitation: Invitation }) {
  const { t, country, date } = useI18n();
  return (
    <div className="invitation-details">
      <h1>{t('invite.title', { partner: invitation.partner.name })}</h1>
      <p className="muted">
        {t('invite.partnerDetails', { id: invitation.partner.partnerId, country: country(invitation.partner.country) })}
      </p>
      <ul className="permission-list">
        <li>{t('invite.wantsReseller')}</li>
        {invitation.includesDelegatedAdmin ? <li>{t('invite.wantsAdmin')}</li> : null}
      </ul>
      {invitation.customer ? (
        <p>{t('invite.forCustomer', { company: invitation.customer.companyName, domain: invitation.customer.domain })}</p>
      ) : null}
      {invitation.message ? (
        <figure className="partner-message">
          <figcaption>{t('invite.message')}</figcaption>
          <blockquote>{invitation.message}</blockquote>
        </figure>
      ) : null}
      <p className="muted">{t('invite.expires', { date: date(invitation.expiresAt) })}</p>
    </div>
  );
}
