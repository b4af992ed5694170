import { useMutation } from '@apollo/client/react';
import { evictFields } from '../../../apollo/cache.js';
import { Badge } from '../../../components/Badge.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import { graphql } from '../../../gql/index.js';
import type { RelationshipsTable_RelationshipFragment } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/I18nProvider.js';

export const RelationshipsTable_relationship = graphql(`
  fragment RelationshipsTable_relationship on Relationship {
    id
    type
    status
    origin
    createdAt
    endedAt
    endedBy
  }
`);

const EndRelationshipMutation = graphql(`
  mutation RelationshipsTableEndMutation($id: ID!) {
    endRelationship(id: $id) {
      id
      ...RelationshipsTable_relationship
    }
  }
`);

export function RelationshipsTable({ relationships, mayEnd, onChanged }: {
  relationships: readonly RelationshipsTable_RelationshipFragment[];
  mayEnd: boolean;
  onChanged(): void;
}) {
  const { t, date, problemText } = useI18n();
  const [end, { loading, error }] = useMutation(EndRelationshipMutation, { update: evictFields('customers', 'activityLog') });
  if (relationships.length === 0) return <p className="muted">{t('detail.rel.none')}</p>;

  const onEnd = async (id: string) => {
    if (!window.confirm(t('detail.endConfirm'))) return;
    await end({ variables: { id } }).then(onChanged, () => undefined);
  };

  return (
    <>
      {error ? (
        error.message && /active subscription/.test(error.message)
          ? <div className="notice notice--danger" role="alert">{problemText(error.message)}</div>
          : <ErrorNotice error={error} />
      ) : null}
      <div className="table-wrap">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('detail.rel.type')}</th>
              <th scope="col">{t('detail.rel.status')}</th>
              <th scope="col">{t('detail.rel.origin')}</th>
              <th scope="col">{t('detail.rel.created')}</th>
              <th scope="col">{t('detail.rel.ended')}</th>
              <th scope="col"><span className="visually-hidden">{t('customers.col.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {relationships.map((r) => (
              <tr key={r.id}>
                <th scope="row">{t(`rel.type.${r.type}`)}</th>
                <td><Badge tone={r.status === 'ACTIVE' ? 'success' : 'neutral'}>{t(`rel.${r.status}`)}</Badge></td>
                <td>{t(`rel.origin.${r.origin}`)}</td>
                <td>{date(r.createdAt)}</td>
                <td>{r.endedAt ? `${date(r.endedAt)}${r.endedBy ? ` ${t(`rel.endedBy.${r.endedBy}`)}` : ''}` : t('app.never')}</td>
                <td className="actions">
                  {mayEnd && r.status === 'ACTIVE' ? (
                    <button type="button" className="link-button link-button--danger" disabled={loading} onClick={() => void onEnd(r.id)}>
                      {t('detail.end')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
