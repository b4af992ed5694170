import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Navigate } from 'react-router';
import { evictFields } from '../../../apollo/cache.js';
import { problemOf } from '../../../apollo/problem.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { ConnectionList } from '../../../components/ConnectionList.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { graphql } from '../../../gql/index.js';
import type { AuthorizationRow_AuthorizationFragment } from '../../../gql/graphql.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { principalOf, useCanRun, useViewer } from '../../../viewer/ViewerContext.js';
import { AuthorizationRow, otherSide } from './AuthorizationRow.js';
import { InviteResellerDialog } from './InviteResellerDialog.js';
import { tierPageFor, type TierSide } from './tierPages.js';
import { useTierText } from './tierMessages.js';

export const ResellerAuthorizationsPageQuery = graphql(`
  query ResellerAuthorizationsPageQuery($after: String) {
    resellerAuthorizations(first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...AuthorizationRow_authorization
        }
      }
    }
  }
`);

export const EndResellerAuthorizationMutation = graphql(`
  mutation ResellerAuthorizationsPageEndMutation($id: ID!) {
    endResellerAuthorization(id: $id) {
      id
      ...AuthorizationRow_authorization
    }
  }
`);

/**
 * Two tiers from either side (DESIGN.md rule 15): an indirect provider's resellers and invitations
 * (/resellers, with "Invite a reseller"), an indirect reseller's providers (/providers). Either side's
 * admins end an authorisation; the provider also withdraws an invitation nobody accepted.
 */
export function ResellerAuthorizationsPage({ side }: { side: TierSide }) {
  const i18n = useI18n();
  const { t } = i18n;
  const tt = useTierText();
  const viewer = useViewer();
  const canRun = useCanRun();
  const page = tierPageFor(principalOf(viewer), viewer.tenant.partnerType);
  const allowed = page?.side === side;
  const title = tt(side === 'PROVIDER' ? 'tiers.resellers.title' : 'tiers.providers.title');
  useDocumentTitle(title);
  const [inviting, setInviting] = useState(false);
  const [ending, setEnding] = useState<AuthorizationRow_AuthorizationFragment | null>(null);
  // What the last End did, rendered in the page's language (it follows a language switch).
  const [done, setDone] = useState<{ name: string | null } | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(ResellerAuthorizationsPageQuery, { skip: !allowed, notifyOnNetworkStatusChange: false });
  const [end, ended] = useMutation(EndResellerAuthorizationMutation, { update: evictFields('resellerAuthorizations', 'activityLog') });
  if (!allowed) return <Navigate to={page?.path ?? '/'} replace />;

  const mayManage = canRun('endResellerAuthorization');
  const onEnd = async (authorization: AuthorizationRow_AuthorizationFragment) => {
    const result = await end({ variables: { id: authorization.id } }).catch(() => undefined);
    if (!result?.data) return;
    setEnding(null);
    setDone({ name: authorization.acceptedAt ? (otherSide(authorization, side) ?? '') : null });
  };
  const endingName = ending ? (otherSide(ending, side) ?? tt('tiers.openInvitation')) : '';

  return (
    <>
      <PageHeader
        title={title}
        lead={tt(side === 'PROVIDER' ? 'tiers.resellers.lead' : 'tiers.providers.lead')}
        actions={
          side === 'PROVIDER' && canRun('inviteIndirectReseller') ? (
            <button type="button" className="button button--primary" onClick={() => setInviting(true)}>{tt('tiers.invite')}</button>
          ) : null
        }
      />
      <p className="muted" role="status">{done ? (done.name === null ? tt('tiers.withdrawnDone') : tt('tiers.ended', { name: done.name })) : ''}</p>
      <ConnectionList
        cards
        list={data?.resellerAuthorizations}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        fetchPage={(after) => fetchMore({ variables: { after } })}
        empty={<EmptyState title={tt(`tiers.empty.${side}.title`)}>{tt(`tiers.empty.${side}.text`)}</EmptyState>}
        head={
          <tr>
            <th scope="col">{tt(side === 'PROVIDER' ? 'tiers.col.reseller' : 'tiers.col.provider')}</th>
            <th scope="col">{tt('tiers.col.status')}</th>
            {side === 'PROVIDER' ? <th scope="col">{tt('tiers.col.recipient')}</th> : null}
            <th scope="col">{tt('tiers.col.invited')}</th>
            <th scope="col">{tt('tiers.col.accepted')}</th>
            <th scope="col">{tt('tiers.col.until')}</th>
            <th scope="col"><span className="visually-hidden">{t('app.actions')}</span></th>
          </tr>
        }
        row={(authorization) => (
          <AuthorizationRow key={authorization.id} authorization={authorization} side={side} canEnd={mayManage} onEnd={() => setEnding(authorization)} />
        )}
      />
      {inviting ? <InviteResellerDialog onClose={() => setInviting(false)} /> : null}
      {ending ? (
        <ConfirmDialog
          title={ending.acceptedAt ? tt(`tiers.end.title.${side}`, { name: endingName }) : tt('tiers.withdraw.title')}
          confirmLabel={tt(ending.acceptedAt ? 'tiers.end.confirm' : 'tiers.withdraw.confirm')}
          busyLabel={tt('tiers.end.busy')}
          danger
          busy={ended.loading}
          problem={problemOf(ended.error, i18n)?.message ?? null}
          onConfirm={() => void onEnd(ending)}
          onCancel={() => {
            ended.reset();
            setEnding(null);
          }}
        >
          <p>{ending.acceptedAt ? tt(`tiers.end.text.${side}`, { name: endingName }) : tt('tiers.withdraw.text')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

export function ResellersPage() {
  return <ResellerAuthorizationsPage side="PROVIDER" />;
}

export function ProvidersPage() {
  return <ResellerAuthorizationsPage side="RESELLER" />;
}
