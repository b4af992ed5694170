import type { AdminRole, AdminRoleRisk } from '@partnerlink/shared';
import { Badge, type BadgeTone } from '../../components/Badge.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { WARN_RISKS, type RoleText } from './adminTerms.js';

const TONE: Record<AdminRoleRisk, BadgeTone> = { LOW: 'success', MEDIUM: 'info', HIGH: 'warning', CRITICAL: 'danger' };

/** A role's risk: a badge that says it in words (the colour only repeats it). */
export function RiskBadge({ risk }: { risk: AdminRoleRisk }) {
  const { t } = useI18n();
  return <Badge tone={TONE[risk]}>{t(`risk.${risk}`)}</Badge>;
}

/**
 * The roles a partner asks for, each with Microsoft's name, what it lets the partner do and its
 * risk. With `onChange` (the viewer may answer), each is a checkbox, ticked by default: at least
 * one must stay ticked, and a ticked HIGH or CRITICAL role is pointed out. Without, a plain list.
 */
export function AdminRolesSection({ partner, roles, approved, onChange, problemId }: {
  partner: string;
  roles: readonly RoleText[];
  approved: readonly AdminRole[];
  onChange: ((approved: AdminRole[]) => void) | null;
  problemId: string;
}) {
  const { t } = useI18n();
  const describe = (role: RoleText, control: boolean) => (
    <>
      <span className="role-choice__head">
        {control ? (
          <label htmlFor={`role-${role.role}`} className="role-choice__name">{role.displayName}</label>
        ) : (
          <span className="role-choice__name">{role.displayName}</span>
        )}
        <RiskBadge risk={role.risk} />
      </span>
      <span id={`role-${role.role}-text`} className="role-choice__text">{role.description}</span>
    </>
  );
  if (!onChange) {
    return (
      <>
        <h2>{t('invite.roles.title')}</h2>
        <ul className="role-choices" data-testid="admin-roles">
          {roles.map((role) => <li key={role.role} className="role-choice role-choice--plain">{describe(role, false)}</li>)}
        </ul>
        <p className="muted">{t('invite.roles.readOnly')}</p>
      </>
    );
  }
  const ticked = new Set(approved);
  const risky = roles.filter((role) => ticked.has(role.role) && WARN_RISKS.includes(role.risk));
  const toggle = (role: AdminRole, on: boolean) => onChange(roles.map((r) => r.role).filter((r) => (r === role ? on : ticked.has(r))));
  return (
    <fieldset className="role-fieldset" data-testid="admin-roles">
      <legend><h2>{t('invite.roles.title')}</h2></legend>
      <p className="muted">{t('invite.roles.lead')}</p>
      <ul className="role-choices">
        {roles.map((role) => (
          <li key={role.role} className="role-choice">
            <input
              id={`role-${role.role}`}
              type="checkbox"
              checked={ticked.has(role.role)}
              aria-describedby={`role-${role.role}-text`}
              onChange={(e) => toggle(role.role, e.target.checked)}
            />
            <span className="role-choice__body">{describe(role, true)}</span>
          </li>
        ))}
      </ul>
      <p className="muted" aria-live="polite">{t('invite.roles.count', { approved: ticked.size, requested: roles.length })}</p>
      {ticked.size === 0 ? <p id={problemId} className="field__error" role="alert">{t('invite.roles.none')}</p> : null}
      {risky.length > 0 ? (
        <p className="notice notice--warning" data-testid="risk-warning">
          {t('invite.roles.highRisk', { partner, roles: risky.map((r) => r.displayName).join(', ') })}
        </p>
      ) : null}
    </fieldset>
  );
}
