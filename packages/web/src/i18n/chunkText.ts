import type { Locale } from '@partnerlink/shared';
import { useCallback } from 'react';
import { interpolate, useI18n, type Params } from './I18nProvider.js';

/**
 * `t` for a lazily loaded chunk's own texts (both languages, kept out of the catalogs every first
 * visit loads), in the page's language. A module of its own, so only those chunks import it.
 */
export function useChunkText<K extends string>(catalogs: Readonly<Record<Locale, Readonly<Record<K, string>>>>): (key: K, params?: Params) => string {
  const { locale } = useI18n();
  return useCallback((key: K, params?: Params) => interpolate(catalogs[locale][key], params), [catalogs, locale]);
}
