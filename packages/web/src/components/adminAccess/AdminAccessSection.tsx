import { ADMIN_ROLE_PRESETS, OFFERED_ADMIN_PRESETS, type AdminRolePreset } from '@partnerlink/shared';
import { useEffect, useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { AdminTerms } from './AdminTerms.js';
import type { AdminChoice } from './choice.js';
import { useAdminText } from './messages.js';
import { RoleList } from './RoleList.js';
import { RolePicker } from './RolePicker.js';

/** The least powerful preset, chosen when admin access cannot be left out. */
const FIRST_PRESET: AdminRolePreset = 'HELPDESK';

function Option({ name, checked, label, hint, onSelect }: { name: string; checked: boolean; label: string; hint: string; onSelect(): void }) {
  return (
    <label className={checked ? 'admin-option admin-option--checked' : 'admin-option'}>
      <input type="radio" name={name} checked={checked} onChange={onSelect} />
      <span>
        <strong>{label}</strong>
        <span className="field__hint">{hint}</span>
      </span>
    </label>
  );
}

/**
 * "Admin access" of a request: none, a preset (its roles in plain words with their risk) or a
 * custom set, then the terms. Without `allowNone` (US Government partners, admin-only requests)
 * "none" is not offered and `noneReason` says why.
 */
export function AdminAccessSection({ value, onChange, allowNone, noneReason = null }: {
  value: AdminChoice;
  onChange(choice: AdminChoice): void;
  allowNone: boolean;
  noneReason?: ReactNode;
}) {
  const { locale } = useI18n();
  const at = useAdminText();
  const name = useId();
  const set = (patch: Partial<AdminChoice>) => onChange({ ...value, ...patch });
  const pickPreset = (preset: AdminRolePreset) => set({ mode: 'preset', preset, roles: ADMIN_ROLE_PRESETS[preset].roles });
  const mustChoose = !allowNone && value.mode === 'none';
  useEffect(() => {
    if (mustChoose) onChange({ ...value, mode: 'preset', preset: FIRST_PRESET, roles: ADMIN_ROLE_PRESETS[FIRST_PRESET].roles });
  }, [mustChoose, onChange, value]);

  return (
    <fieldset className="fieldset admin-access" data-testid="admin-access">
      <legend>{at('admin.title')}</legend>
      <p className="field__hint">{at('admin.lead')}</p>
      {noneReason ? <div className="notice notice--info" data-testid="admin-always">{noneReason}</div> : null}
      <div className="admin-options">
        {allowNone ? (
          <Option name={name} checked={value.mode === 'none'} label={at('admin.none')} hint={at('admin.noneHint')} onSelect={() => set({ mode: 'none', preset: null, roles: [] })} />
        ) : null}
        {OFFERED_ADMIN_PRESETS.map((preset) => (
          <Option
            key={preset}
            name={name}
            checked={value.mode === 'preset' && value.preset === preset}
            label={ADMIN_ROLE_PRESETS[preset].name[locale]}
            hint={ADMIN_ROLE_PRESETS[preset].description[locale]}
            onSelect={() => pickPreset(preset)}
          />
        ))}
        <Option name={name} checked={value.mode === 'custom'} label={at('admin.custom')} hint={at('admin.customHint')} onSelect={() => set({ mode: 'custom', preset: null })} />
      </div>
      {value.mode === 'preset' && value.preset ? (
        <RoleList roles={value.roles} label={at('admin.rolesOf', { preset: ADMIN_ROLE_PRESETS[value.preset].name[locale] })} />
      ) : null}
      {value.mode === 'custom' ? <RolePicker selected={value.roles} onChange={(roles) => set({ roles })} /> : null}
      {value.mode === 'none' ? null : <AdminTerms value={value} onChange={set} />}
    </fieldset>
  );
}
