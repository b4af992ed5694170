/** One of an indirect reseller's providers (an ACTIVE reseller authorisation's provider). */
export interface ProviderOption {
  id: string;
  name: string;
}

/**
 * The providers to offer, one per provider, sorted by name (several authorisations of one provider
 * name it once), and the one to preselect: the only one, else none (the reseller chooses).
 */
export function providerChoice(authorizations: readonly { provider: ProviderOption }[], locale: string): { options: ProviderOption[]; preselected: string | null } {
  const byId = new Map<string, ProviderOption>();
  for (const { provider } of authorizations) byId.set(provider.id, { id: provider.id, name: provider.name });
  const options = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, locale));
  return { options, preselected: options.length === 1 ? (options[0]?.id ?? null) : null };
}
