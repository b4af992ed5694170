import type { Context } from '../../context.js';
import type { UserSummary } from './activity.type.js';

export async function userSummary(ctx: Context, id: string | null): Promise<UserSummary | null> {
  const user = id ? await ctx.loaders.user.load(id) : null;
  return user ? { id: user.id, displayName: user.displayName, email: user.email } : null;
}
