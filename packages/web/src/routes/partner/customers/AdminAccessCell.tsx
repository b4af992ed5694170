import { Badge } from '../../../components/Badge.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { expiresInText, roleNames, rolesLabel, type AdminAccessBrief } from './adminAccessText.js';

/**
 * The customer list's admin column for an ACTIVE admin relationship: the roles in a word (a preset's name, or "N roles"; every
 * role's name in the title and for screen readers), the end date and, within 30 days of it, a
 * badge with the days left.
 */
export function AdminAccessCell({ access }: { access: AdminAccessBrief }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const names = roleNames(access.roles).join(', ');
  return (
    <div className="admin-summary">
      <span className="admin-summary__roles" title={names}>
        {rolesLabel(i18n, access)}
        <span className="visually-hidden">: {names}</span>
      </span>
      {access.endsAt ? (
        <span className="cell-sub">
          {t('customers.admin.until', { date: date(access.endsAt) })}
          {access.expiringSoon && access.daysLeft != null ? (
            <>
              {' '}
              {/* An auto-extending one runs on for 180 days at its end: worth knowing, not a warning. */}
              <Badge tone={access.autoExtend ? 'info' : 'warning'}>{expiresInText(i18n, access.daysLeft)}</Badge>
            </>
          ) : null}
          {access.autoExtend ? <span>{t('customers.admin.autoExtends')}</span> : null}
        </span>
      ) : null}
    </div>
  );
}
