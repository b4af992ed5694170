import type { AgreementFields as Values } from '@partnerlink/shared';
import { useI18n } from '../i18n/I18nProvider.js';
import { Field } from './Field.js';

/** Signer name, signer email and date of a customer-agreement record. */
export function AgreementFields({ values, errors, onChange, onBlur }: {
  values: Values;
  errors: Partial<Record<keyof Values, string>>;
  onChange(values: Values): void;
  onBlur?(field: keyof Values): void;
}) {
  const { t } = useI18n();
  const set = (field: keyof Values) => (event: { target: { value: string } }) => onChange({ ...values, [field]: event.target.value });
  return (
    <div className="form-grid">
      <Field label={t('agreementForm.signerName')} error={errors.signerName}>
        <input autoComplete="off" value={values.signerName} onChange={set('signerName')} onBlur={() => onBlur?.('signerName')} />
      </Field>
      <Field label={t('agreementForm.signerEmail')} error={errors.signerEmail}>
        <input type="email" autoComplete="off" value={values.signerEmail} onChange={set('signerEmail')} onBlur={() => onBlur?.('signerEmail')} />
      </Field>
      <Field label={t('agreementForm.acceptedOn')} error={errors.acceptedOn}>
        <input type="date" value={values.acceptedOn} max={new Date().toISOString().slice(0, 10)} onChange={set('acceptedOn')} onBlur={() => onBlur?.('acceptedOn')} />
      </Field>
    </div>
  );
}
