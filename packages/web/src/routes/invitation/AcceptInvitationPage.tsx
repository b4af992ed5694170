import { invitationPath, type AcceptanceSurface, type AdminRole } from '@partnerlink/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { StatusPanel } from '../../components/StatusPanel.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { AcceptedSummary } from './AcceptedSummary.js';
import { AdminRolesSection } from './AdminRolesSection.js';
import { AdminTermFacts } from './AdminTermFacts.js';
import { endsAtIfApproved, roleTexts } from './adminTerms.js';
import { AnswerForm, type Accepted } from './AnswerForm.js';
import { BlockedState } from './BlockedState.js';
import { ClosedState } from './ClosedState.js';
import { InvitationDetails } from './InvitationDetails.js';
import { pageStateOf, type PageState } from './pageState.js';
import { SurfaceFrame } from './SurfaceFrame.js';
import { useInvitation } from './useInvitation.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';

type Outcome = { kind: 'accepted'; accepted: Accepted } | { kind: 'declined' } | { kind: 'state'; state: PageState };

/**
 * The customer's side of a link, on one of two surfaces: who asks and for what (readable without
 * an account), then sign-in, then Accept or Decline as the organisation's global admin. Every other
 * situation is its own page. Plain fetch, no Apollo: this route is its own small chunk.
 */
export function AcceptInvitationPage({ surface, token, onRedirect }: {
  surface: AcceptanceSurface;
  token: string;
  onRedirect(path: string): void;
}) {
  const { t, locale, date } = useI18n();
  const { data, failure, loading, retry } = useInvitation(token);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The roles the customer unticked (all are ticked by default).
  const [unticked, setUnticked] = useState<readonly AdminRole[]>([]);
  const [openedAt] = useState(() => Date.now());
  const rolesProblemId = useId();
  const outcomeRef = useRef<HTMLDivElement>(null);

  const loaded = data ? pageStateOf(data, surface) : null;
  const state = outcome?.kind === 'state' ? outcome.state : loaded;
  const redirectTo = loaded?.kind === 'redirect' ? invitationPath(loaded.surface, token) : null;

  useEffect(() => {
    if (redirectTo) onRedirect(redirectTo);
  }, [redirectTo, onRedirect]);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const invitation = data?.invitation ?? null;
  const viewer = data?.viewer ?? null;
  const partner = invitation?.partner.name ?? data?.replacedInvitationLink?.partner.name ?? '';
  const provider = invitation?.indirectProvider?.name ?? null;
  useDocumentTitle(partner ? t('title.invitation', { partner }) : t('title.invitationUnknown'));
  const tenant = viewer?.tenant.name ?? '';
  const here = typeof window === 'undefined' ? '/' : window.location.pathname;
  const signInHref = `/sign-in?next=${encodeURIComponent(here)}`;
  const user = viewer ? { name: viewer.displayName, tenant } : null;
  const access = invitation?.adminAccess ?? null;
  const roles = data && access ? roleTexts(data, locale, access.roles) : [];
  const approvedRoles = roles.map((role) => role.role).filter((role) => !unticked.includes(role));

  const body = (() => {
    if (loading) return <p className="page-loading" role="status">{t('app.loading')}</p>;
    if (failure) {
      return (
        <StatusPanel
          level={1}
          tone="warning"
          title={t(failure === 'NETWORK' ? 'invite.network.title' : 'invite.error.title')}
          actions={<button type="button" className="button button--primary" onClick={retry}>{t('app.retry')}</button>}
        >
          {failure === 'NETWORK' ? t('invite.network.text') : null}
        </StatusPanel>
      );
    }
    if (outcome?.kind === 'accepted') return <AcceptedSummary accepted={outcome.accepted} partner={partner} provider={provider} tenant={tenant} requested={roles} />;
    if (outcome?.kind === 'declined') {
      return <StatusPanel level={1} tone="info" title={t('invite.declined.title')}>{t('invite.declined.text', { partner })}</StatusPanel>;
    }
    if (!state || state.kind === 'redirect') return <p className="page-loading" role="status">{t('app.loading')}</p>;
    if (state.kind === 'closed' || !invitation) {
      const reason = state.kind === 'closed' ? state.reason : 'notFound';
      const replaced = data?.replacedInvitationLink ?? null;
      return (
        <ClosedState
          reason={reason}
          partner={invitation?.partner ?? replaced?.partner ?? null}
          replacedAt={replaced?.replacedAt}
          signedInCustomer={viewer?.tenant.kind === 'CUSTOMER'}
        />
      );
    }
    const action =
      state.kind === 'signIn' ? (
        <div className="answer">
          <p>{t('invite.signInNeeded')}</p>
          <a className="button button--primary" href={signInHref}>{t('invite.signIn')}</a>
        </div>
      ) : state.kind === 'blocked' && viewer ? (
        <BlockedState reason={state.reason} invitation={invitation} viewer={viewer} signInHref={signInHref} />
      ) : state.kind === 'answer' ? (
        <AnswerForm
          target={{ token }}
          partner={partner}
          provider={provider}
          tenant={tenant}
          includesReseller={invitation.includesReseller}
          admin={access ? { approvedRoles, endsOn: date(endsAtIfApproved(access.duration, openedAt)) } : null}
          needsAgreement={state.needsAgreement}
          onAccepted={(accepted) => setOutcome({ kind: 'accepted', accepted })}
          onDeclined={() => setOutcome({ kind: 'declined' })}
          onState={(next) => setOutcome({ kind: 'state', state: next })}
        />
      ) : null;
    const admin = access ? (
      <>
        <AdminRolesSection
          partner={partner}
          roles={roles}
          approved={approvedRoles}
          onChange={state.kind === 'answer' ? (next) => setUnticked(roles.map((r) => r.role).filter((r) => !next.includes(r))) : null}
          problemId={rolesProblemId}
        />
        <AdminTermFacts partner={partner} access={access} />
      </>
    ) : null;
    return <InvitationDetails invitation={invitation} admin={admin} action={action} answerable={state.kind !== 'blocked'} />;
  })();

  return (
    <SurfaceFrame surface={surface} user={user}>
      <div ref={outcomeRef} tabIndex={-1} className="outcome-focus">{body}</div>
    </SurfaceFrame>
  );
}
