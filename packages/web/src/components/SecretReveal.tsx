import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';

/**
 * A secret the server returns exactly once (an API key, a webhook signing secret): the value,
 * Copy, and a warning that it cannot be shown again. The caller drops the value on Done.
 */
export function SecretReveal({ label, secret, children, onDone }: { label: string; secret: string; children?: ReactNode; onDone(): void }) {
  const { t } = useI18n();
  const [feedback, setFeedback] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setFeedback(t('secret.copied'));
    } catch {
      setFeedback(t('secret.copyFailed'));
    }
  };
  return (
    <div className="secret-reveal" data-testid="secret-reveal">
      <div className="notice notice--warning" role="alert">
        <span><strong>{t('secret.onceTitle')}</strong> {t('secret.onceText')}</span>
      </div>
      {children}
      <div className="secret-reveal__row">
        <input
          className="link-field"
          readOnly
          value={secret}
          aria-label={label}
          data-testid="secret-value"
          spellCheck={false}
          onFocus={(e) => e.target.select()}
          autoFocus
        />
        <button type="button" className="button" onClick={() => void copy()}>{t('secret.copy')}</button>
      </div>
      <p className="muted" aria-live="polite">{feedback}</p>
      <div className="button-row button-row--end dialog__actions">
        <button type="button" className="button button--primary" onClick={onDone}>{t('secret.done')}</button>
      </div>
    </div>
  );
}
