import { OFFERED_ADMIN_PRESETS, presetOfRoles, type AdminRole } from '@partnerlink/shared';
import { NO_ADMIN_ACCESS, type AdminChoice } from './choice.js';

/** A renewal asks for the same roles, duration and auto-extension as the relationship it renews. */
export function renewalChoice(relationship: { roles: readonly AdminRole[] | null; duration: string | null; autoExtend: boolean }): AdminChoice {
  const roles = relationship.roles ?? [];
  const preset = presetOfRoles(roles);
  const offered = preset !== null && OFFERED_ADMIN_PRESETS.includes(preset);
  return {
    ...NO_ADMIN_ACCESS,
    mode: offered ? 'preset' : 'custom',
    preset: offered ? preset : null,
    roles,
    duration: relationship.duration ?? NO_ADMIN_ACCESS.duration,
    autoExtend: relationship.autoExtend,
  };
}
