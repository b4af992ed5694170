import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorCodeOf } from '../../errors/errorCode.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ConnectionList } from '../../components/ConnectionList.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { graphql } from '../../gql/index.js';
import type { RelationshipType } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useCanRun, useViewer } from '../../viewer/ViewerContext.js';
import { AskPartnerDialog } from './AskPartnerDialog.js';
import { Inbox } from './Inbox.js';
import { PartnerRow } from './PartnerRow.js';
import { partnerRows, roleCatalogue, type PartnerRelationshipNode } from './partnerRows.js';
import { RemoveRolesDialog } from './RemoveRolesDialog.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';

export const YourPartnersPageQuery = graphql(`
  query YourPartnersPageQuery($first: Int!, $locale: Locale!) {
    partnerRelationships(first: $first) {
      totalCount
      edges {
        cursor
        node {
          id
          type
          status
          createdAt
          endedAt
          endedBy
          endRequestedAt
          roles
          endsAt
          expiringSoon
          autoExtend
          activeSubscriptions {
            id
            productName
            quantity
          }
          indirectProvider {
            name
          }
          partner {
            name
            country
            partnerId
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    adminRoles(locale: $locale) {
      role
      displayName
      description
    }
  }
`);

export const EndPartnerRelationshipMutation = graphql(`
  mutation YourPartnersPageEndMutation($id: ID!, $alsoEndAdminRelationship: Boolean) {
    endRelationship(id: $id, alsoEndAdminRelationship: $alsoEndAdminRelationship) {
      id
      status
      endedAt
      endedBy
    }
  }
`);

/** A customer's partners: reseller relationship and admin permissions each, endable by its global admins. */
export function YourPartnersPage() {
  const { t, errorText, locale } = useI18n();
  useDocumentTitle(t('partners.title'));
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(YourPartnersPageQuery, { variables: { first: 100, locale }, fetchPolicy: 'cache-and-network' });
  const [end, ending] = useMutation(EndPartnerRelationshipMutation);
  const [confirming, setConfirming] = useState<PartnerRelationshipNode | null>(null);
  const [alsoAdmin, setAlsoAdmin] = useState(true);
  const [asking, setAsking] = useState<PartnerRelationshipNode | null>(null);
  const [narrowing, setNarrowing] = useState<PartnerRelationshipNode | null>(null);
  const [done, setDone] = useState<{ key: `partners.done.${RelationshipType}` | 'partners.ask.done' | 'partners.done.rolesRemoved'; partner: string; roles?: string } | null>(null);
  const canRun = useCanRun();
  const mayEnd = canRun('endRelationship');
  const rows = partnerRows((data?.partnerRelationships.edges ?? []).map((edge) => edge.node));
  const roleInfo = roleCatalogue(data?.adminRoles ?? []);

  const onConfirm = async () => {
    if (!confirming) return;
    const result = await end({ variables: { id: confirming.id, alsoEndAdminRelationship: alsoAdmin } }).catch(() => null);
    if (!result?.data) return;
    setDone({ key: `partners.done.${confirming.type}`, partner: confirming.partner.name });
    setConfirming(null);
    await refetch().catch(() => undefined); // shown by the query's own error state
  };
  const endProblem = ending.error ? errorText(errorCodeOf(ending.error) ?? 'INTERNAL_SERVER_ERROR') : null;

  return (
    <>
      <PageHeader title={t('partners.title')} lead={t('partners.lead', { tenant: viewer.tenant.name })} />
      {!mayEnd ? <p className="notice notice--info" data-testid="read-only">{t('partners.readOnly')}</p> : null}
      <p className={done ? 'notice notice--success' : 'visually-hidden'} role="status">
        {done ? t(done.key, { partner: done.partner, roles: done.roles ?? '' }) : null}
      </p>
      {canRun('pendingInvitations') ? <Inbox /> : null}
      <div className="partner-list">
        <ConnectionList
          list={data ? rows : undefined}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          announceLoading
          empty={<EmptyState title={t('partners.empty')} />}
          head={
            <tr>
              <th scope="col">{t('partners.col.partner')}</th>
              <th scope="col">{t('partners.col.reseller')}</th>
              <th scope="col">{t('partners.col.admin')}</th>
              <th scope="col" className="actions"><span className="visually-hidden">{t('partners.col.actions')}</span></th>
            </tr>
          }
          row={(row) => (
            <PartnerRow
              key={row.partner.partnerId}
              row={row}
              roleInfo={roleInfo}
              onRemoveRoles={mayEnd ? setNarrowing : null}
              onEnd={mayEnd ? (relationship) => {
                ending.reset();
                setAlsoAdmin(true);
                setConfirming(relationship);
              } : null}
              onAsk={canRun('requestRelationshipEnd') ? setAsking : null}
            />
          )}
        />
      </div>
      {confirming ? (
        <ConfirmDialog
          danger
          title={t(`partners.confirm.${confirming.type}.title`, { partner: confirming.partner.name })}
          confirmLabel={t(`partners.confirm.${confirming.type}.submit`)}
          busyLabel={t('partners.busy')}
          busy={ending.loading}
          problem={endProblem}
          onConfirm={() => void onConfirm()}
          onCancel={() => setConfirming(null)}
        >
          <p>{t(`partners.confirm.${confirming.type}.text`, { partner: confirming.partner.name })}</p>
          {confirming.type !== 'DELEGATED_ADMIN' && rows.some((row) => row.admin?.status === 'ACTIVE' && row.partner.partnerId === confirming.partner.partnerId) ? (
            <>
              <div className="checkbox-field">
                <input id="also-end-admin" type="checkbox" checked={alsoAdmin} onChange={(e) => setAlsoAdmin(e.target.checked)} />
                <label htmlFor="also-end-admin">{t('partners.confirm.RESELLER.alsoAdmin', { partner: confirming.partner.name })}</label>
              </div>
              {alsoAdmin ? null : <p>{t('partners.confirm.RESELLER.adminStays')}</p>}
            </>
          ) : null}
          <p>{t('partners.confirm.final')}</p>
        </ConfirmDialog>
      ) : null}
      {narrowing ? (
        <RemoveRolesDialog
          relationship={narrowing}
          roleInfo={roleInfo}
          onDone={(removed) => {
            setDone({ key: 'partners.done.rolesRemoved', partner: narrowing.partner.name, roles: removed });
            setNarrowing(null);
            void refetch().catch(() => undefined);
          }}
          onCancel={() => setNarrowing(null)}
        />
      ) : null}
      {asking ? (
        <AskPartnerDialog
          relationship={asking}
          onDone={() => {
            setDone({ key: 'partners.ask.done', partner: asking.partner.name });
            setAsking(null);
            void refetch().catch(() => undefined);
          }}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </>
  );
}
