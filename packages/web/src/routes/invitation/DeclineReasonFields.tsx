import { DECLINE_REASONS, LIMITS, type DeclineReason } from '@partnerlink/shared';
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';

export interface DeclineChoice {
  readonly reason: DeclineReason | null;
  readonly text: string;
}

/**
 * Why the customer declines, inside the decline dialog: one of shared's DeclineReason values
 * (optional) and, for OTHER, their own words (required then, at most 500 characters).
 */
export function DeclineReasonFields({ value, problem, onChange }: { value: DeclineChoice; problem: string | null; onChange(next: DeclineChoice): void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset className="fieldset decline-reasons">
      <legend>{t('invite.declineReason.legend')}</legend>
      {DECLINE_REASONS.map((reason) => (
        <div className="checkbox-field" key={reason}>
          <input
            type="radio"
            id={`${id}-${reason}`}
            name={`${id}-reason`}
            checked={value.reason === reason}
            onChange={() => onChange({ ...value, reason })}
          />
          <label htmlFor={`${id}-${reason}`}>{t(`invite.declineReason.${reason}`)}</label>
        </div>
      ))}
      {value.reason === 'OTHER' ? (
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('invite.declineReason.text')}</label>
          <textarea
            id={`${id}-text`}
            rows={3}
            maxLength={LIMITS.declineReasonText.max}
            value={value.text}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e) => onChange({ ...value, text: e.target.value })}
          />
          {problem ? <p id={`${id}-problem`} className="field__error" role="alert">{problem}</p> : null}
        </div>
      ) : null}
    </fieldset>
  );
}
