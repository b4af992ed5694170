import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { Dialog } from './Dialog.js';

/**
 * "Are you sure?" as a modal: says what will happen, Cancel and a confirm button. Focus starts on
 * Cancel for destructive actions and on the confirm button otherwise; Escape cancels.
 */
export function ConfirmDialog({ title, children, confirmLabel, busyLabel, danger = false, busy = false, confirmDisabled = false, problem, onConfirm, onCancel }: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  danger?: boolean;
  busy?: boolean;
  /** The choice in the dialog is not complete yet (the dialog says why). */
  confirmDisabled?: boolean;
  problem?: string | null;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  return (
    <Dialog title={title} onClose={onCancel}>
      <div className="confirm-text">{children}</div>
      {problem ? <div className="notice notice--danger" role="alert">{problem}</div> : null}
      <div className="button-row button-row--end dialog__actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus={danger ? '' : undefined}>
          {t('app.cancel')}
        </button>
        <button
          type="button"
          className={danger ? 'button button--danger' : 'button button--primary'}
          disabled={busy || confirmDisabled}
          aria-busy={busy}
          onClick={onConfirm}
          data-autofocus={danger ? undefined : ''}
        >
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
