import type { AdminPurpose, AdminRole, AdminRolePreset } from '@partnerlink/shared';

// What the partner chose in the admin access section. Holds the roles themselves (not just the
// preset's name), so turning it into the mutation's input needs no role data: this module stays
// in the first-visit bundle while the role catalogue loads with the section.

export type AdminMode = 'none' | 'preset' | 'custom';

export interface AdminChoice {
  readonly mode: AdminMode;
  /** The preset picked (mode "preset"). */
  readonly preset: AdminRolePreset | null;
  /** The roles asked for: the preset's, or those ticked (mode "custom"). */
  readonly roles: readonly AdminRole[];
  /** ISO 8601, P1D to P2Y. */
  readonly duration: string;
  readonly autoExtend: boolean;
  readonly displayName: string;
  /** The partner's stated purpose, for the least-privilege warning; never sent. */
  readonly purpose: AdminPurpose | null;
}

export const NO_ADMIN_ACCESS: AdminChoice = {
  mode: 'none',
  preset: null,
  roles: [],
  duration: 'P2Y',
  autoExtend: false,
  displayName: '',
  purpose: null,
};

/** Auto-extension is never possible with Global Administrator (the section disables it). */
export function mayAutoExtend(roles: readonly AdminRole[]): boolean {
  return !roles.includes('GLOBAL_ADMINISTRATOR');
}

/** The `adminAccess` input for the choice, or null for none. */
export function adminAccessInput(choice: AdminChoice) {
  if (choice.mode === 'none') return null;
  return {
    roles: [...choice.roles],
    duration: choice.duration,
    autoExtend: choice.autoExtend && mayAutoExtend(choice.roles),
    displayName: choice.displayName.trim() || null,
  };
}
