import type { ErrorCode } from '@partnerlink/shared';
import { Link } from 'react-router';
import { StatusPanel, type Tone } from '../../components/StatusPanel.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** Every way an invitation page can end, each a designed state. */
export type InvitationOutcome =
  | 'accepted'
  | 'declined'
  | 'notFound'
  | 'EXPIRED'
  | 'REVOKED'
  | 'ACCEPTED'
  | 'DECLINED'
  | 'FORBIDDEN'
  | 'REGION_NOT_ALLOWED'
  | 'CLOUD_MISMATCH'
  | { error: ErrorCode };

/** The outcome an answer's error code stands for (the race between reading and clicking). */
export function outcomeOfCode(code: ErrorCode): InvitationOutcome | null {
  switch (code) {
    case 'INVITATION_EXPIRED': return 'EXPIRED';
    case 'INVITATION_REVOKED': return 'REVOKED';
    case 'INVITATION_ALREADY_USED': return 'ACCEPTED';
    case 'INVITATION_DECLINED': return 'DECLINED';
    case 'NOT_FOUND': return 'notFound';
    case 'FORBIDDEN':
    case 'REGION_NOT_ALLOWED':
    case 'CLOUD_MISMATCH':
      return code;
    case 'UNAUTHENTICATED':
    case 'CUSTOMER_AGREEMENT_REQUIRED':
      return null; // handled on the form
    default:
      return { error: code };
  }
}

const TONES: Record<Exclude<InvitationOutcome, { error: ErrorCode }>, Tone> = {
  accepted: 'success',
  declined: 'info',
  notFound: 'danger',
  EXPIRED: 'warning',
  REVOKED: 'warning',
  ACCEPTED: 'info',
  DECLINED: 'info',
  FORBIDDEN: 'danger',
  REGION_NOT_ALLOWED: 'danger',
  CLOUD_MISMATCH: 'danger',
};

export function InvitationState({ outcome, partner, partnerCountry, signedInCustomer }: {
  outcome: InvitationOutcome;
  partner: string;
  partnerCountry: string;
  signedInCustomer: boolean;
}) {
  const { t, country, errorText } = useI18n();
  if (typeof outcome === 'object') {
    return <StatusPanel tone="danger" title={t('invite.error.title')}>{errorText(outcome.error)}</StatusPanel>;
  }
  const params = { partner, country: country(partnerCountry) };
  const partnersLink = signedInCustomer && (outcome === 'accepted' || outcome === 'ACCEPTED') ? (
    <Link className="button button--primary" to="/">{t('invite.showPartners')}</Link>
  ) : null;
  return (
    <StatusPanel tone={TONES[outcome]} title={t(`invite.${outcome}.title`, params)} actions={partnersLink}>
      {t(`invite.${outcome}.text`, params)}
    </StatusPanel>
  );
}
