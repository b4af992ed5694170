import { Navigate, Outlet } from 'react-router';
import { useViewer } from '../viewer/ViewerContext.js';

/** Partner pages (kept live by the relationship events, see AppLayout); a customer user lands on its own start page instead. */
export function PartnerOnly() {
  if (useViewer().tenant.kind !== 'PARTNER') return <Navigate to="/" replace />;
  return <Outlet />;
}
