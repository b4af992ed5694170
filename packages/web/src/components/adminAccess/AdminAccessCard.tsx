import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql/index.js';
import type { AdminAccessCard_CustomerFragment } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Badge } from '../Badge.js';
import { NewRequestDialog, type AdminOnly } from '../NewRequestDialog.js';
import { AdminAccessAsked } from './AdminAccessAsked.js';
import { useAdminText } from './messages.js';
import { renewalChoice } from './renewal.js';
import { RoleList } from './RoleList.js';

export const AdminAccessCard_customer = graphql(`
  fragment AdminAccessCard_customer on Customer {
    id
    companyName
    resellerRelationship {
      id
      status
    }
    adminRelationship {
      id
      status
      roles
      displayName
      duration
      autoExtend
      endsAt
      endedAt
      expiringSoon
    }
  }
`);

const AdminAccessCardPendingQuery = graphql(`
  query AdminAccessCardPendingQuery($customerId: ID!) {
    relationshipRequests(first: 1, status: PENDING, customerId: $customerId) {
      edges {
        node {
          id
          expiresAt
          adminAccess {
            roles
            duration
            autoExtend
          }
        }
      }
    }
  }
`);

const DAY = 24 * 60 * 60 * 1000;

/** The customer detail page's "Admin access": the admin relationship, a pending request, and asking or renewing. */
export function AdminAccessCard({ customer, mayRequest }: { customer: AdminAccessCard_CustomerFragment; mayRequest: boolean }) {
  const { t, date } = useI18n();
  const at = useAdminText();
  const [asking, setAsking] = useState<AdminOnly | null>(null);
  const [now] = useState(() => Date.now());
  const pendingQuery = useQuery(AdminAccessCardPendingQuery, { variables: { customerId: customer.id }, fetchPolicy: 'cache-and-network' });
  const pending = pendingQuery.data?.relationshipRequests.edges.map((edge) => edge.node).find((node) => node.adminAccess) ?? null;
  const relationship = customer.adminRelationship;
  const active = relationship?.status === 'ACTIVE';
  const resells = customer.resellerRelationship?.status === 'ACTIVE';
  const daysLeft = relationship?.endsAt ? Math.ceil((new Date(relationship.endsAt).getTime() - now) / DAY) : null;
  const action = !relationship ? 'admin.card.request' : active ? 'admin.card.renew' : 'admin.card.requestAgain';

  return (
    <section className="card admin-card" aria-labelledby="admin-heading" data-testid="admin-card">
      <h2 id="admin-heading">{at('admin.title')}</h2>
      {relationship ? (
        <>
          <dl className="facts">
            <dt>{t('detail.rel.status')}</dt>
            <dd>
              <Badge tone={active ? 'success' : 'neutral'}>{t(`rel.${relationship.status}`)}</Badge>{' '}
              {active ? null : at(`admin.card.${relationship.status === 'EXPIRED' ? 'EXPIRED' : 'TERMINATED'}`, { date: date(relationship.endedAt ?? relationship.endsAt) })}
            </dd>
            <dt>{at('admin.card.name')}</dt>
            <dd>{relationship.displayName ?? t('app.never')}</dd>
            {active ? (
              <>
                <dt>{at('admin.card.ends')}</dt>
                <dd data-testid="admin-ends">
                  {date(relationship.endsAt)}{' '}
                  {relationship.expiringSoon && daysLeft !== null ? (
                    <Badge tone="warning">{daysLeft <= 1 ? at('admin.card.endsToday') : at('admin.card.endsIn', { days: daysLeft })}</Badge>
                  ) : null}
                </dd>
                <dt>{at('admin.card.extension')}</dt>
                <dd>{at(relationship.autoExtend ? 'admin.card.autoExtend' : 'admin.card.noAutoExtend')}</dd>
              </>
            ) : null}
          </dl>
          <h3 className="admin-card__roles">{at('admin.card.roles')}</h3>
          <RoleList roles={relationship.roles ?? []} />
        </>
      ) : (
        <p className="muted">{at('admin.card.none')}</p>
      )}
      {pending?.adminAccess ? (
        <div className="notice notice--info" data-testid="admin-pending">
          <p>{at('admin.card.pending', { date: date(pending.expiresAt) })}</p>
          <p><AdminAccessAsked access={pending.adminAccess} /></p>
          <Link to={`/requests?status=PENDING&request=${encodeURIComponent(pending.id)}`}>{at('admin.card.openPending')}</Link>
        </div>
      ) : null}
      {!resells && !active ? <p className="muted">{at('admin.card.needsReseller')}</p> : null}
      {mayRequest && resells && !pending ? (
        <div className="button-row">
          <button
            type="button"
            className={active ? 'button' : 'button button--primary'}
            onClick={() => setAsking(relationship?.roles ? { initial: renewalChoice(relationship), renewal: active } : {})}
          >
            {at(action)}
          </button>
          {active ? <span className="field__hint">{at('admin.card.renewHint')}</span> : null}
        </div>
      ) : null}
      {asking ? (
        <NewRequestDialog customer={{ id: customer.id, companyName: customer.companyName }} adminOnly={asking} onClose={() => setAsking(null)} />
      ) : null}
    </section>
  );
}
