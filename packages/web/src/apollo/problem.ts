import type { I18n } from '../i18n/I18nProvider.js';
import { errorCodeOf } from '../errors/errorCode.js';
import { errorFieldOf, errorProblemOf } from '../errors/errorDetails.js';

export interface Problem {
  /** The input field the server named (BAD_USER_INPUT), without an `input.` prefix. */
  field: string | undefined;
  message: string;
}

/** A mutation's error as text in the page's language, and the field it belongs to, if any. */
export function problemOf(error: unknown, i18n: Pick<I18n, 'errorText' | 'problemText'>): Problem | null {
  const code = errorCodeOf(error);
  if (!code) return null;
  if (code !== 'BAD_USER_INPUT') return { field: undefined, message: i18n.errorText(code) };
  return {
    field: errorFieldOf(error)?.replace(/^input\./, ''),
    message: i18n.problemText(errorProblemOf(error)),
  };
}
