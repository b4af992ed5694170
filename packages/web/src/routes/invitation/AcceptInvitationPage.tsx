import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { can, type AcceptanceSurface } from '@partnerlink/shared';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { errorCodeOf } from '../../apollo/errors.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { principalOf } from '../../viewer/ViewerContext.js';
import { InvitationDetails } from './InvitationDetails.js';
import { InvitationState, outcomeOfCode, type InvitationOutcome } from './InvitationState.js';

export const AcceptInvitationPageQuery = graphql(`
  query AcceptInvitationPageQuery($token: String!) {
    invitation(token: $token) {
      status
      includesDelegatedAdmin
      createdAt
      expiresAt
      surface
      message
      locale
      partner {
        name
        country
        partnerId
        cloud
      }
      customer {
        companyName
        domain
      }
    }
    viewer {
      ...ViewerContext_viewer
    }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitationMutation($token: String!, $acceptCustomerAgreement: Boolean) {
    acceptRelationshipRequest(token: $token, acceptCustomerAgreement: $acceptCustomerAgreement) {
      request {
        id
        status
      }
    }
  }
`);

const DeclineInvitationMutation = graphql(`
  mutation DeclineInvitationMutation($token: String!) {
    declineRelationshipRequest(token: $token) {
      id
      status
    }
  }
`);

/** The customer's side of a link: read it, then accept or decline as a GLOBAL_ADMIN. */
export function AcceptInvitationPage({ surface }: { surface: AcceptanceSurface }) {
  const { t } = useI18n();
  const { token = '' } = useParams();
  const location = useLocation();
  const client = useApolloClient();
  const { data, loading, error } = useQuery(AcceptInvitationPageQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [agree, setAgree] = useState(false);
  const [outcome, setOutcome] = useState<InvitationOutcome | null>(null);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [accept, accepting] = useMutation(AcceptInvitationMutation);
  const [decline, declining] = useMutation(DeclineInvitationMutation);

  const invitation = data?.invitation;
  const viewer = data?.viewer ?? null;
  const mayAnswer = can(principalOf(viewer), 'invitation.answer');
  const needsAgreement = Boolean(viewer && !viewer.tenant.customerAgreementAccepted);
  const signInHref = `/sign-in?next=${encodeURIComponent(location.pathname)}`;

  const answered = async (action: () => Promise<unknown>, done: InvitationOutcome) => {
    setFormProblem(null);
    try {
      await action();
      await client.clearStore();
      setOutcome(done);
    } catch (caught) {
      const code = errorCodeOf(caught) ?? 'INTERNAL_SERVER_ERROR';
      if (code === 'CUSTOMER_AGREEMENT_REQUIRED') setFormProblem(t('invite.acceptAgreementNeeded'));
      else setOutcome(outcomeOfCode(code) ?? { error: code });
    }
  };
  const onAccept = (event: FormEvent) => {
    event.preventDefault();
    if (needsAgreement && !agree) {
      setFormProblem(t('invite.acceptAgreementNeeded'));
      return;
    }
    void answered(() => accept({ variables: { token, acceptCustomerAgreement: needsAgreement ? agree : null } }), 'accepted');
  };

  const closed: InvitationOutcome | null = outcome ?? (
    data && !invitation ? 'notFound'
      : invitation && invitation.status !== 'PENDING' ? invitation.status
        : invitation && viewer && !mayAnswer ? 'FORBIDDEN'
          : null
  );
  const busy = accepting.loading || declining.loading;

  return (
    <div className={`surface surface--${surface === 'ADMIN_CENTER' ? 'admin' : 'gov'}`}>
      <header className="surface__header">
        <div className="surface__inner">
          <div>
            <p className="surface__title">{t(`invite.surface.${surface}`)}</p>
            <p className="surface__note">{t(`invite.surfaceNote.${surface}`)}</p>
          </div>
          <div className="surface__user">
            {viewer ? <span>{t('invite.signedInAs', { name: viewer.displayName, tenant: viewer.tenant.name })}</span> : null}
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="surface__main">
        <div className="card card--narrow">
          {loading && !data ? <p role="status">{t('app.loading')}</p> : null}
          {error ? <ErrorNotice error={error} /> : null}
          {invitation && (outcome === null || outcome === 'FORBIDDEN') ? <InvitationDetails invitation={invitation} /> : null}
          {closed ? (
            <InvitationState
              outcome={closed}
              partner={invitation?.partner.name ?? ''}
              partnerCountry={invitation?.partner.country ?? ''}
              signedInCustomer={Boolean(viewer && viewer.tenant.kind === 'CUSTOMER')}
            />
          ) : null}
          {invitation && !closed && !viewer ? (
            <div className="answer">
              <p>{t('invite.signInNeeded')}</p>
              <Link className="button button--primary" to={signInHref}>{t('invite.signIn')}</Link>
            </div>
          ) : null}
          {invitation && !closed && viewer && mayAnswer ? (
            <form className="answer" onSubmit={onAccept}>
              {needsAgreement ? (
                <div className="checkbox-field">
                  <input id="accept-agreement" type="checkbox" checked={agree} onChange={(e) => setAgree(e.target.checked)} />
                  <label htmlFor="accept-agreement">{t('invite.acceptAgreement')}</label>
                </div>
              ) : null}
              {formProblem ? <div className="notice notice--danger" role="alert">{formProblem}</div> : null}
              <div className="button-row">
                <button type="submit" className="button button--primary" disabled={busy}>{busy ? t('invite.busy') : t('invite.accept')}</button>
                <button type="button" className="button" disabled={busy} onClick={() => void answered(() => decline({ variables: { token } }), 'declined')}>
                  {t('invite.decline')}
                </button>
              </div>
            </form>
          ) : null}
          {closed === 'FORBIDDEN' && !outcome ? (
            <p><Link to={signInHref}>{t('invite.signIn')}</Link></p>
          ) : null}
        </div>
      </main>
    </div>
  );
}
