import type { AuthCheckerFn } from 'type-graphql';
import { can, DomainError, type Action } from '@partnerlink/shared';
import type { Context } from '../context.js';

/**
 * `@Authorized()` needs a signed-in user; `@Authorized<Action>('customer.create')` also needs
 * the action in shared's role matrix. Throws rather than returning false, so the codes are ours.
 */
export const authChecker: AuthCheckerFn<Context, Action> = ({ context }, actions) => {
  const { viewer } = context;
  if (!viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
  if (!actions.every((action) => can(viewer, action))) {
    throw new DomainError('FORBIDDEN', 'Your role does not allow this.');
  }
  return true;
};
