import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { evictFields } from '../../../apollo/cache.js';
import { errorCodeOf } from '../../../errors/errorCode.js';
import { Badge } from '../../../components/Badge.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
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
  mutation RelationshipsTableEndMutation($id: ID!, $alsoEndAdminRelationship: Boolean) {
    endRelationship(id: $id, alsoEndAdminRelationship: $alsoEndAdminRelationship) {
      id
      ...RelationshipsTable_relationship
    }
  }
`);

export function RelationshipsTable({ relationships, mayEnd, onChanged, activeSubscriptions = 0 }: {
  relationships: readonly RelationshipsTable_RelationshipFragment[];
  mayEnd: boolean;
  /** Subscriptions this partner sold that are still active: they keep the reseller relationship from ending. */
  activeSubscriptions?: number;
  onChanged(): void;
}) {
  const { t, date, errorText } = useI18n();
  const [end, { loading, error, reset }] = useMutation(EndRelationshipMutation, { update: evictFields('customers', 'activityLog') });
  const [confirming, setConfirming] = useState<RelationshipsTable_RelationshipFragment | null>(null);
  const [alsoAdmin, setAlsoAdmin] = useState(true);
  if (relationships.length === 0) return <p className="muted">{t('detail.rel.none')}</p>;
  const adminActive = relationships.some((r) => r.type === 'DELEGATED_ADMIN' && r.status === 'ACTIVE');

  const onConfirm = async () => {
    if (!confirming) return;
    const result = await end({ variables: { id: confirming.id, alsoEndAdminRelationship: alsoAdmin } }).catch(() => null);
    if (!result?.data) return;
    setConfirming(null);
    onChanged();
  };
  // The server refuses while subscriptions are active: the dialog says so before the click.
  const blocked = confirming?.type === 'RESELLER' && activeSubscriptions > 0;
  const code = errorCodeOf(error);
  const problem = error ? (code === 'FAILED_PRECONDITION' ? t('detail.end.blocked') : errorText(code ?? 'INTERNAL_SERVER_ERROR')) : null;

  return (
    <>
      {confirming ? (
        <ConfirmDialog
          danger
          title={t('detail.end.title', { type: t(`rel.type.${confirming.type}`) })}
          confirmLabel={t('detail.end')}
          busyLabel={t('detail.sub.busy')}
          busy={loading}
          confirmDisabled={blocked}
          problem={problem}
          onConfirm={() => void onConfirm()}
          onCancel={() => setConfirming(null)}
        >
          <p>{t('detail.end.text')}</p>
          {blocked ? (
            <p className="notice notice--warning" data-testid="end-blocked">{t('detail.end.activeSubscriptions', { count: activeSubscriptions })}</p>
          ) : null}
          {confirming.type === 'RESELLER' && adminActive && !blocked ? (
            <p data-testid="end-admin">{t(alsoAdmin ? 'detail.end.adminToo' : 'detail.end.adminKept')}</p>
          ) : null}
          {confirming.type === 'RESELLER' && adminActive ? (
            <div className="checkbox-field">
              <input id="also-end-admin" type="checkbox" checked={alsoAdmin} onChange={(e) => setAlsoAdmin(e.target.checked)} />
              <label htmlFor="also-end-admin">{t('detail.end.alsoAdmin')}</label>
            </div>
          ) : null}
        </ConfirmDialog>
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
                    <button
                      type="button"
                      className="link-button link-button--danger"
                      aria-label={`${t('detail.end')}: ${t(`rel.type.${r.type}`)}`}
                      onClick={() => {
                        reset();
                        setAlsoAdmin(true);
                        setConfirming(r);
                      }}
                    >
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
