import { useId } from 'react';
import { ADMIN_PURPOSES, adminRoleDefinition, isAdminPurpose, LIMITS, rolesBeyondPurpose } from '@partnerlink/shared';
import { Field } from '../Field.js';
import { mayAutoExtend, type AdminChoice } from './choice.js';
import { DURATION_CHOICES, durationText } from './durations.js';
import { useAdminText } from './messages.js';

/** Purpose (with the least-privilege warning), duration, auto-extension and name of the admin access asked for. */
export function AdminTerms({ value, onChange }: { value: AdminChoice; onChange(patch: Partial<AdminChoice>): void }) {
  const at = useAdminText();
  const id = useId();
  const beyond = value.purpose ? rolesBeyondPurpose(value.purpose, value.roles) : [];
  const globalAdmin = !mayAutoExtend(value.roles);
  const durations: readonly string[] = DURATION_CHOICES.includes(value.duration as never) ? DURATION_CHOICES : [...DURATION_CHOICES, value.duration];
  return (
    <>
      <Field label={at('admin.purpose')}>
        <select value={value.purpose ?? ''} onChange={(e) => onChange({ purpose: isAdminPurpose(e.target.value) ? e.target.value : null })}>
          <option value="">{at('admin.purpose.none')}</option>
          {ADMIN_PURPOSES.map((purpose) => <option key={purpose} value={purpose}>{at(`admin.purpose.${purpose}`)}</option>)}
        </select>
      </Field>
      {beyond.length > 0 ? (
        <div className="notice notice--warning" role="status" data-testid="admin-beyond">
          {at('admin.beyond', { roles: beyond.map((role) => adminRoleDefinition(role).displayName).join(', ') })}
        </div>
      ) : null}
      <div className="form-grid">
        <Field label={at('admin.duration')} hint={at('admin.durationHint')}>
          <select value={value.duration} onChange={(e) => onChange({ duration: e.target.value })}>
            {durations.map((duration) => <option key={duration} value={duration}>{durationText(at, duration)}</option>)}
          </select>
        </Field>
        <Field label={at('admin.displayName')} hint={at('admin.displayNameHint', { max: LIMITS.adminDisplayName.max })}>
          <input value={value.displayName} maxLength={LIMITS.adminDisplayName.max} onChange={(e) => onChange({ displayName: e.target.value })} />
        </Field>
      </div>
      <div className="checkbox-field" data-testid="admin-auto-extend">
        <input
          id={`${id}-extend`}
          type="checkbox"
          checked={value.autoExtend && !globalAdmin}
          disabled={globalAdmin}
          aria-describedby={globalAdmin ? `${id}-why` : undefined}
          onChange={(e) => onChange({ autoExtend: e.target.checked })}
        />
        <label htmlFor={`${id}-extend`}>
          {at('admin.autoExtend')}
          {globalAdmin ? <span id={`${id}-why`} className="field__hint">{at('admin.autoExtendGlobal')}</span> : null}
        </label>
      </div>
    </>
  );
}
