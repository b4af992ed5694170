import { useMutation } from '@apollo/client/react';
import { COUNTRY_CODES, mayRelate, newCustomerProblems, type AgreementFields as AgreementValues } from '@partnerlink/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { evictFields } from '../../../apollo/cache.js';
import { errorCodeOf } from '../../../errors/errorCode.js';
import { errorFieldOf, errorProblemOf } from '../../../errors/errorDetails.js';
import { AgreementFields } from '../../../components/AgreementFields.js';
import { Field } from '../../../components/Field.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { graphql } from '../../../gql/index.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useCanRun, useViewer } from '../../../viewer/ViewerContext.js';
import { MayNotAddCustomers } from './MayNotAddCustomers.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';

const AddCustomerPageMutation = graphql(`
  mutation AddCustomerPageMutation($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      id
      ...CustomerRow_customer
    }
  }
`);

const EMPTY = { companyName: '', domain: '', country: '', contactName: '', contactEmail: '' };
type Values = typeof EMPTY;
const today = () => new Date().toISOString().slice(0, 10);

/** createCustomer for the roles that may run it; the others learn who may. */
export function AddCustomerPage() {
  const { t } = useI18n();
  useDocumentTitle(t('addCustomer.title'), t('customers.title'));
  return useCanRun()('createCustomer') ? <AddCustomerForm /> : <MayNotAddCustomers />;
}

/** createCustomer: a new tenant with an active reseller relationship, optionally with the agreement. */
function AddCustomerForm() {
  const { t, country, errorText, problemText, locale } = useI18n();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(EMPTY);
  const [withAgreement, setWithAgreement] = useState(false);
  const [agreement, setAgreement] = useState<AgreementValues>({ signerName: '', signerEmail: '', acceptedOn: today() });
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<{ field?: string; message: string } | null>(null);
  const [create, { loading }] = useMutation(AddCustomerPageMutation, { update: evictFields('customers', 'activityLog') });

  const countries = useMemo(
    () => COUNTRY_CODES.filter((code) => mayRelate(viewer.tenant.country, code))
      .map((code) => ({ code, name: country(code) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
    [viewer.tenant.country, country, locale],
  );

  const problems = newCustomerProblems({ ...values, agreement: withAgreement ? agreement : null }, new Date());
  const errorFor = (field: string): string | undefined => {
    if (server?.field === field) return server.message;
    const problem = problems.find((p) => p.field === field);
    return problem && (submitted || touched.has(field)) ? problemText(problem.problem) : undefined;
  };
  const touch = (field: string) => setTouched((prev) => new Set(prev).add(field));
  const set = (field: keyof Values) => (event: { target: { value: string } }) => {
    setValues({ ...values, [field]: event.target.value });
    if (server?.field === field) setServer(null);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setServer(null);
    if (problems.length > 0) return;
    try {
      const result = await create({ variables: { input: { ...values, agreement: withAgreement ? agreement : null } } });
      if (result.data) navigate(`/customers/${encodeURIComponent(result.data.createCustomer.id)}`);
    } catch (error) {
      const code = errorCodeOf(error);
      const message = code === 'BAD_USER_INPUT' ? problemText(errorProblemOf(error)) : errorText(code ?? 'INTERNAL_SERVER_ERROR');
      const field = errorFieldOf(error)?.replace(/^input\./, '');
      setServer(field ? { field, message } : { message });
    }
  };

  return (
    <>
      <p className="breadcrumb"><Link to="/customers">← {t('detail.back')}</Link></p>
      <PageHeader title={t('addCustomer.title')} lead={t('addCustomer.lead')} />
      <form className="card form" onSubmit={onSubmit} noValidate>
        <div className="form-grid">
          <Field label={t('addCustomer.company')} error={errorFor('companyName')}>
            <input value={values.companyName} onChange={set('companyName')} onBlur={() => touch('companyName')} autoComplete="organization" />
          </Field>
          <Field label={t('addCustomer.domain')} hint={t('addCustomer.domainHint')} error={errorFor('domain')}>
            <input value={values.domain} onChange={set('domain')} onBlur={() => touch('domain')} autoComplete="off" spellCheck={false} />
          </Field>
          <Field label={t('addCustomer.country')} hint={t('addCustomer.countryHint')} error={errorFor('country')}>
            <select value={values.country} onChange={set('country')} onBlur={() => touch('country')}>
              <option value="">{t('addCustomer.countryChoose')}</option>
              {countries.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
            </select>
          </Field>
          <Field label={t('addCustomer.contactName')} error={errorFor('contactName')}>
            <input value={values.contactName} onChange={set('contactName')} onBlur={() => touch('contactName')} autoComplete="name" />
          </Field>
          <Field label={t('addCustomer.contactEmail')} error={errorFor('contactEmail')}>
            <input type="email" value={values.contactEmail} onChange={set('contactEmail')} onBlur={() => touch('contactEmail')} autoComplete="email" />
          </Field>
        </div>
        <div className="checkbox-field">
          <input id="with-agreement" type="checkbox" checked={withAgreement} onChange={(e) => setWithAgreement(e.target.checked)} />
          <label htmlFor="with-agreement">{t('addCustomer.agreementToggle')}</label>
        </div>
        {withAgreement ? (
          <fieldset className="fieldset">
            <legend>{t('addCustomer.agreementLegend')}</legend>
            <AgreementFields
              values={agreement}
              onChange={setAgreement}
              onBlur={(field) => touch(`agreement.${field}`)}
              errors={{
                signerName: errorFor('agreement.signerName'),
                signerEmail: errorFor('agreement.signerEmail'),
                acceptedOn: errorFor('agreement.acceptedOn'),
              }}
            />
          </fieldset>
        ) : null}
        {server && !server.field ? <div className="notice notice--danger" role="alert">{server.message}</div> : null}
        {submitted && problems.length > 0 ? <div className="notice notice--danger" role="alert">{t('addCustomer.fixErrors')}</div> : null}
        <div className="button-row button-row--end">
          <Link className="button" to="/customers">{t('app.cancel')}</Link>
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? t('addCustomer.busy') : t('addCustomer.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
