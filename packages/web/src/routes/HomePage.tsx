import { Navigate } from 'react-router';
import { useViewer } from '../viewer/ViewerContext.js';
import { YourPartnersPage } from './customer/YourPartnersPage.js';

/** Partners start at their customers; customer admins at their partners. */
export function HomePage() {
  const viewer = useViewer();
  return viewer.tenant.kind === 'PARTNER' ? <Navigate to="/customers" replace /> : <YourPartnersPage />;
}
