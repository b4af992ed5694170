/* eslint-disable */
import type * as Types from './graphql.js';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationPageQueryQueryVariables = Types.Exact<{
  token: Types.Scalars['String']['input'];
}>;


export type AcceptInvitationPageQueryQuery = { invitation: { __typename: 'Invitation', status: Types.RelationshipRequestStatus, includesDelegatedAdmin: boolean, createdAt: string, expiresAt: string, surface: Types.AcceptanceSurface, message: string | null, locale: Types.Locale, partner: { __typename: 'PartnerProfile', name: string, country: string, partnerId: string, cloud: Types.CloudInstance }, customer: { __typename: 'InvitedCustomer', companyName: string, domain: string } | null } | null, viewer: { __typename: 'Viewer', id: string, displayName: string, roles: Array<Types.PartnerRole>, tenant: { __typename: 'TenantProfile', id: string, name: string, kind: Types.TenantKind, country: string, cloud: Types.CloudInstance, domain: string, customerAgreementAccepted: boolean } } | null };

export type AcceptInvitationMutationMutationVariables = Types.Exact<{
  token: Types.Scalars['String']['input'];
  acceptCustomerAgreement?: Types.InputMaybe<Types.Scalars['Boolean']['input']>;
}>;


export type AcceptInvitationMutationMutation = { acceptRelationshipRequest: { __typename: 'AcceptRelationshipPayload', request: { __typename: 'RelationshipRequest', id: string, status: Types.RelationshipRequestStatus, answeredAt: string | null }, relationships: Array<{ __typename: 'PartnerRelationship', id: string, type: Types.RelationshipType, status: Types.RelationshipStatus, createdAt: string }> } };

export type DeclineInvitationMutationMutationVariables = Types.Exact<{
  token: Types.Scalars['String']['input'];
}>;


export type DeclineInvitationMutationMutation = { declineRelationshipRequest: { __typename: 'RelationshipRequest', id: string, status: Types.RelationshipRequestStatus } };

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
    includesDelegatedAdmin
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
    }
    customer {
      companyName
      domain
    }
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
    mutation AcceptInvitationMutation($token: String!, $acceptCustomerAgreement: Boolean) {
  acceptRelationshipRequest(
    token: $token
    acceptCustomerAgreement: $acceptCustomerAgreement
  ) {
    request {
      id
      status
      answeredAt
    }
    relationships {
      id
      type
      status
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutationMutation, AcceptInvitationMutationMutationVariables>;
export const DeclineInvitationMutationDocument = new TypedDocumentString(`
    mutation DeclineInvitationMutation($token: String!) {
  declineRelationshipRequest(token: $token) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeclineInvitationMutationMutation, DeclineInvitationMutationMutationVariables>;