import type { AdminRoleRisk } from '@partnerlink/shared';
import type { BadgeTone } from '../Badge.js';

export const RISK_TONE: Record<AdminRoleRisk, BadgeTone> = {
  LOW: 'neutral',
  MEDIUM: 'info',
  HIGH: 'warning',
  CRITICAL: 'danger',
};
