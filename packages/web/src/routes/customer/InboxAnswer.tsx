import { answerBlocker, type AdminRole } from '@partnerlink/shared';
import { useEffect, useId, useState } from 'react';
import { Navigate } from 'react-router';
import { InboxAnswerRolesQueryDocument, type InboxAnswerRolesQueryQuery } from '../../gql/acceptance.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useViewer } from '../../viewer/ViewerContext.js';
import { AdminRolesSection } from '../invitation/AdminRolesSection.js';
import { AdminTermFacts } from '../invitation/AdminTermFacts.js';
import { endsAtIfApproved, roleTexts } from '../invitation/adminTerms.js';
import { AnswerForm } from '../invitation/AnswerForm.js';
import { BlockedState } from '../invitation/BlockedState.js';
import { graphqlFetch } from '../invitation/graphqlFetch.js';
import type { BlockedReason } from '../invitation/pageState.js';
import type { InboxItem } from './Inbox.js';

/** How answering an inbox item ended: the inbox says so and loads again. */
export type InboxOutcome = 'accepted' | 'declined' | 'gone';

/**
 * Answering a request from the inbox, as on the acceptance page but without the link: the roles
 * asked for (each a checkbox), the term, then Accept or Decline with a reason, sent by request id.
 * A request this organisation may not accept (the partner's market or cloud) says why instead.
 * Its own chunk: most visits to the partners page answer nothing.
 */
export default function InboxAnswer({ item, onDone }: { item: InboxItem; onDone(outcome: InboxOutcome): void }) {
  const { locale, date } = useI18n();
  const viewer = useViewer();
  const rolesProblemId = useId();
  const [catalogue, setCatalogue] = useState<InboxAnswerRolesQueryQuery | null>(null);
  const [unticked, setUnticked] = useState<readonly AdminRole[]>([]);
  const [blocked, setBlocked] = useState<BlockedReason | null>(null);
  const [signedOut, setSignedOut] = useState(false);
  const [openedAt] = useState(() => Date.now());
  const access = item.adminAccess;

  useEffect(() => {
    if (!access) return;
    const controller = new AbortController();
    // Without the catalogue the roles show by their ids: still answerable.
    graphqlFetch(InboxAnswerRolesQueryDocument, {}, controller.signal).then(setCatalogue, () => undefined);
    return () => controller.abort();
  }, [access]);

  const partner = item.partner.name;
  const tenant = viewer.tenant;
  // The same checks the api makes, in its order: only the market and cloud can stop an inbox item.
  const blocker = answerBlocker(
    { status: 'PENDING', partner: item.partner, indirectProvider: item.indirectProvider, customer: null },
    { roles: viewer.roles, tenant: { kind: tenant.kind, id: tenant.id, domain: tenant.domain, cloud: tenant.cloud, country: tenant.country } },
  );
  const reason = blocked ?? (blocker?.code === 'CLOUD_MISMATCH' || blocker?.code === 'REGION_NOT_ALLOWED' ? blocker.code : null);
  if (signedOut) return <Navigate to="/sign-in?next=%2F" replace />;
  if (reason) return <BlockedState reason={reason} invitation={item} viewer={viewer} signInHref={null} />;

  const fallback = { adminRolesEn: [], adminRolesDe: [] };
  const roles = access ? roleTexts(catalogue ?? fallback, locale, access.roles) : [];
  const approvedRoles = roles.map((role) => role.role).filter((role) => !unticked.includes(role));
  return (
    <div className="inbox-answer">
      {access ? (
        <>
          <AdminRolesSection
            partner={partner}
            roles={roles}
            approved={approvedRoles}
            onChange={(next) => setUnticked(roles.map((r) => r.role).filter((r) => !next.includes(r)))}
            problemId={rolesProblemId}
          />
          <AdminTermFacts partner={partner} access={access} />
        </>
      ) : null}
      <AnswerForm
        target={{ requestId: item.request.id }}
        partner={partner}
        provider={item.indirectProvider?.name ?? null}
        tenant={tenant.name}
        includesReseller={item.includesReseller}
        admin={access ? { approvedRoles, endsOn: date(endsAtIfApproved(access.duration, openedAt)) } : null}
        needsAgreement={item.includesReseller && !tenant.customerAgreementAccepted}
        onAccepted={() => onDone('accepted')}
        onDeclined={() => onDone('declined')}
        onState={(state) => {
          if (state.kind === 'blocked') setBlocked(state.reason);
          else if (state.kind === 'signIn') setSignedOut(true);
          else onDone('gone');
        }}
      />
    </div>
  );
}
