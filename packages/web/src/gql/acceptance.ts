/* eslint-disable */
import type * as Types from './graphql.js';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationPageQueryQueryVariables = Types.Exact<{
  token: Types.Scalars['String']['input'];
}>;


export type AcceptInvitationPageQueryQuery = { invitation: { __typename: 'Invitation', status: Types.RelationshipRequestStatus, includesReseller: boolean, includesDelegatedAdmin: boolean, createdAt: string, expiresAt: string, surface: Types.AcceptanceSurface, message: string | null, locale: Types.Locale, pinnedDomain: string | null, adminAccess: { __typename: 'AdminAccess', roles: Array<Types.AdminRole>, duration: string, autoExtend: boolean, displayName: string } | null, partner: { __typename: 'PartnerProfile', name: string, country: string, partnerId: string, cloud: Types.CloudInstance, contactEmail: string | null }, indirectProvider: { __typename: 'PartnerProfile', name: string, country: string, partnerId: string, cloud: Types.CloudInstance } | null, customer: { __typename: 'InvitedCustomer', companyName: string, domain: string } | null } | null, replacedInvitationLink: { __typename: 'ReplacedInvitationLink', replacedAt: string, partner: { __typename: 'PartnerProfile', name: string, contactEmail: string | null } } | null, adminRolesEn: Array<{ __typename: 'AdminRoleInfo', role: Types.AdminRole, displayName: string, risk: Types.AdminRoleRisk, description: string }>, adminRolesDe: Array<{ __typename: 'AdminRoleInfo', role: Types.AdminRole, description: string }>, viewer: { __typename: 'Viewer', id: string, displayName: string, roles: Array<Types.PartnerRole>, tenant: { __typename: 'TenantProfile', id: string, name: string, kind: Types.TenantKind, country: string, cloud: Types.CloudInstance, domain: string, customerAgreementAccepted: boolean } } | null };

export type AcceptInvitationMutationMutationVariables = Types.Exact<{
  token?: Types.InputMaybe<Types.Scalars['String']['input']>;
  requestId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
  acceptCustomerAgreement?: Types.InputMaybe<Types.Scalars['Boolean']['input']>;
  approvedRoles?: Types.InputMaybe<Array<Types.AdminRole> | Types.AdminRole>;
}>;


export type AcceptInvitationMutationMutation = { acceptRelationshipRequest: { __typename: 'AcceptRelationshipPayload', request: { __typename: 'RelationshipRequest', id: string, status: Types.RelationshipRequestStatus, answeredAt: string | null, approvedRoles: Array<Types.AdminRole> | null }, relationships: Array<{ __typename: 'PartnerRelationship', id: string, type: Types.RelationshipType, status: Types.RelationshipStatus, createdAt: string, roles: Array<Types.AdminRole> | null, endsAt: string | null, autoExtend: boolean }> } };

export type DeclineInvitationMutationMutationVariables = Types.Exact<{
  token?: Types.InputMaybe<Types.Scalars['String']['input']>;
  requestId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
  reason?: Types.InputMaybe<Types.DeclineReason>;
  reasonText?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type DeclineInvitationMutationMutation = { declineRelationshipRequest: { __typename: 'RelationshipRequest', id: string, status: Types.RelationshipRequestStatus } };

export type InboxAnswerRolesQueryQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type InboxAnswerRolesQueryQuery = { adminRolesEn: Array<{ __typename: 'AdminRoleInfo', role: Types.AdminRole, displayName: string, risk: Types.AdminRoleRisk, description: string }>, adminRolesDe: Array<{ __typename: 'AdminRoleInfo', role: Types.AdminRole, description: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AcceptInvitationPageQueryDocument = new TypedDocumentString(`
    query AcceptInvitationPageQuery($token: String!) {
  invitation(token: $token) {
    status
    includesReseller
    includesDelegatedAdmin
    adminAccess {
      roles
      duration
      autoExtend
      displayName
    }
    createdAt
    expiresAt
    surface
    message
    locale
    partner {
      name
      country
      partnerId
      cloud
      contactEmail
    }
    indirectProvider {
      name
      country
      partnerId
      cloud
    }
    customer {
      companyName
      domain
    }
    pinnedDomain
  }
  replacedInvitationLink(token: $token) {
    replacedAt
    partner {
      name
      contactEmail
    }
  }
  adminRolesEn: adminRoles(locale: en) {
    role
    displayName
    risk
    description
  }
  adminRolesDe: adminRoles(locale: de) {
    role
    description
  }
  viewer {
    id
    displayName
    roles
    tenant {
      id
      name
      kind
      country
      cloud
      domain
      customerAgreementAccepted
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationPageQueryQuery, AcceptInvitationPageQueryQueryVariables>;
export const AcceptInvitationMutationDocument = new TypedDocumentString(`
    mutation AcceptInvitationMutation($token: String, $requestId: ID, $acceptCustomerAgreement: Boolean, $approvedRoles: [AdminRole!]) {
  acceptRelationshipRequest(
    token: $token
    requestId: $requestId
    acceptCustomerAgreement: $acceptCustomerAgreement
    approvedRoles: $approvedRoles
  ) {
    request {
      id
      status
      answeredAt
      approvedRoles
    }
    relationships {
      id
      type
      status
      createdAt
      roles
      endsAt
      autoExtend
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutationMutation, AcceptInvitationMutationMutationVariables>;
export const DeclineInvitationMutationDocument = new TypedDocumentString(`
    mutation DeclineInvitationMutation($token: String, $requestId: ID, $reason: DeclineReason, $reasonText: String) {
  declineRelationshipRequest(
    token: $token
    requestId: $requestId
    reason: $reason
    reasonText: $reasonText
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeclineInvitationMutationMutation, DeclineInvitationMutationMutationVariables>;
export const InboxAnswerRolesQueryDocument = new TypedDocumentString(`
    query InboxAnswerRolesQuery {
  adminRolesEn: adminRoles(locale: en) {
    role
    displayName
    risk
    description
  }
  adminRolesDe: adminRoles(locale: de) {
    role
    description
  }
}
    `) as unknown as TypedDocumentString<InboxAnswerRolesQueryQuery, InboxAnswerRolesQueryQueryVariables>;