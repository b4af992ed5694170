import { marketOf } from '@partnerlink/shared';
import { StatusPanel } from '../../components/StatusPanel.js';
import { Contact } from './ContactPartner.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { BlockedReason } from './pageState.js';
import type { InvitationData } from './useInvitation.js';

/** What the panel says of the invitation: the partner (the acceptance page's data, or an inbox item). */
type Invitation = { readonly partner: Pick<NonNullable<InvitationData['invitation']>['partner'], 'name' | 'cloud' | 'country' | 'contactEmail'> };
/** And of the signed-in person. */
type Viewer = Pick<NonNullable<InvitationData['viewer']>, 'displayName' | 'roles'> & {
  readonly tenant: Pick<NonNullable<InvitationData['viewer']>['tenant'], 'name' | 'cloud' | 'country'>;
};

/** Signed in, but not as someone who can answer: says why, and whom to contact. */
export function BlockedState({ reason, invitation, viewer, signInHref }: {
  reason: BlockedReason;
  invitation: Invitation;
  viewer: Viewer;
  /** Where "Sign in as someone else" goes; null where that makes no sense (the signed-in app). */
  signInHref: string | null;
}) {
  const { t, country } = useI18n();
  const partner = invitation.partner.name;
  const tenant = viewer.tenant.name;
  const other = signInHref ? <a className="button" href={signInHref}>{t('invite.signInOther')}</a> : null;
  const text = (() => {
    switch (reason) {
      case 'partnerUser':
        return t('invite.partnerUser.text', { name: viewer.displayName, tenant });
      case 'notAdmin':
        return t('invite.notAdmin.text', { name: viewer.displayName, tenant, role: viewer.roles.map((role) => t(`role.${role}`)).join(', ') });
      case 'otherCustomer':
        return t('invite.otherCustomer.text', { tenant });
      case 'CLOUD_MISMATCH':
        return t('invite.CLOUD_MISMATCH.text', { partner, partnerCloud: t(`cloud.${invitation.partner.cloud}`), tenantCloud: t(`cloud.${viewer.tenant.cloud}`) });
      case 'REGION_NOT_ALLOWED': {
        const market = marketOf(invitation.partner.country);
        return t('invite.REGION_NOT_ALLOWED.text', {
          partner,
          country: country(invitation.partner.country),
          market: market ? t(`market.${market.id}`) : '—',
          tenantCountry: country(viewer.tenant.country),
        });
      }
    }
  })();
  // Whom to ask: the organisation's own global admin, the customer's (for a partner user), else the partner.
  const contact =
    reason === 'notAdmin'
      ? t('invite.contact.globalAdmin', { tenant })
      : reason === 'partnerUser'
        ? t('invite.contact.customerAdmin')
        : undefined;
  return (
    <StatusPanel tone="danger" title={t(`invite.${reason}.title`)} actions={reason === 'CLOUD_MISMATCH' || reason === 'REGION_NOT_ALLOWED' ? null : other}>
      <p>{text}</p>
      {reason === 'REGION_NOT_ALLOWED' ? <MarketCountries partner={partner} partnerCountry={invitation.partner.country} /> : null}
      <Contact partner={partner} email={invitation.partner.contactEmail} other={contact} level={3} />
    </StatusPanel>
  );
}

/** The countries of the partner's market, named in the page's language, alphabetically. */
function MarketCountries({ partner, partnerCountry }: { partner: string; partnerCountry: string }) {
  const { t, locale, country } = useI18n();
  const market = marketOf(partnerCountry);
  if (!market) return null;
  const names = market.countries.map((code) => country(code)).sort((a, b) => a.localeCompare(b, locale));
  return (
    <div className="market-countries">
      <h3>{t('invite.REGION_NOT_ALLOWED.countries', { partner })}</h3>
      <p data-testid="market-countries">{new Intl.ListFormat(locale, { type: 'conjunction' }).format(names)}</p>
    </div>
  );
}
