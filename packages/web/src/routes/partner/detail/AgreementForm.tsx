import { useMutation } from '@apollo/client/react';
import { agreementProblems, type AgreementFields as Values } from '@partnerlink/shared';
import { useState, type FormEvent } from 'react';
import { errorCodeOf } from '../../../errors/errorCode.js';
import { errorFieldOf, errorProblemOf } from '../../../errors/errorDetails.js';
import { evictFields } from '../../../apollo/cache.js';
import { AgreementFields } from '../../../components/AgreementFields.js';
import { graphql } from '../../../gql/index.js';
import { useI18n } from '../../../i18n/I18nProvider.js';

const AgreementFormMutation = graphql(`
  mutation AgreementFormMutation($customerId: ID!, $input: CustomerAgreementInput!) {
    recordCustomerAgreement(customerId: $customerId, input: $input) {
      id
      customerAgreementAccepted
      canPurchase
      purchaseBlocker {
        code
        message
      }
      customerAgreement {
        signerName
        signerEmail
        acceptedAt
      }
    }
  }
`);

/** Records the customer's acceptance of the customer agreement (needed to purchase). */
export function AgreementForm({ customerId }: { customerId: string }) {
  const { t, problemText, errorText } = useI18n();
  const [values, setValues] = useState<Values>({ signerName: '', signerEmail: '', acceptedOn: new Date().toISOString().slice(0, 10) });
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<{ field?: string; message: string } | null>(null);
  const [record, { loading }] = useMutation(AgreementFormMutation, { update: evictFields('activityLog') });
  const problems = agreementProblems(values, new Date());
  const errorFor = (field: keyof Values) => {
    if (server?.field === field) return server.message;
    const problem = problems.find((p) => p.field === field);
    return submitted && problem ? problemText(problem.problem) : undefined;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setServer(null);
    if (problems.length > 0) return;
    try {
      await record({ variables: { customerId, input: values } });
    } catch (error) {
      const code = errorCodeOf(error) ?? 'INTERNAL_SERVER_ERROR';
      const message = code === 'BAD_USER_INPUT' ? problemText(errorProblemOf(error)) : errorText(code);
      const field = errorFieldOf(error)?.replace(/^input\./, '');
      setServer(field ? { field, message } : { message });
    }
  };

  return (
    <form className="form form--compact" onSubmit={onSubmit} noValidate>
      <AgreementFields values={values} onChange={setValues} errors={{ signerName: errorFor('signerName'), signerEmail: errorFor('signerEmail'), acceptedOn: errorFor('acceptedOn') }} />
      {server && !['signerName', 'signerEmail', 'acceptedOn'].includes(server.field ?? '') ? (
        <div className="notice notice--danger" role="alert">{server.message}</div>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? t('agreementForm.busy') : t('agreementForm.submit')}
        </button>
      </div>
    </form>
  );
}
