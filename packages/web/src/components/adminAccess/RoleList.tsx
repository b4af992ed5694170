import { adminRoleDefinition, type AdminRole } from '@partnerlink/shared';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Badge } from '../Badge.js';
import { useAdminText } from './messages.js';
import { RISK_TONE } from './risk.js';

/** Roles in plain words: Microsoft's name, the risk, and what the role lets the partner do. */
export function RoleList({ roles, label }: { roles: readonly AdminRole[]; label?: string }) {
  const { locale } = useI18n();
  const at = useAdminText();
  return (
    <ul className="admin-roles" aria-label={label}>
      {roles.map((role) => {
        const definition = adminRoleDefinition(role);
        return (
          <li key={role}>
            <span className="admin-roles__name">{definition.displayName}</span>{' '}
            <Badge tone={RISK_TONE[definition.risk]}>{at(`admin.risk.${definition.risk}`)}</Badge>
            <span className="cell-sub">{definition.description[locale]}</span>
          </li>
        );
      })}
    </ul>
  );
}
