import { useApolloClient, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useId, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { LoadMore } from '../../components/LoadMore.js';
import { graphql } from '../../gql/index.js';
import type { CustomerInboxQueryQuery } from '../../gql/graphql.js';
import { useLoadMore } from '../../hooks/useLoadMore.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useViewer } from '../../viewer/ViewerContext.js';
import { durationWords } from '../invitation/adminTerms.js';
import type { InboxOutcome } from './InboxAnswer.js';

const InboxAnswer = lazy(() => import('./InboxAnswer.js'));

export const CustomerInboxQuery = graphql(`
  query CustomerInboxQuery($first: Int!, $after: String, $locale: Locale!) {
    pendingInvitations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          request {
            id
            status
            createdAt
            expiresAt
          }
          partner {
            name
            partnerId
            country
            cloud
            contactEmail
          }
          indirectProvider {
            name
            country
            cloud
          }
          reachedBy
          includesReseller
          includesDelegatedAdmin
          adminAccess {
            roles
            duration
            autoExtend
            displayName
          }
          message
        }
      }
    }
    adminRoles(locale: $locale) {
      role
      displayName
      description
    }
  }
`);

export type InboxItem = CustomerInboxQueryQuery['pendingInvitations']['edges'][number]['node'];

const PAGE_SIZE = 10;

/**
 * The customer's inbox, for its global admins: the partner requests made for the organisation (or
 * opened by someone in it), each with who asks and for what, answered in place without the email.
 */
export function Inbox() {
  const { t, locale, date, country } = useI18n();
  const viewer = useViewer();
  const client = useApolloClient();
  const titleId = useId();
  const { data, error, refetch, fetchMore } = useQuery(CustomerInboxQuery, {
    variables: { first: PAGE_SIZE, locale },
    fetchPolicy: 'cache-and-network',
  });
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<{ outcome: InboxOutcome; partner: string } | null>(null);
  const connection = data?.pendingInvitations;
  const { loadingMore, loadMore } = useLoadMore(connection?.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));
  const roleName = new Map((data?.adminRoles ?? []).map((role) => [role.role, role.displayName]));
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });

  const onDone = (item: InboxItem, outcome: InboxOutcome) => {
    setOpen(null);
    setDone({ outcome, partner: item.partner.name });
    // An acceptance adds a partner (and may record the customer agreement): everything on the page reloads.
    const refreshed = outcome === 'accepted' ? client.refetchQueries({ include: 'active' }) : refetch();
    void Promise.resolve(refreshed).catch(() => undefined); // shown by the queries' own error states
  };

  const asks = (item: InboxItem) => {
    const access = item.adminAccess;
    if (!access) return t('inbox.asks.RESELLER');
    const [key, params] = durationWords(access.duration);
    const roles = list.format(access.roles.map((role) => roleName.get(role) ?? role));
    return t(item.includesReseller ? 'inbox.asks.RESELLER_ADMIN' : 'inbox.asks.ADMIN', { duration: t(key, params), roles });
  };

  const reachedBy = (item: InboxItem) =>
    item.reachedBy === 'DOMAIN'
      ? t('inbox.reachedBy.DOMAIN', { domain: viewer.tenant.domain })
      : t(`inbox.reachedBy.${item.reachedBy}`, { tenant: viewer.tenant.name });

  return (
    <section className="inbox" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {t('inbox.title')}
        {connection && connection.totalCount > 0 ? <span className="badge badge--info inbox__count">{t('inbox.count', { count: connection.totalCount })}</span> : null}
      </h2>
      <p className="muted">{t('inbox.lead', { tenant: viewer.tenant.name })}</p>
      <p className={done ? 'notice notice--success' : 'visually-hidden'} role="status">
        {done ? t(`inbox.${done.outcome}`, { partner: done.partner }) : null}
      </p>
      {error && !connection ? <ErrorNotice error={error} onRetry={() => void refetch()} /> : null}
      {connection && connection.edges.length === 0 ? <p className="inbox__empty">{t('inbox.empty')}</p> : null}
      {connection && connection.edges.length > 0 ? (
        <ul className="inbox__list">
          {connection.edges.map(({ node: item }) => {
            const id = item.request.id;
            const expanded = open === id;
            return (
              <li key={id} className="inbox-item" data-testid="inbox-item">
                <div className="inbox-item__head">
                  <h3 className="inbox-item__partner">{item.partner.name}</h3>
                  <p className="muted inbox-item__facts">
                    {t('inbox.partnerFacts', { partnerId: item.partner.partnerId, country: country(item.partner.country), cloud: t(`cloud.${item.partner.cloud}`) })}
                  </p>
                </div>
                <p className="inbox-item__asks">{asks(item)}</p>
                {item.indirectProvider ? (
                  <ul className="inbox-item__tiers" data-testid="inbox-two-tier">
                    <li>{t('invite.twoTier.bills', { provider: item.indirectProvider.name })}</li>
                    <li>{t('invite.twoTier.serves', { partner: item.partner.name, provider: item.indirectProvider.name })}</li>
                  </ul>
                ) : null}
                <p className="muted inbox-item__meta">
                  {reachedBy(item)} · {t('inbox.expires', { date: date(item.request.expiresAt) })}
                </p>
                {item.message ? (
                  <figure className="inbox-item__message">
                    <figcaption className="muted">{t('inbox.message', { partner: item.partner.name })}</figcaption>
                    <blockquote>{item.message}</blockquote>
                  </figure>
                ) : null}
                <button
                  type="button"
                  className={expanded ? 'button' : 'button button--primary'}
                  aria-expanded={expanded}
                  aria-controls={`inbox-answer-${id}`}
                  onClick={() => setOpen(expanded ? null : id)}
                >
                  {expanded ? t('inbox.close') : t('inbox.review')}
                </button>
                {expanded ? (
                  <div id={`inbox-answer-${id}`} role="region" aria-label={t('inbox.answerLabel', { partner: item.partner.name })} className="inbox-item__answer">
                    <Suspense fallback={<p className="page-loading" role="status">{t('app.loading')}</p>}>
                      <InboxAnswer item={item} onDone={(outcome) => onDone(item, outcome)} />
                    </Suspense>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {connection && connection.pageInfo.hasNextPage ? (
        <LoadMore shown={connection.edges.length} total={connection.totalCount} hasNextPage loading={loadingMore} onLoadMore={() => void loadMore()} />
      ) : null}
    </section>
  );
}
