import { useCallback } from 'react';
import { useEligibilityText } from '../../../components/eligibility/messages.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import type { MessageKey } from '../../../messages/en.js';
import { useViewer } from '../../../viewer/ViewerContext.js';
import { useBatchText, type BatchMessageKey } from './batchMessages.js';
import { rowReasonText, type ReasonContext, type RowReason } from './batchRows.js';

const BATCH_ROW_STATUS_KEYS: Readonly<Record<string, BatchMessageKey>> = {
  INVALID: 'batch.status.INVALID',
  BLOCKED: 'batch.status.BLOCKED',
  CREATED: 'batch.status.CREATED',
  SENT: 'batch.status.SENT',
  SEND_FAILED: 'batch.status.SEND_FAILED',
  ACCEPTED: 'batch.status.ACCEPTED',
  DECLINED: 'batch.status.DECLINED',
  REVOKED: 'batch.status.REVOKED',
  EXPIRED: 'batch.status.EXPIRED',
};

const SEND_ERROR_KEYS: Readonly<Record<string, BatchMessageKey>> = {
  MAIL_REFUSED: 'batch.sendError.MAIL_REFUSED',
  EMAIL_LIMIT: 'batch.sendError.EMAIL_LIMIT',
  INTERRUPTED: 'batch.sendError.INTERRUPTED',
  NOT_PENDING: 'batch.sendError.NOT_PENDING',
};

/** A row's status and reason in the page's language (the batch texts, the problem and eligibility texts). */
export function useBatchWords(rowLabel?: (rowNumber: number) => number) {
  const { t, locale, problemText, country } = useI18n();
  const bt = useBatchText();
  const elig = useEligibilityText();
  const viewer = useViewer();
  const partnerCloud = viewer.tenant.cloud;

  const status = useCallback((value: string, dryRun = false) => {
    if (dryRun && value === 'CREATED') return bt('batch.status.CREATED.dry');
    const key = BATCH_ROW_STATUS_KEYS[value];
    return key ? bt(key) : value;
  }, [bt]);

  const reason = useCallback(
    (row: RowReason & { readonly sendError?: string | null }) => {
      if (row.sendError) {
        const key = SEND_ERROR_KEYS[row.sendError];
        return key ? bt(key) : bt('batch.reason.other', { reason: row.sendError });
      }
      const context: ReasonContext = rowLabel ? { partnerCloud, rowLabel } : { partnerCloud };
      return rowReasonText(row, {
        locale,
        problem: (code, params) => {
          const key = `problem.${code}`;
          // t() answers the key itself for a text the catalog does not have.
          return t(key as MessageKey) === key ? undefined : problemText({ reason: code, params });
        },
        blocker: (code) => elig(`elig.blocker.${code}`),
        cloud: (cloud) => t(`cloud.${cloud}`),
        country: (code) => country(code),
        other: (code) => bt('batch.reason.other', { reason: code }),
      }, context);
    },
    [bt, country, elig, locale, partnerCloud, problemText, rowLabel, t],
  );

  return { status, reason };
}
