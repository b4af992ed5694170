import { initialLocale, loadCatalog, withPartnerAppTexts } from './i18n/catalogs.js';
import { acceptanceRouteOf } from './routes/invitation/acceptanceRoute.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// Two apps, two chunks: a customer opening an invitation link loads only the small acceptance
// page (no Apollo Client, no router); everything else loads the signed-in app. The page's
// language catalog loads alongside.
const acceptance = acceptanceRouteOf(window.location.pathname);
if (!acceptance) withPartnerAppTexts();
const catalog = loadCatalog(initialLocale());
if (acceptance) {
  void Promise.all([import('./routes/invitation/AcceptanceApp.js'), catalog]).then(([{ mountAcceptanceApp }]) => mountAcceptanceApp(root));
} else {
  void Promise.all([import('./PartnerApp.js'), catalog]).then(([{ mountPartnerApp }]) => mountPartnerApp(root));
}
