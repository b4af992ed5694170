import { ADMIN_ROLE_PRESETS, adminRoleDefinition, presetOfRoles, sortAdminRoles, type AdminRole } from '@partnerlink/shared';
import { useI18n } from '../../i18n/I18nProvider.js';
import { durationText } from './durations.js';
import { useAdminText } from './messages.js';

export interface AskedAdminAccess {
  readonly roles: readonly AdminRole[];
  readonly duration: string;
  readonly autoExtend: boolean;
  readonly displayName?: string | null;
}

const names = (roles: readonly AdminRole[]) => roles.map((role) => adminRoleDefinition(role).displayName).join(', ');

/**
 * The admin access a request asks for: the preset's name (else "N roles"), the duration and
 * auto-extension; `detailed` adds the roles by name and the display name. With `approvedRoles`
 * (an accepted request), how many were approved and which were not.
 */
export function AdminAccessAsked({ access, approvedRoles = null, detailed = false }: {
  access: AskedAdminAccess;
  approvedRoles?: readonly AdminRole[] | null;
  detailed?: boolean;
}) {
  const { t, locale } = useI18n();
  const at = useAdminText();
  const preset = presetOfRoles(access.roles);
  const what = preset ? ADMIN_ROLE_PRESETS[preset].name[locale] : t(access.roles.length === 1 ? 'admin.roleCount' : 'admin.rolesCount', { count: access.roles.length });
  const terms = [durationText(at, access.duration), access.autoExtend ? at('admin.autoExtends') : null].filter(Boolean).join(' · ');
  const refused = approvedRoles ? sortAdminRoles(access.roles.filter((role) => !approvedRoles.includes(role))) : [];
  return (
    <span className="admin-asked" data-testid="admin-asked">
      <span><strong>{what}</strong> · {terms}</span>
      {detailed ? <span className="cell-sub">{names(access.roles)}</span> : null}
      {detailed && access.displayName ? <span className="cell-sub">{at('admin.card.name')}: {access.displayName}</span> : null}
      {approvedRoles ? (
        <span className="cell-sub" data-testid="admin-approved">
          {refused.length === 0
            ? at('admin.allApproved', { count: access.roles.length })
            : `${at('admin.approved', { approved: approvedRoles.length, count: access.roles.length })}. ${at('admin.notApproved', { roles: names(refused) })}`}
        </span>
      ) : null}
    </span>
  );
}
