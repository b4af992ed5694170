import { Navigate, Outlet } from 'react-router';
import { useViewer } from '../viewer/ViewerContext.js';

/** Partner pages; a customer user lands on its own start page instead. */
export function PartnerOnly() {
  return useViewer().tenant.kind === 'PARTNER' ? <Outlet /> : <Navigate to="/" replace />;
}
