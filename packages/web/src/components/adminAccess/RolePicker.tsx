import { ADMIN_ROLE_RISKS, ADMIN_ROLES, sortAdminRoles, type AdminRole } from '@partnerlink/shared';
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Badge } from '../Badge.js';
import { useAdminText } from './messages.js';
import { RISK_TONE } from './risk.js';

/** Every role of the catalogue to tick, grouped by risk (least first), each in plain words. */
export function RolePicker({ selected, onChange }: { selected: readonly AdminRole[]; onChange(roles: AdminRole[]): void }) {
  const { locale } = useI18n();
  const at = useAdminText();
  const id = useId();
  const toggle = (role: AdminRole, on: boolean) =>
    onChange(sortAdminRoles(on ? [...selected, role] : selected.filter((r) => r !== role)));
  return (
    <div className="role-picker" data-testid="role-picker">
      {ADMIN_ROLE_RISKS.map((risk) => (
        <fieldset key={risk} className="role-picker__group">
          <legend><Badge tone={RISK_TONE[risk]}>{at(`admin.risk.${risk}`)}</Badge></legend>
          {ADMIN_ROLES.filter((d) => d.risk === risk).map((definition) => (
            <div key={definition.role} className="checkbox-field">
              <input
                id={`${id}-${definition.role}`}
                type="checkbox"
                checked={selected.includes(definition.role)}
                onChange={(e) => toggle(definition.role, e.target.checked)}
              />
              <label htmlFor={`${id}-${definition.role}`}>
                {definition.displayName}
                <span className="field__hint">{definition.description[locale]}</span>
              </label>
            </div>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
