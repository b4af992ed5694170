import type { AcceptanceSurface } from '@partnerlink/shared';
import { useEffect, type ReactNode } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { useI18n } from '../../i18n/I18nProvider.js';

const LOOK: Record<AcceptanceSurface, string> = { ADMIN_CENTER: 'surface surface--admin', OFFICE_ADMIN_PORTAL: 'surface surface--gov' };
const MARK: Record<AcceptanceSurface, string> = { ADMIN_CENTER: '▦', OFFICE_ADMIN_PORTAL: '★' };

/** The frame of each acceptance surface: its own name, colours and mark, the user, the language. */
export function SurfaceFrame({ surface, user, children }: {
  surface: AcceptanceSurface;
  user: { name: string; tenant: string } | null;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const title = t(`invite.surface.${surface}`);
  useEffect(() => {
    document.title = t('invite.docTitle', { surface: title });
  }, [t, title]);

  return (
    <div className={LOOK[surface]} data-surface={surface}>
      <header className="surface__header">
        <div className="surface__inner">
          <div className="surface__brand">
            <span className="surface__mark" aria-hidden="true">{MARK[surface]}</span>
            <div>
              <p className="surface__title">{title}</p>
              <p className="surface__note">{t(`invite.surfaceNote.${surface}`)}</p>
            </div>
          </div>
          <div className="surface__user">
            {user ? <span data-testid="surface-user">{t('invite.signedInAs', { name: user.name, tenant: user.tenant })}</span> : null}
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="surface__main">
        <div className="card card--invitation">{children}</div>
      </main>
    </div>
  );
}
