import { declineReasonProblem, type AdminRole, type AnswerTarget } from '@partnerlink/shared';
import { useId, useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import {
  AcceptInvitationMutationDocument,
  DeclineInvitationMutationDocument,
  type AcceptInvitationMutationMutation,
} from '../../gql/acceptance.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { failureCodeOf, type FailureCode } from '../../errors/errorCode.js';
import { graphqlFetch } from './graphqlFetch.js';
import { stateOfAnswerError, type PageState } from './pageState.js';
import { DeclineReasonFields, type DeclineChoice } from './DeclineReasonFields.js';

/** Where the customer agreement's text is published. */
export const CUSTOMER_AGREEMENT_URL = 'https://www.microsoft.com/licensing/docs/customeragreement';

export type Accepted = AcceptInvitationMutationMutation['acceptRelationshipRequest'] & { agreementAccepted: boolean };

/**
 * The agreement checkbox (when the tenant has not accepted it yet), Accept and Decline, each
 * confirmed. With admin access asked for, accepting sends the ticked roles (`approvedRoles`) and
 * is disabled while none is ticked.
 */
export function AnswerForm({ target, partner, provider = null, tenant, includesReseller, admin, needsAgreement, onAccepted, onDeclined, onState }: {
  /** The link's token (the acceptance page) or the request's id (the customer's inbox). */
  target: AnswerTarget;
  partner: string;
  /** Two tiers: the indirect provider the partner works through (it becomes reseller of record). */
  provider?: string | null;
  tenant: string;
  includesReseller: boolean;
  /** The ticked roles and the end if accepted now (in words); null without admin access. */
  admin: { approvedRoles: readonly AdminRole[]; endsOn: string } | null;
  needsAgreement: boolean;
  onAccepted(result: Accepted): void;
  onDeclined(): void;
  onState(state: PageState): void;
}) {
  const { t, errorText, problemText } = useI18n();
  const problemId = useId();
  const checkbox = useRef<HTMLInputElement>(null);
  const [agree, setAgree] = useState(false);
  const [agreementProblem, setAgreementProblem] = useState(false);
  const [confirming, setConfirming] = useState<'accept' | 'decline' | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FailureCode | null>(null);
  const [why, setWhy] = useState<DeclineChoice>({ reason: null, text: '' });
  const [whyProblem, setWhyProblem] = useState<string | null>(null);

  const open = (which: 'accept' | 'decline') => {
    setFailure(null);
    if (which === 'accept' && needsAgreement && !agree) {
      setAgreementProblem(true);
      checkbox.current?.focus();
      return;
    }
    setConfirming(which);
  };

  const run = async (which: 'accept' | 'decline') => {
    setBusy(true);
    setFailure(null);
    try {
      if (which === 'accept') {
        const acceptCustomerAgreement = needsAgreement ? true : null;
        const approvedRoles = admin ? [...admin.approvedRoles] : null;
        const data = await graphqlFetch(AcceptInvitationMutationDocument, { ...target, acceptCustomerAgreement, approvedRoles });
        onAccepted({ ...data.acceptRelationshipRequest, agreementAccepted: needsAgreement });
      } else {
        const problem = declineReasonProblem(why.reason, why.reason === 'OTHER' ? why.text : null);
        if (problem) {
          setBusy(false);
          setWhyProblem(problemText(problem.problem));
          return;
        }
        await graphqlFetch(DeclineInvitationMutationDocument, { ...target, reason: why.reason, reasonText: why.reason === 'OTHER' ? why.text : null });
        onDeclined();
      }
    } catch (caught) {
      const code = failureCodeOf(caught);
      const state = code === 'NETWORK' ? null : stateOfAnswerError(code);
      setBusy(false);
      if (state) onState(state);
      else if (code === 'CUSTOMER_AGREEMENT_REQUIRED') {
        setConfirming(null);
        setAgreementProblem(true);
      } else setFailure(code);
    }
  };

  const noRoles = admin !== null && admin.approvedRoles.length === 0;
  const noRolesId = `${problemId}-roles`;
  const reason = failure === 'NETWORK' ? t('invite.network.text') : failure ? errorText(failure) : null;
  return (
    <div className="answer">
      {needsAgreement ? (
        <fieldset className="agreement">
          <legend>{t('invite.agreement.title')}</legend>
          <p className="muted">
            {t('invite.agreement.lead')}{' '}
            <a href={CUSTOMER_AGREEMENT_URL} target="_blank" rel="noreferrer">
              {t('invite.agreement.read')} <span className="visually-hidden">{t('invite.agreement.newTab')}</span>
            </a>
          </p>
          <div className="checkbox-field">
            <input
              ref={checkbox}
              id="accept-agreement"
              type="checkbox"
              required
              checked={agree}
              aria-invalid={agreementProblem && !agree ? true : undefined}
              aria-describedby={agreementProblem && !agree ? problemId : undefined}
              onChange={(e) => setAgree(e.target.checked)}
            />
            <label htmlFor="accept-agreement">{t('invite.acceptAgreement')}</label>
          </div>
          {agreementProblem && !agree ? <p id={problemId} className="field__error" role="alert">{t('invite.acceptAgreementNeeded')}</p> : null}
        </fieldset>
      ) : includesReseller ? (
        <p className="muted">{t('invite.agreementOnFile')}</p>
      ) : null}
      {noRoles ? <p id={noRolesId} className="muted">{t('invite.roles.none')}</p> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={noRoles}
          aria-describedby={noRoles ? noRolesId : undefined}
          onClick={() => open('accept')}
        >
          {t('invite.accept')}
        </button>
        <button type="button" className="button" onClick={() => open('decline')}>{t('invite.decline')}</button>
      </div>
      {confirming === 'accept' ? (
        <ConfirmDialog
          title={t(includesReseller ? 'invite.confirmAccept.title' : 'invite.confirmAccept.adminOnly.title', { partner })}
          confirmLabel={t('invite.confirmAccept.submit')}
          busyLabel={t('invite.busy')}
          busy={busy}
          problem={reason ? t('invite.failed', { reason }) : null}
          onConfirm={() => void run('accept')}
          onCancel={() => setConfirming(null)}
        >
          {includesReseller ? <p>{t('invite.confirmAccept.text', { partner: provider ?? partner, tenant })}</p> : null}
          {includesReseller && provider ? <p>{t('invite.twoTier.serves', { partner, provider })}</p> : null}
          {admin ? <p>{t('invite.confirmAccept.roles', { partner, tenant, count: admin.approvedRoles.length, date: admin.endsOn })}</p> : null}
          {needsAgreement ? <p>{t('invite.confirmAccept.agreement', { tenant })}</p> : null}
        </ConfirmDialog>
      ) : null}
      {confirming === 'decline' ? (
        <ConfirmDialog
          danger
          title={t('invite.confirmDecline.title', { partner })}
          confirmLabel={t('invite.confirmDecline.submit')}
          busyLabel={t('invite.busy')}
          busy={busy}
          problem={reason ? t('invite.failed', { reason }) : null}
          onConfirm={() => void run('decline')}
          onCancel={() => setConfirming(null)}
        >
          <p>{t('invite.confirmDecline.text', { partner })}</p>
          <DeclineReasonFields
            value={why}
            problem={whyProblem}
            onChange={(next) => {
              setWhy(next);
              setWhyProblem(null);
            }}
          />
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
