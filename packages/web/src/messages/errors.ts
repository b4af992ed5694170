import type { ErrorCode } from '@partnerlink/shared';
import type { MessageKey } from './en.js';

/**
 * The catalog key of a contract error code's text (`error.<CODE>`, in en.ts and de.ts: a page
 * loads only its language's). The type makes a new code fail to compile until both have it.
 */
export function errorKey(code: ErrorCode): MessageKey {
  return `error.${code}`;
}
