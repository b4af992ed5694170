import { Field, ID, ObjectType } from 'type-graphql';
import { CloudInstance, PartnerRole, PartnerType, TenantKind } from '@partnerlink/shared';

@ObjectType({ description: "The signed-in user's tenant.", simpleResolvers: true })
export class TenantProfile {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => TenantKind)
  kind: TenantKind;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code.' })
  country: string;

  @Field(() => CloudInstance)
  cloud: CloudInstance;

  @Field(() => String)
  domain: string;

  @Field(() => String, { nullable: true, description: "The partner's public identifier; null for customers." })
  partnerId: string | null;

  @Field(() => PartnerType, {
    nullable: true,
    description: "The partner's tier: DIRECT, INDIRECT_PROVIDER or INDIRECT_RESELLER (partners from before tiers are DIRECT); null for customers.",
  })
  partnerType: PartnerType | null;

  @Field(() => String, { nullable: true, description: "The partner's CSP market (partners only)." })
  market: string | null;

  @Field(() => Boolean, { description: 'Customers: whether the tenant has accepted the customer agreement.' })
  customerAgreementAccepted: boolean;
}

@ObjectType({ description: 'Who is signed in.', simpleResolvers: true })
export class Viewer {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => [PartnerRole])
  roles: PartnerRole[];

  @Field(() => TenantProfile)
  tenant: TenantProfile;
}

@ObjectType({ simpleResolvers: true })
export class SignInPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`; the SPA uses the cookie instead.' })
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Viewer)
  viewer: Viewer;
}
