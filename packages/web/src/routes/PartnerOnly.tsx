import { Navigate, Outlet } from 'react-router';
import { LiveUpdates } from '../live/LiveUpdates.js';
import { useViewer } from '../viewer/ViewerContext.js';

/** Partner pages, kept live by the relationship events; a customer user lands on its own start page instead. */
export function PartnerOnly() {
  if (useViewer().tenant.kind !== 'PARTNER') return <Navigate to="/" replace />;
  return (
    <>
      <Outlet />
      <LiveUpdates />
    </>
  );
}
