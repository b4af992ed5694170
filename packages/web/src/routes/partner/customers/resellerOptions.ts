/** An indirect reseller as the provider's filter offers it. */
export interface ResellerOption {
  id: string;
  name: string;
}

/**
 * The resellers to filter by: each authorised reseller once (an invitation nobody accepted has
 * none), sorted by name; a reseller chosen in the URL that is not among them still shows (by its
 * id) so the select says what filters the list.
 */
export function resellerOptions(resellers: readonly (ResellerOption | null)[], chosen: string | null, locale: string): ResellerOption[] {
  const byId = new Map<string, ResellerOption>();
  for (const reseller of resellers) if (reseller) byId.set(reseller.id, { id: reseller.id, name: reseller.name });
  const options = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, locale));
  return chosen && !byId.has(chosen) ? [...options, { id: chosen, name: chosen }] : options;
}
