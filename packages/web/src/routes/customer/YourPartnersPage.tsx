import { useMutation, useQuery } from '@apollo/client/react';
import { can } from '@partnerlink/shared';
import { Badge } from '../../components/Badge.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { PageHeader } from '../../components/PageHeader.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { principalOf, useViewer } from '../../viewer/ViewerContext.js';

const YourPartnersPageQuery = graphql(`
  query YourPartnersPageQuery($first: Int!) {
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
  }
`);

const EndPartnerRelationshipMutation = graphql(`
  mutation YourPartnersPageEndMutation($id: ID!) {
    endRelationship(id: $id) {
      id
      status
      endedAt
      endedBy
    }
  }
`);

/** A customer's partners, with End relationship for its global admins. */
export function YourPartnersPage() {
  const { t, date, country } = useI18n();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(YourPartnersPageQuery, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const [end, ending] = useMutation(EndPartnerRelationshipMutation);
  const mayEnd = can(principalOf(viewer), 'partnerRelationship.end');
  const edges = data?.partnerRelationships.edges ?? [];

  const onEnd = async (id: string, partner: string) => {
    if (!window.confirm(t('partners.endConfirm', { partner }))) return;
    await end({ variables: { id } }).catch(() => undefined);
    await refetch();
  };

  return (
    <>
      <PageHeader title={t('partners.title')} lead={t('partners.lead', { tenant: viewer.tenant.name })} />
      {error ? <ErrorNotice error={error} onRetry={() => void refetch()} /> : null}
      {ending.error ? <ErrorNotice error={ending.error} /> : null}
      {!data && loading ? <p className="page-loading" role="status">{t('app.loading')}</p> : null}
      {data && edges.length === 0 ? <EmptyState title={t('partners.empty')} /> : null}
      {edges.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('partners.col.partner')}</th>
                <th scope="col">{t('partners.col.type')}</th>
                <th scope="col">{t('partners.col.status')}</th>
                <th scope="col">{t('partners.col.since')}</th>
                <th scope="col">{t('partners.col.ended')}</th>
                <th scope="col"><span className="visually-hidden">{t('customers.col.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    {node.partner.name}
                    <span className="cell-sub">{node.partner.partnerId} · {country(node.partner.country)}</span>
                  </th>
                  <td>{t(`rel.type.${node.type}`)}</td>
                  <td><Badge tone={node.status === 'ACTIVE' ? 'success' : 'neutral'}>{t(`rel.${node.status}`)}</Badge></td>
                  <td>{date(node.createdAt)}</td>
                  <td>{node.endedAt ? `${date(node.endedAt)}${node.endedBy ? ` ${t(`rel.endedBy.${node.endedBy}`)}` : ''}` : t('app.never')}</td>
                  <td className="actions">
                    {mayEnd && node.status === 'ACTIVE' ? (
                      <button type="button" className="link-button link-button--danger" disabled={ending.loading} onClick={() => void onEnd(node.id, node.partner.name)}>
                        {t('partners.end')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
