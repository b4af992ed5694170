/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AcceptInvitationPageQuery($token: String!) {\n  invitation(token: $token) {\n    status\n    includesDelegatedAdmin\n    createdAt\n    expiresAt\n    surface\n    message\n    locale\n    partner {\n      name\n      country\n      partnerId\n      cloud\n    }\n    customer {\n      companyName\n      domain\n    }\n  }\n  viewer {\n    id\n    displayName\n    roles\n    tenant {\n      id\n      name\n      kind\n      country\n      cloud\n      domain\n      customerAgreementAccepted\n    }\n  }\n}\n\nmutation AcceptInvitationMutation($token: String!, $acceptCustomerAgreement: Boolean) {\n  acceptRelationshipRequest(\n    token: $token\n    acceptCustomerAgreement: $acceptCustomerAgreement\n  ) {\n    request {\n      id\n      status\n      answeredAt\n    }\n    relationships {\n      id\n      type\n      status\n      createdAt\n    }\n  }\n}\n\nmutation DeclineInvitationMutation($token: String!) {\n  declineRelationshipRequest(token: $token) {\n    id\n    status\n  }\n}": typeof types.AcceptInvitationPageQueryDocument,
};
const documents: Documents = {
    "query AcceptInvitationPageQuery($token: String!) {\n  invitation(token: $token) {\n    status\n    includesDelegatedAdmin\n    createdAt\n    expiresAt\n    surface\n    message\n    locale\n    partner {\n      name\n      country\n      partnerId\n      cloud\n    }\n    customer {\n      companyName\n      domain\n    }\n  }\n  viewer {\n    id\n    displayName\n    roles\n    tenant {\n      id\n      name\n      kind\n      country\n      cloud\n      domain\n      customerAgreementAccepted\n    }\n  }\n}\n\nmutation AcceptInvitationMutation($token: String!, $acceptCustomerAgreement: Boolean) {\n  acceptRelationshipRequest(\n    token: $token\n    acceptCustomerAgreement: $acceptCustomerAgreement\n  ) {\n    request {\n      id\n      status\n      answeredAt\n    }\n    relationships {\n      id\n      type\n      status\n      createdAt\n    }\n  }\n}\n\nmutation DeclineInvitationMutation($token: String!) {\n  declineRelationshipRequest(token: $token) {\n    id\n    status\n  }\n}": types.AcceptInvitationPageQueryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcceptInvitationPageQuery($token: String!) {\n  invitation(token: $token) {\n    status\n    includesDelegatedAdmin\n    createdAt\n    expiresAt\n    surface\n    message\n    locale\n    partner {\n      name\n      country\n      partnerId\n      cloud\n    }\n    customer {\n      companyName\n      domain\n    }\n  }\n  viewer {\n    id\n    displayName\n    roles\n    tenant {\n      id\n      name\n      kind\n      country\n      cloud\n      domain\n      customerAgreementAccepted\n    }\n  }\n}\n\nmutation AcceptInvitationMutation($token: String!, $acceptCustomerAgreement: Boolean) {\n  acceptRelationshipRequest(\n    token: $token\n    acceptCustomerAgreement: $acceptCustomerAgreement\n  ) {\n    request {\n      id\n      status\n      answeredAt\n    }\n    relationships {\n      id\n      type\n      status\n      createdAt\n    }\n  }\n}\n\nmutation DeclineInvitationMutation($token: String!) {\n  declineRelationshipRequest(token: $token) {\n    id\n    status\n  }\n}"): typeof import('./graphql').AcceptInvitationPageQueryDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
