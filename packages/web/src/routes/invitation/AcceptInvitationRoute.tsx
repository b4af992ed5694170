import type { AcceptanceSurface } from '@partnerlink/shared';
import { useCallback } from 'react';
import { useNavigate, useParams } from 'react-router';
import { AcceptInvitationPage } from './AcceptInvitationPage.js';

/** The acceptance page inside the partner app's router (reached by client-side navigation, e.g. after sign-in). */
export default function AcceptInvitationRoute({ surface }: { surface: AcceptanceSurface }) {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const redirect = useCallback((to: string) => void navigate(to, { replace: true }), [navigate]);
  return <AcceptInvitationPage surface={surface} token={token} onRedirect={redirect} />;
}
