import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { evictFields } from '../../../apollo/cache.js';
import { problemOf } from '../../../apollo/problem.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { StatusPanel } from '../../../components/StatusPanel.js';
import { errorCodeOf } from '../../../errors/errorCode.js';
import { errorProblemOf } from '../../../errors/errorDetails.js';
import { graphql } from '../../../gql/index.js';
import type { ResellerLinkPageQueryQuery } from '../../../gql/graphql.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useCanRun, useViewer } from '../../../viewer/ViewerContext.js';
import { linkState, type LinkFacts } from './linkState.js';
import { useTierText } from './tierMessages.js';

export const ResellerLinkPageQuery = graphql(`
  query ResellerLinkPageQuery($token: String!) {
    resellerAuthorizationInvitation(token: $token) {
      status
      closedReason
      acceptedByYourOrganization
      expiresAt
      message
      provider {
        id
        name
        partnerId
        country
        cloud
      }
    }
  }
`);

export const AcceptResellerAuthorizationMutation = graphql(`
  mutation ResellerLinkPageAcceptMutation($token: String!) {
    acceptResellerAuthorization(token: $token) {
      id
      ...AuthorizationRow_authorization
    }
  }
`);

type Preview = NonNullable<ResellerLinkPageQueryQuery['resellerAuthorizationInvitation']>;

/**
 * /partner/reseller-authorization/:token — an indirect provider's link, opened by a signed-in
 * partner user (signed out, the layout sends them to sign-in and back here). Who invites, what
 * accepting means, Accept; or, in plain words, why this link or this organisation cannot.
 */
export function ResellerLinkPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const tt = useTierText();
  const token = useParams().token ?? '';
  const viewer = useViewer();
  const mayAccept = useCanRun()('acceptResellerAuthorization');
  const { data, error, refetch } = useQuery(ResellerLinkPageQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [accept, accepted] = useMutation(AcceptResellerAuthorizationMutation, { update: evictFields('resellerAuthorizations', 'activityLog') });
  const [outcome, setOutcome] = useState<LinkFacts['outcome']>(null);
  const preview = data ? data.resellerAuthorizationInvitation : undefined;
  const provider = preview?.provider.name ?? '';
  useDocumentTitle(provider ? tt('resellerLink.title', { provider }) : null);

  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  const state = linkState({ preview, partnerType: viewer.tenant.partnerType ?? null, mayAccept, outcome });
  const words = {
    provider,
    organisation: viewer.tenant.name,
    country: preview ? i18n.country(preview.provider.country) : '',
    yourCountry: i18n.country(viewer.tenant.country),
  };
  const toProviders = <Link className="button button--primary" to="/providers">{tt('resellerLink.toProviders')}</Link>;

  const onAccept = async () => {
    const result = await accept({ variables: { token } }).catch((failure: unknown) => {
      const code = errorCodeOf(failure);
      if (code) setOutcome({ code, reason: errorProblemOf(failure)?.reason });
      return undefined;
    });
    if (result?.data) setOutcome({ accepted: true });
  };

  switch (state.kind) {
    case 'loading':
      return <p className="page-loading">{t('app.loading')}</p>;
    case 'unknown':
      return <StatusPanel level={1} tone="danger" title={tt('resellerLink.unknown.title')}>{tt('resellerLink.unknown.text')}</StatusPanel>;
    case 'accepted':
      return (
        <StatusPanel level={1} tone="success" title={tt('resellerLink.accepted.title', words)} actions={toProviders}>
          {tt('resellerLink.accepted.text', words)}
        </StatusPanel>
      );
    case 'closed':
      return state.yours ? (
        <StatusPanel level={1} tone="success" title={tt('resellerLink.closed.yours.title')} actions={toProviders}>
          {tt('resellerLink.closed.yours.text', words)}
        </StatusPanel>
      ) : (
        <StatusPanel level={1} tone="warning" title={tt(`resellerLink.closed.${state.reason}.title`, words)}>
          {tt(`resellerLink.closed.${state.reason}.text`, words)}
        </StatusPanel>
      );
    default:
      break;
  }
  if (!preview) return null;
  const problem = outcome && 'code' in outcome ? problemOf(accepted.error, i18n)?.message : null;
  return (
    <article className="reseller-link" data-testid="reseller-link-page">
      <PageHeader title={tt('resellerLink.title', words)} lead={tt('resellerLink.lead', words)} />
      <section className="card">
        <h2>{tt('resellerLink.facts', words)}</h2>
        <ProviderFacts preview={preview} />
        {preview.message ? (
          <figure className="partner-message">
            <figcaption>{tt('resellerLink.message', words)}</figcaption>
            <blockquote>{preview.message}</blockquote>
          </figure>
        ) : null}
        <h2>{tt('resellerLink.means.title')}</h2>
        <ul className="permission-list">
          <li>{tt('resellerLink.means.invite', words)}</li>
          <li>{tt('resellerLink.means.bills', words)}</li>
          <li>{tt('resellerLink.means.end')}</li>
        </ul>
      </section>
      {state.kind === 'refused' ? (
        <StatusPanel tone="danger" title={tt(`resellerLink.refused.${state.reason}.title`, words)}>
          {tt(`resellerLink.refused.${state.reason}.text`, words)}
        </StatusPanel>
      ) : state.mayAccept ? (
        <>
          {problem ? <div className="notice notice--danger" role="alert">{problem}</div> : null}
          <div className="button-row">
            <button type="button" className="button button--primary" disabled={accepted.loading} aria-busy={accepted.loading} onClick={() => void onAccept()}>
              {accepted.loading ? tt('resellerLink.accepting') : tt('resellerLink.accept')}
            </button>
          </div>
        </>
      ) : (
        <p className="notice notice--info">{tt('resellerLink.askAdmin', words)}</p>
      )}
    </article>
  );
}

function ProviderFacts({ preview }: { preview: Preview }) {
  const { t, date, country } = useI18n();
  const tt = useTierText();
  const { provider } = preview;
  return (
    <dl className="facts">
      <dt>{tt('resellerLink.partnerId')}</dt>
      <dd className="mono">{provider.partnerId ?? t('app.never')}</dd>
      <dt>{tt('resellerLink.country')}</dt>
      <dd>{country(provider.country)}</dd>
      <dt>{tt('resellerLink.cloud')}</dt>
      <dd>{t(`cloud.${provider.cloud}`)}</dd>
      <dt>{tt('resellerLink.expires')}</dt>
      <dd>{date(preview.expiresAt)}</dd>
    </dl>
  );
}
