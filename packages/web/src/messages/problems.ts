import type { Problem } from '@partnerlink/shared';
import type { ServerProblem } from '../errors/errorDetails.js';
import type { Catalog, MessageKey } from './en.js';

const has = (catalog: Catalog, key: string): key is MessageKey => Object.hasOwn(catalog, key);

/**
 * A problem's sentence template from the catalog (`problem.<REASON>`) and the params for its
 * {placeholders} (a request status in the page's language), or undefined for no problem or a
 * reason this catalog does not know (a newer server).
 */
export function problemTemplate(
  catalog: Catalog,
  problem: Problem | ServerProblem | null | undefined,
): { template: string; params: Record<string, string | number> } | undefined {
  const key = problem ? `problem.${problem.reason}` : '';
  if (!problem || !has(catalog, key)) return undefined;
  const params: Record<string, string | number> = { ...('params' in problem ? problem.params : {}) };
  const statusKey = `status.${String(params.status)}`;
  if (has(catalog, statusKey)) params.status = catalog[statusKey];
  return { template: catalog[key], params };
}
