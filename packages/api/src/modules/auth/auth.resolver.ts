import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { marketOf } from '@partnerlink/shared';
import type { Context } from '../../context.js';
import type { Viewer as ViewerContext } from '../../viewer.js';
import type { TenantEntity } from '../../db/entities/index.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import type { AuthService } from './auth.service.js';
import { SignInPayload, Viewer } from './viewer.type.js';

export function toViewerNode(viewer: ViewerContext, tenant: TenantEntity): Viewer {
  return {
    id: viewer.userId,
    email: viewer.email,
    displayName: viewer.displayName,
    roles: [...viewer.roles],
    tenant: {
      id: tenant.id,
      name: tenant.name,
      kind: tenant.kind,
      country: tenant.country,
      cloud: tenant.cloud,
      domain: tenant.domain,
      partnerId: tenant.partnerId,
      partnerType: tenant.kind === 'PARTNER' ? (tenant.partnerType ?? 'DIRECT') : null,
      market: tenant.kind === 'PARTNER' ? (marketOf(tenant.country)?.name ?? null) : null,
      customerAgreementAccepted: tenant.agreementAcceptedAt !== null,
    },
  };
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => Viewer, { nullable: true, description: 'Who is signed in; null when anonymous.' })
  async viewer(@Ctx() { viewer, loaders }: Context): Promise<Viewer | null> {
    if (!viewer) return null;
    const tenant = await loaders.tenant.load(viewer.tenantId);
    return tenant ? toViewerNode(viewer, tenant) : null;
  }

  @Mutation(() => SignInPayload, { description: 'Signs in; also sets an httpOnly session cookie.' })
  async signIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() { clientIp, sessionCookie, loaders }: Context,
  ): Promise<SignInPayload> {
    const signedIn = await this.auth.signIn(email, password, clientIp);
    sessionCookie.set(signedIn.token, signedIn.expiresAt);
    const tenant = await loaders.tenant.load(signedIn.viewer.tenantId);
    if (!tenant) throw new Error('signed-in user has no tenant');
    return { token: signedIn.token, expiresAt: signedIn.expiresAt, viewer: toViewerNode(signedIn.viewer, tenant) };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session (cookie or bearer token).' })
  async signOut(@Ctx() { viewer, sessionCookie }: Context): Promise<boolean> {
    sessionCookie.clear();
    if (!viewer?.sessionId) return false;
    await this.auth.signOut(viewer.sessionId);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      "Ends every session of the signed-in user on every device, this one included (API keys keep working: revoke them separately). Use it after a lost device or a password leak.",
  })
  async signOutEverywhere(@CurrentViewer() viewer: ViewerContext, @Ctx() { sessionCookie }: Context): Promise<boolean> {
    await this.auth.signOutEverywhere(viewer);
    sessionCookie.clear();
    return true;
  }
}
