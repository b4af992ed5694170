import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nProvider.js';

export interface Step {
  key: 'reseller' | 'agreement' | 'admin' | 'purchase';
  done: boolean;
  detail?: ReactNode;
}

/** Reseller relationship → customer agreement → admin permissions → first purchase. */
export function OnboardingChecklist({ steps }: { steps: readonly Step[] }) {
  const { t } = useI18n();
  return (
    <ol className="checklist">
      {steps.map((step, index) => (
        <li key={step.key} className={step.done ? 'checklist__step checklist__step--done' : 'checklist__step'}>
          <span className="checklist__marker" aria-hidden="true">{step.done ? '✓' : index + 1}</span>
          <div className="checklist__body">
            <div className="checklist__title">
              {t(`detail.step.${step.key}`)}
              <span className="visually-hidden">: </span>
              <span className={step.done ? 'badge badge--success' : 'badge badge--warning'}>
                {step.done ? t('detail.step.done') : t('detail.step.open')}
              </span>
            </div>
            {step.detail ? <div className="checklist__detail">{step.detail}</div> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
