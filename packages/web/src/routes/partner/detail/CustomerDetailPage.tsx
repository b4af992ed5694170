import { useQuery } from '@apollo/client/react';
import { subscriptionsBlockingEnd } from '@partnerlink/shared';
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import { LazyAdminAccessCard } from '../../../components/adminAccess/lazy.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import { NewRequestDialog } from '../../../components/NewRequestDialog.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { StatusPanel } from '../../../components/StatusPanel.js';
import { graphql } from '../../../gql/index.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useCanRun } from '../../../viewer/ViewerContext.js';
import { AgreementForm } from './AgreementForm.js';
import { OnboardingChecklist, type Step } from './OnboardingChecklist.js';
import { PurchaseForm } from './PurchaseForm.js';
import { ReadyToEnd } from './ReadyToEnd.js';
import { RelationshipsTable } from './RelationshipsTable.js';
import { SubscriptionRow } from './SubscriptionRow.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';

// The customer's requests and activity: their own chunk, fetched when the page first shows them.
const CustomerHistory = lazy(async () => ({ default: (await import('./CustomerHistory.js')).CustomerHistory }));

export const CustomerDetailPageQuery = graphql(`
  query CustomerDetailPageQuery($id: ID!) {
    customer(id: $id) {
      id
      companyName
      domain
      country
      cloud
      contactName
      contactEmail
      createdAt
      customerAgreementAccepted
      customerAgreement {
        signerName
        signerEmail
        acceptedAt
      }
      resellerRelationship {
        id
        status
      }
      indirectReseller {
        id
        name
      }
      indirectProvider {
        id
        name
      }
      adminRelationship {
        id
        status
      }
      ...AdminAccessCard_customer
      canPurchase
      purchaseBlocker {
        code
        message
      }
      relationships {
        id
        ...RelationshipsTable_relationship
      }
      subscriptions {
        id
        ...SubscriptionRow_subscription
      }
    }
  }
`);

/** One customer: data, onboarding checklist, relationships, subscriptions, purchase, its requests and activity. */
export function CustomerDetailPage() {
  const { t, country, date } = useI18n();
  const { id = '' } = useParams();
  const canRun = useCanRun();
  const [requesting, setRequesting] = useState<'reseller' | 'admin' | null>(null);
  const { data, loading, error, refetch } = useQuery(CustomerDetailPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  useDocumentTitle(data?.customer?.companyName, t('customers.title'));
  const customer = data?.customer;
  const back = <p className="breadcrumb"><Link to="/customers">← {t('detail.back')}</Link></p>;

  if (error) return <>{back}<ErrorNotice error={error} onRetry={() => void refetch()} /></>;
  if (!customer) {
    return loading ? <p className="page-loading" role="status">{t('app.loading')}</p> : (
      <>{back}<StatusPanel tone="warning" title={t('app.notFound.title')}>{t('detail.notFound')}</StatusPanel></>
    );
  }

  const resellerActive = customer.resellerRelationship?.status === 'ACTIVE';
  const adminActive = customer.adminRelationship?.status === 'ACTIVE';
  const mayRequest = canRun('requestResellerRelationship');
  const requestButton = (label: string, kind: 'reseller' | 'admin') => mayRequest ? (
    <button type="button" className="button button--small" onClick={() => setRequesting(kind)}>{label}</button>
  ) : null;
  const steps: Step[] = [
    { key: 'reseller', done: resellerActive, detail: resellerActive ? null : requestButton(t('detail.inviteAgain'), 'reseller') },
    {
      key: 'agreement',
      done: customer.customerAgreementAccepted,
      detail: customer.customerAgreement
        ? t('detail.agreementBy', { name: customer.customerAgreement.signerName ?? '—', date: date(customer.customerAgreement.acceptedAt) })
        : resellerActive && canRun('recordCustomerAgreement') ? <AgreementForm customerId={customer.id} /> : null,
    },
    { key: 'admin', done: adminActive, detail: adminActive || !resellerActive ? null : requestButton(t('detail.requestAdmin'), 'admin') },
    { key: 'purchase', done: customer.subscriptions.length > 0 },
  ];
  const mayUpdate = canRun('updateSubscription');
  // Two tiers, an indirect reseller: its provider sold the subscriptions and orders; they do not keep the reseller's own relationship from ending.
  const provider = customer.indirectProvider;

  return (
    <>
      {back}
      <PageHeader title={customer.companyName} lead={`${customer.domain} · ${country(customer.country)}`} />
      {customer.indirectProvider ? (
        <p className="notice notice--info" data-testid="detail-billed-by">{t('detail.billedBy', { provider: customer.indirectProvider.name })}</p>
      ) : customer.indirectReseller ? (
        <p className="notice notice--info" data-testid="detail-through">{t('detail.through', { reseller: customer.indirectReseller.name })}</p>
      ) : null}
      <div className="detail-grid">
        <section className="card" aria-labelledby="company-heading">
          <h2 id="company-heading">{t('detail.company')}</h2>
          <dl className="facts">
            <dt>{t('detail.domain')}</dt><dd className="mono">{customer.domain}</dd>
            <dt>{t('detail.country')}</dt><dd>{country(customer.country)}</dd>
            <dt>{t('detail.cloud')}</dt><dd>{t(`cloud.${customer.cloud}`)}</dd>
            <dt>{t('detail.contact')}</dt>
            <dd>{customer.contactName ?? t('app.never')}{customer.contactEmail ? <><br /><a href={`mailto:${customer.contactEmail}`}>{customer.contactEmail}</a></> : null}</dd>
            <dt>{t('detail.since')}</dt><dd>{date(customer.createdAt)}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="checklist-heading">
          <h2 id="checklist-heading">{t('detail.checklist')}</h2>
          <OnboardingChecklist steps={steps} />
        </section>
      </div>
      <LazyAdminAccessCard customer={customer} mayRequest={canRun('requestAdminRelationship')} />
      <section className="card" aria-labelledby="relationships-heading">
        <h2 id="relationships-heading">{t('detail.relationships')}</h2>
        <RelationshipsTable relationships={customer.relationships} activeSubscriptions={provider ? 0 : subscriptionsBlockingEnd(customer.subscriptions).length} mayEnd={canRun('endRelationship')} onChanged={() => void refetch()} />
        {resellerActive && !provider && canRun('endRelationship') ? (
          <ReadyToEnd subscriptions={customer.subscriptions} mayCancel={mayUpdate} onChanged={() => void refetch()} />
        ) : null}
      </section>
      <section className="card" aria-labelledby="subscriptions-heading">
        <h2 id="subscriptions-heading">{t('detail.subscriptions')}</h2>
        {customer.subscriptions.length === 0 ? <p className="muted">{t('detail.sub.none')}</p> : (
          <div className="table-wrap" tabIndex={0}>
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t('detail.sub.product')}</th>
                  <th scope="col">{t('detail.sub.quantity')}</th>
                  <th scope="col">{t('detail.sub.status')}</th>
                  <th scope="col" className="actions">{t('detail.sub.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {customer.subscriptions.map((s) => <SubscriptionRow key={s.id} subscription={s} mayUpdate={mayUpdate} onChanged={() => void refetch()} />)}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="purchase-heading">
        <h2 id="purchase-heading">{t('detail.purchase')}</h2>
        {provider ? <p className="notice notice--info">{t('detail.billedBy', { provider: provider.name })}</p> : <PurchaseForm customerId={customer.id} associated={customer.indirectReseller} blocker={customer.canPurchase ? null : customer.purchaseBlocker ?? { code: 'FORBIDDEN' }} mayOrder={canRun('placeOrder')} onOrdered={() => void refetch()} />}
      </section>
      <Suspense fallback={<p className="page-loading" role="status">{t('app.loading')}</p>}>
        <CustomerHistory customerId={customer.id} />
      </Suspense>
      {requesting ? (
        <NewRequestDialog
          customer={{ id: customer.id, companyName: customer.companyName }}
          adminOnly={requesting === 'admin' ? {} : null}
          onClose={() => setRequesting(null)}
        />
      ) : null}
    </>
  );
}
