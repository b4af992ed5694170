/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  fragment InvitationResult_invitation on RelationshipInvitation {\n    url\n    email {\n      subject\n      body\n    }\n    request {\n      id\n      status\n      expiresAt\n      includesReseller\n      adminAccess {\n        roles\n        duration\n        autoExtend\n        displayName\n      }\n    }\n  }\n": typeof types.InvitationResult_InvitationFragmentDoc,
    "\n  mutation NewRequestDialogMutation($input: RequestResellerRelationshipInput!) {\n    requestResellerRelationship(input: $input) {\n      ...InvitationResult_invitation\n    }\n  }\n": typeof types.NewRequestDialogMutationDocument,
    "\n  mutation NewRequestDialogAdminMutation($input: RequestAdminRelationshipInput!) {\n    requestAdminRelationship(input: $input) {\n      ...InvitationResult_invitation\n    }\n  }\n": typeof types.NewRequestDialogAdminMutationDocument,
    "\n  mutation NewRequestDialogRenewMutation($id: ID!) {\n    resendRelationshipRequest(id: $id) {\n      ...InvitationResult_invitation\n    }\n  }\n": typeof types.NewRequestDialogRenewMutationDocument,
    "\n  query SendInvitationCapabilitiesQuery {\n    serverCapabilities {\n      emailSending\n    }\n  }\n": typeof types.SendInvitationCapabilitiesQueryDocument,
    "\n  mutation SendInvitationMutation($input: SendRelationshipInvitationInput!) {\n    sendRelationshipInvitation(input: $input) {\n      id\n      sentTo\n      sentAt\n    }\n  }\n": typeof types.SendInvitationMutationDocument,
    "\n  fragment AdminAccessCard_customer on Customer {\n    id\n    companyName\n    resellerRelationship {\n      id\n      status\n    }\n    adminRelationship {\n      id\n      status\n      roles\n      displayName\n      duration\n      autoExtend\n      endsAt\n      endedAt\n      expiringSoon\n    }\n  }\n": typeof types.AdminAccessCard_CustomerFragmentDoc,
    "\n  query AdminAccessCardPendingQuery($customerId: ID!) {\n    relationshipRequests(first: 1, status: PENDING, customerId: $customerId) {\n      edges {\n        node {\n          id\n          expiresAt\n          adminAccess {\n            roles\n            duration\n            autoExtend\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminAccessCardPendingQueryDocument,
    "\n  query AppLayoutQuery {\n    viewer {\n      ...ViewerContext_viewer\n    }\n  }\n": typeof types.AppLayoutQueryDocument,
    "\n  mutation SignOutMutation {\n    signOut\n  }\n": typeof types.SignOutMutationDocument,
    "\n  mutation SignOutEverywhereMutation {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereMutationDocument,
    "\n  subscription RelationshipEventsSubscription {\n    relationshipEvents {\n      id\n      type\n      createdAt\n      customer {\n        id\n        companyName\n      }\n    }\n  }\n": typeof types.RelationshipEventsSubscriptionDocument,
    "\n  mutation SignInPageMutation($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SignInPageMutationDocument,
    "\n  mutation YourPartnersPageAskMutation($id: ID!, $message: String) {\n    requestRelationshipEnd(id: $id, message: $message) {\n      id\n      endRequestedAt\n    }\n  }\n": typeof types.YourPartnersPageAskMutationDocument,
    "\n  mutation YourPartnersPageRemoveRolesMutation($id: ID!, $roles: [AdminRole!]!) {\n    removeAdminRoles(relationshipId: $id, roles: $roles) {\n      id\n      status\n      roles\n    }\n  }\n": typeof types.YourPartnersPageRemoveRolesMutationDocument,
    "\n  query YourPartnersPageQuery($first: Int!, $locale: Locale!) {\n    partnerRelationships(first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          type\n          status\n          createdAt\n          endedAt\n          endedBy\n          endRequestedAt\n          roles\n          endsAt\n          expiringSoon\n          autoExtend\n          activeSubscriptions {\n            id\n            productName\n            quantity\n          }\n          partner {\n            name\n            country\n            partnerId\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    adminRoles(locale: $locale) {\n      role\n      displayName\n      description\n    }\n  }\n": typeof types.YourPartnersPageQueryDocument,
    "\n  mutation YourPartnersPageEndMutation($id: ID!, $alsoEndAdminRelationship: Boolean) {\n    endRelationship(id: $id, alsoEndAdminRelationship: $alsoEndAdminRelationship) {\n      id\n      status\n      endedAt\n      endedBy\n    }\n  }\n": typeof types.YourPartnersPageEndMutationDocument,
    "\n  query ActivityPageQuery($first: Int!, $after: String) {\n    activityLog(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          type\n          summary\n          params\n          createdAt\n          actor {\n            id\n            displayName\n          }\n          customer {\n            id\n            companyName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ActivityPageQueryDocument,
    "\n  mutation AddCustomerPageMutation($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      ...CustomerRow_customer\n    }\n  }\n": typeof types.AddCustomerPageMutationDocument,
    "\n  fragment CustomerRow_customer on Customer {\n    id\n    companyName\n    domain\n    country\n    cloud\n    customerAgreementAccepted\n    subscriptionCount\n    resellerRelationship {\n      id\n      status\n    }\n    adminRelationship {\n      id\n      status\n    }\n    adminAccessSummary {\n      roles\n      preset\n      endsAt\n      autoExtend\n      expiringSoon\n      daysLeft\n    }\n  }\n": typeof types.CustomerRow_CustomerFragmentDoc,
    "\n  query CustomersPageQuery($first: Int!, $after: String, $search: String, $relationship: RelationshipFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, search: $search, relationship: $relationship, orderBy: $orderBy) {\n      totalCount\n      adminExpiringCount\n      edges {\n        cursor\n        node {\n          id\n          ...CustomerRow_customer\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CustomersPageQueryDocument,
    "\n  query CustomersExportQuery($first: Int!, $after: String, $search: String, $relationship: RelationshipFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, search: $search, relationship: $relationship, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n          ...CustomerRow_customer\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CustomersExportQueryDocument,
    "\n  mutation AgreementFormMutation($customerId: ID!, $input: CustomerAgreementInput!) {\n    recordCustomerAgreement(customerId: $customerId, input: $input) {\n      id\n      customerAgreementAccepted\n      canPurchase\n      purchaseBlocker {\n        code\n        message\n      }\n      customerAgreement {\n        signerName\n        signerEmail\n        acceptedAt\n      }\n    }\n  }\n": typeof types.AgreementFormMutationDocument,
    "\n  mutation CancelSubscriptionMutation($id: ID!) {\n    updateSubscription(input: { id: $id, status: CANCELLED }) {\n      id\n      ...SubscriptionRow_subscription\n    }\n  }\n": typeof types.CancelSubscriptionMutationDocument,
    "\n  query CustomerDetailPageQuery($id: ID!) {\n    customer(id: $id) {\n      id\n      companyName\n      domain\n      country\n      cloud\n      contactName\n      contactEmail\n      createdAt\n      customerAgreementAccepted\n      customerAgreement {\n        signerName\n        signerEmail\n        acceptedAt\n      }\n      resellerRelationship {\n        id\n        status\n      }\n      adminRelationship {\n        id\n        status\n      }\n      ...AdminAccessCard_customer\n      canPurchase\n      purchaseBlocker {\n        code\n        message\n      }\n      relationships {\n        id\n        ...RelationshipsTable_relationship\n      }\n      subscriptions {\n        id\n        ...SubscriptionRow_subscription\n      }\n    }\n  }\n": typeof types.CustomerDetailPageQueryDocument,
    "\n  query PurchaseFormQuery {\n    products {\n      id\n      name\n      kind\n      unitPriceCents\n      currency\n    }\n  }\n": typeof types.PurchaseFormQueryDocument,
    "\n  mutation PurchaseFormMutation($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n      quantity\n      subscription {\n        id\n        ...SubscriptionRow_subscription\n      }\n    }\n  }\n": typeof types.PurchaseFormMutationDocument,
    "\n  fragment RelationshipsTable_relationship on Relationship {\n    id\n    type\n    status\n    origin\n    createdAt\n    endedAt\n    endedBy\n  }\n": typeof types.RelationshipsTable_RelationshipFragmentDoc,
    "\n  mutation RelationshipsTableEndMutation($id: ID!, $alsoEndAdminRelationship: Boolean) {\n    endRelationship(id: $id, alsoEndAdminRelationship: $alsoEndAdminRelationship) {\n      id\n      ...RelationshipsTable_relationship\n    }\n  }\n": typeof types.RelationshipsTableEndMutationDocument,
    "\n  fragment SubscriptionRow_subscription on CloudSubscription {\n    id\n    quantity\n    status\n    createdAt\n    canChange\n    canSuspend\n    canReactivate\n    canCancel\n    changeBlocker {\n      code\n      message\n      requiredRoles\n    }\n    product {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.SubscriptionRow_SubscriptionFragmentDoc,
    "\n  mutation SubscriptionRowMutation($input: UpdateSubscriptionInput!) {\n    updateSubscription(input: $input) {\n      id\n      ...SubscriptionRow_subscription\n    }\n  }\n": typeof types.SubscriptionRowMutationDocument,
    "\n  fragment RequestRow_request on RelationshipRequest {\n    id\n    status\n    includesReseller\n    adminAccess {\n      roles\n      duration\n      autoExtend\n      displayName\n    }\n    approvedRoles\n    createdAt\n    expiresAt\n    viewedAt\n    answeredAt\n    sentTo\n    sentAt\n    customer {\n      id\n      companyName\n    }\n    createdBy {\n      id\n      displayName\n    }\n    answeredBy {\n      id\n      displayName\n      email\n    }\n    declineReason\n    declineReasonText\n  }\n": typeof types.RequestRow_RequestFragmentDoc,
    "\n  query RequestsPageQuery($first: Int!, $after: String, $status: RelationshipRequestStatus, $expiringWithinDays: Int) {\n    serverCapabilities {\n      emailSending\n    }\n    expiringSoon: relationshipRequests(first: 1, expiringWithinDays: 7) {\n      totalCount\n    }\n    relationshipRequests(first: $first, after: $after, status: $status, expiringWithinDays: $expiringWithinDays) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          sentTo\n          ...RequestRow_request\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RequestsPageQueryDocument,
    "\n  mutation RequestsPageRevokeMutation($id: ID!) {\n    revokeRelationshipRequest(id: $id) {\n      id\n      ...RequestRow_request\n    }\n  }\n": typeof types.RequestsPageRevokeMutationDocument,
    "\n  mutation RequestsPageResendMutation($id: ID!, $locale: Locale) {\n    resendRelationshipRequest(id: $id, locale: $locale) {\n      ...InvitationResult_invitation\n      request {\n        id\n        ...RequestRow_request\n      }\n    }\n  }\n": typeof types.RequestsPageResendMutationDocument,
    "\n  mutation RequestsPageRemindMutation($id: ID!) {\n    remindRelationshipRequest(id: $id) {\n      request {\n        id\n        ...RequestRow_request\n      }\n    }\n  }\n": typeof types.RequestsPageRemindMutationDocument,
    "\n  fragment ApiKeyRow_apiKey on ApiKey {\n    id\n    name\n    scopes\n    prefix\n    status\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.ApiKeyRow_ApiKeyFragmentDoc,
    "\n  query ApiKeysPageQuery {\n    apiKeys {\n      id\n      ...ApiKeyRow_apiKey\n    }\n  }\n": typeof types.ApiKeysPageQueryDocument,
    "\n  mutation ApiKeysPageRevokeMutation($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      ...ApiKeyRow_apiKey\n    }\n  }\n": typeof types.ApiKeysPageRevokeMutationDocument,
    "\n  mutation NewApiKeyDialogMutation($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        ...ApiKeyRow_apiKey\n      }\n    }\n  }\n": typeof types.NewApiKeyDialogMutationDocument,
    "\n  query NotificationsPageQuery {\n    viewer {\n      id\n      notificationSettings {\n        onAnswer\n        digest\n      }\n    }\n    serverCapabilities {\n      emailSending\n    }\n  }\n": typeof types.NotificationsPageQueryDocument,
    "\n  mutation NotificationsPageUpdateMutation($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      onAnswer\n      digest\n    }\n  }\n": typeof types.NotificationsPageUpdateMutationDocument,
    "\n  fragment DeliveryRow_delivery on WebhookDelivery {\n    id\n    webhookId\n    eventType\n    status\n    attempts\n    lastStatusCode\n    lastError\n    durationMs\n    createdAt\n    lastAttemptAt\n    nextAttemptAt\n    deliveredAt\n  }\n": typeof types.DeliveryRow_DeliveryFragmentDoc,
    "\n  query WebhookDeliveriesPageQuery($endpointId: ID!, $first: Int!, $after: String) {\n    webhookEndpoints {\n      id\n      ...WebhookEndpointRow_endpoint\n    }\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...DeliveryRow_delivery\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesPageQueryDocument,
    "\n  mutation RedeliverWebhookMutation($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      ...DeliveryRow_delivery\n    }\n  }\n": typeof types.RedeliverWebhookMutationDocument,
    "\n  mutation WebhookEndpointDialogCreateMutation($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        ...WebhookEndpointRow_endpoint\n      }\n    }\n  }\n": typeof types.WebhookEndpointDialogCreateMutationDocument,
    "\n  mutation WebhookEndpointDialogUpdateMutation($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      ...WebhookEndpointRow_endpoint\n    }\n  }\n": typeof types.WebhookEndpointDialogUpdateMutationDocument,
    "\n  fragment WebhookEndpointRow_endpoint on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    failingSince\n    createdAt\n    updatedAt\n  }\n": typeof types.WebhookEndpointRow_EndpointFragmentDoc,
    "\n  query WebhooksPageQuery {\n    webhookEndpoints {\n      id\n      ...WebhookEndpointRow_endpoint\n    }\n  }\n": typeof types.WebhooksPageQueryDocument,
    "\n  mutation WebhookEndpointToggleMutation($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      enabled\n      failingSince\n      updatedAt\n    }\n  }\n": typeof types.WebhookEndpointToggleMutationDocument,
    "\n  mutation SendTestWebhookMutation($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      id\n      ...DeliveryRow_delivery\n    }\n  }\n": typeof types.SendTestWebhookMutationDocument,
    "\n  mutation RotateWebhookSecretMutation($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        updatedAt\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretMutationDocument,
    "\n  mutation DeleteWebhookEndpointMutation($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointMutationDocument,
    "\n  fragment ViewerContext_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    tenant {\n      id\n      name\n      kind\n      country\n      cloud\n      market\n      partnerId\n      customerAgreementAccepted\n    }\n  }\n": typeof types.ViewerContext_ViewerFragmentDoc,
};
const documents: Documents = {
    "\n  fragment InvitationResult_invitation on RelationshipInvitation {\n    url\n    email {\n      subject\n      body\n    }\n    request {\n      id\n      status\n      expiresAt\n      includesReseller\n      adminAccess {\n        roles\n        duration\n        autoExtend\n        displayName\n      }\n    }\n  }\n": types.InvitationResult_InvitationFragmentDoc,
    "\n  mutation NewRequestDialogMutation($input: RequestResellerRelationshipInput!) {\n    requestResellerRelationship(input: $input) {\n      ...InvitationResult_invitation\n    }\n  }\n": types.NewRequestDialogMutationDocument,
    "\n  mutation NewRequestDialogAdminMutation($input: RequestAdminRelationshipInput!) {\n    requestAdminRelationship(input: $input) {\n      ...InvitationResult_invitation\n    }\n  }\n": types.NewRequestDialogAdminMutationDocument,
    "\n  mutation NewRequestDialogRenewMutation($id: ID!) {\n    resendRelationshipRequest(id: $id) {\n      ...InvitationResult_invitation\n    }\n  }\n": types.NewRequestDialogRenewMutationDocument,
    "\n  query SendInvitationCapabilitiesQuery {\n    serverCapabilities {\n      emailSending\n    }\n  }\n": types.SendInvitationCapabilitiesQueryDocument,
    "\n  mutation SendInvitationMutation($input: SendRelationshipInvitationInput!) {\n    sendRelationshipInvitation(input: $input) {\n      id\n      sentTo\n      sentAt\n    }\n  }\n": types.SendInvitationMutationDocument,
    "\n  fragment AdminAccessCard_customer on Customer {\n    id\n    companyName\n    resellerRelationship {\n      id\n      status\n    }\n    adminRelationship {\n      id\n      status\n      roles\n      displayName\n      duration\n      autoExtend\n      endsAt\n      endedAt\n      expiringSoon\n    }\n  }\n": types.AdminAccessCard_CustomerFragmentDoc,
    "\n  query AdminAccessCardPendingQuery($customerId: ID!) {\n    relationshipRequests(first: 1, status: PENDING, customerId: $customerId) {\n      edges {\n        node {\n          id\n          expiresAt\n          adminAccess {\n            roles\n            duration\n            autoExtend\n          }\n        }\n      }\n    }\n  }\n": types.AdminAccessCardPendingQueryDocument,
    "\n  query AppLayoutQuery {\n    viewer {\n      ...ViewerContext_viewer\n    }\n  }\n": types.AppLayoutQueryDocument,
    "\n  mutation SignOutMutation {\n    signOut\n  }\n": types.SignOutMutationDocument,
    "\n  mutation SignOutEverywhereMutation {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereMutationDocument,
    "\n  subscription RelationshipEventsSubscription {\n    relationshipEvents {\n      id\n      type\n      createdAt\n      customer {\n        id\n        companyName\n      }\n    }\n  }\n": types.RelationshipEventsSubscriptionDocument,
    "\n  mutation SignInPageMutation($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n": types.SignInPageMutationDocument,
    "\n  mutation YourPartnersPageAskMutation($id: ID!, $message: String) {\n    requestRelationshipEnd(id: $id, message: $message) {\n      id\n      endRequestedAt\n    }\n  }\n": types.YourPartnersPageAskMutationDocument,
    "\n  mutation YourPartnersPageRemoveRolesMutation($id: ID!, $roles: [AdminRole!]!) {\n    removeAdminRoles(relationshipId: $id, roles: $roles) {\n      id\n      status\n      roles\n    }\n  }\n": types.YourPartnersPageRemoveRolesMutationDocument,
    "\n  query YourPartnersPageQuery($first: Int!, $locale: Locale!) {\n    partnerRelationships(first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          type\n          status\n          createdAt\n          endedAt\n          endedBy\n          endRequestedAt\n          roles\n          endsAt\n          expiringSoon\n          autoExtend\n          activeSubscriptions {\n            id\n            productName\n            quantity\n          }\n          partner {\n            name\n            country\n            partnerId\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    adminRoles(locale: $locale) {\n      role\n      displayName\n      description\n    }\n  }\n": types.YourPartnersPageQueryDocument,
    "\n  mutation YourPartnersPageEndMutation($id: ID!, $alsoEndAdminRelationship: Boolean) {\n    endRelationship(id: $id, alsoEndAdminRelationship: $alsoEndAdminRelationship) {\n      id\n      status\n      endedAt\n      endedBy\n    }\n  }\n": types.YourPartnersPageEndMutationDocument,
    "\n  query ActivityPageQuery($first: Int!, $after: String) {\n    activityLog(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          type\n          summary\n          params\n          createdAt\n          actor {\n            id\n            displayName\n          }\n          customer {\n            id\n            companyName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ActivityPageQueryDocument,
    "\n  mutation AddCustomerPageMutation($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      ...CustomerRow_customer\n    }\n  }\n": types.AddCustomerPageMutationDocument,
    "\n  fragment CustomerRow_customer on Customer {\n    id\n    companyName\n    domain\n    country\n    cloud\n    customerAgreementAccepted\n    subscriptionCount\n    resellerRelationship {\n      id\n      status\n    }\n    adminRelationship {\n      id\n      status\n    }\n    adminAccessSummary {\n      roles\n      preset\n      endsAt\n      autoExtend\n      expiringSoon\n      daysLeft\n    }\n  }\n": types.CustomerRow_CustomerFragmentDoc,
    "\n  query CustomersPageQuery($first: Int!, $after: String, $search: String, $relationship: RelationshipFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, search: $search, relationship: $relationship, orderBy: $orderBy) {\n      totalCount\n      adminExpiringCount\n      edges {\n        cursor\n        node {\n          id\n          ...CustomerRow_customer\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CustomersPageQueryDocument,
    "\n  query CustomersExportQuery($first: Int!, $after: String, $search: String, $relationship: RelationshipFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, search: $search, relationship: $relationship, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n          ...CustomerRow_customer\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CustomersExportQueryDocument,
    "\n  mutation AgreementFormMutation($customerId: ID!, $input: CustomerAgreementInput!) {\n    recordCustomerAgreement(customerId: $customerId, input: $input) {\n      id\n      customerAgreementAccepted\n      canPurchase\n      purchaseBlocker {\n        code\n        message\n      }\n      customerAgreement {\n        signerName\n        signerEmail\n        acceptedAt\n      }\n    }\n  }\n": types.AgreementFormMutationDocument,
    "\n  mutation CancelSubscriptionMutation($id: ID!) {\n    updateSubscription(input: { id: $id, status: CANCELLED }) {\n      id\n      ...SubscriptionRow_subscription\n    }\n  }\n": types.CancelSubscriptionMutationDocument,
    "\n  query CustomerDetailPageQuery($id: ID!) {\n    customer(id: $id) {\n      id\n      companyName\n      domain\n      country\n      cloud\n      contactName\n      contactEmail\n      createdAt\n      customerAgreementAccepted\n      customerAgreement {\n        signerName\n        signerEmail\n        acceptedAt\n      }\n      resellerRelationship {\n        id\n        status\n      }\n      adminRelationship {\n        id\n        status\n      }\n      ...AdminAccessCard_customer\n      canPurchase\n      purchaseBlocker {\n        code\n        message\n      }\n      relationships {\n        id\n        ...RelationshipsTable_relationship\n      }\n      subscriptions {\n        id\n        ...SubscriptionRow_subscription\n      }\n    }\n  }\n": types.CustomerDetailPageQueryDocument,
    "\n  query PurchaseFormQuery {\n    products {\n      id\n      name\n      kind\n      unitPriceCents\n      currency\n    }\n  }\n": types.PurchaseFormQueryDocument,
    "\n  mutation PurchaseFormMutation($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n      quantity\n      subscription {\n        id\n        ...SubscriptionRow_subscription\n      }\n    }\n  }\n": types.PurchaseFormMutationDocument,
    "\n  fragment RelationshipsTable_relationship on Relationship {\n    id\n    type\n    status\n    origin\n    createdAt\n    endedAt\n    endedBy\n  }\n": types.RelationshipsTable_RelationshipFragmentDoc,
    "\n  mutation RelationshipsTableEndMutation($id: ID!, $alsoEndAdminRelationship: Boolean) {\n    endRelationship(id: $id, alsoEndAdminRelationship: $alsoEndAdminRelationship) {\n      id\n      ...RelationshipsTable_relationship\n    }\n  }\n": types.RelationshipsTableEndMutationDocument,
    "\n  fragment SubscriptionRow_subscription on CloudSubscription {\n    id\n    quantity\n    status\n    createdAt\n    canChange\n    canSuspend\n    canReactivate\n    canCancel\n    changeBlocker {\n      code\n      message\n      requiredRoles\n    }\n    product {\n      id\n      name\n      kind\n    }\n  }\n": types.SubscriptionRow_SubscriptionFragmentDoc,
    "\n  mutation SubscriptionRowMutation($input: UpdateSubscriptionInput!) {\n    updateSubscription(input: $input) {\n      id\n      ...SubscriptionRow_subscription\n    }\n  }\n": types.SubscriptionRowMutationDocument,
    "\n  fragment RequestRow_request on RelationshipRequest {\n    id\n    status\n    includesReseller\n    adminAccess {\n      roles\n      duration\n      autoExtend\n      displayName\n    }\n    approvedRoles\n    createdAt\n    expiresAt\n    viewedAt\n    answeredAt\n    sentTo\n    sentAt\n    customer {\n      id\n      companyName\n    }\n    createdBy {\n      id\n      displayName\n    }\n    answeredBy {\n      id\n      displayName\n      email\n    }\n    declineReason\n    declineReasonText\n  }\n": types.RequestRow_RequestFragmentDoc,
    "\n  query RequestsPageQuery($first: Int!, $after: String, $status: RelationshipRequestStatus, $expiringWithinDays: Int) {\n    serverCapabilities {\n      emailSending\n    }\n    expiringSoon: relationshipRequests(first: 1, expiringWithinDays: 7) {\n      totalCount\n    }\n    relationshipRequests(first: $first, after: $after, status: $status, expiringWithinDays: $expiringWithinDays) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          sentTo\n          ...RequestRow_request\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RequestsPageQueryDocument,
    "\n  mutation RequestsPageRevokeMutation($id: ID!) {\n    revokeRelationshipRequest(id: $id) {\n      id\n      ...RequestRow_request\n    }\n  }\n": types.RequestsPageRevokeMutationDocument,
    "\n  mutation RequestsPageResendMutation($id: ID!, $locale: Locale) {\n    resendRelationshipRequest(id: $id, locale: $locale) {\n      ...InvitationResult_invitation\n      request {\n        id\n        ...RequestRow_request\n      }\n    }\n  }\n": types.RequestsPageResendMutationDocument,
    "\n  mutation RequestsPageRemindMutation($id: ID!) {\n    remindRelationshipRequest(id: $id) {\n      request {\n        id\n        ...RequestRow_request\n      }\n    }\n  }\n": types.RequestsPageRemindMutationDocument,
    "\n  fragment ApiKeyRow_apiKey on ApiKey {\n    id\n    name\n    scopes\n    prefix\n    status\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.ApiKeyRow_ApiKeyFragmentDoc,
    "\n  query ApiKeysPageQuery {\n    apiKeys {\n      id\n      ...ApiKeyRow_apiKey\n    }\n  }\n": types.ApiKeysPageQueryDocument,
    "\n  mutation ApiKeysPageRevokeMutation($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      ...ApiKeyRow_apiKey\n    }\n  }\n": types.ApiKeysPageRevokeMutationDocument,
    "\n  mutation NewApiKeyDialogMutation($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        ...ApiKeyRow_apiKey\n      }\n    }\n  }\n": types.NewApiKeyDialogMutationDocument,
    "\n  query NotificationsPageQuery {\n    viewer {\n      id\n      notificationSettings {\n        onAnswer\n        digest\n      }\n    }\n    serverCapabilities {\n      emailSending\n    }\n  }\n": types.NotificationsPageQueryDocument,
    "\n  mutation NotificationsPageUpdateMutation($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      onAnswer\n      digest\n    }\n  }\n": types.NotificationsPageUpdateMutationDocument,
    "\n  fragment DeliveryRow_delivery on WebhookDelivery {\n    id\n    webhookId\n    eventType\n    status\n    attempts\n    lastStatusCode\n    lastError\n    durationMs\n    createdAt\n    lastAttemptAt\n    nextAttemptAt\n    deliveredAt\n  }\n": types.DeliveryRow_DeliveryFragmentDoc,
    "\n  query WebhookDeliveriesPageQuery($endpointId: ID!, $first: Int!, $after: String) {\n    webhookEndpoints {\n      id\n      ...WebhookEndpointRow_endpoint\n    }\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...DeliveryRow_delivery\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WebhookDeliveriesPageQueryDocument,
    "\n  mutation RedeliverWebhookMutation($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      ...DeliveryRow_delivery\n    }\n  }\n": types.RedeliverWebhookMutationDocument,
    "\n  mutation WebhookEndpointDialogCreateMutation($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        ...WebhookEndpointRow_endpoint\n      }\n    }\n  }\n": types.WebhookEndpointDialogCreateMutationDocument,
    "\n  mutation WebhookEndpointDialogUpdateMutation($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      ...WebhookEndpointRow_endpoint\n    }\n  }\n": types.WebhookEndpointDialogUpdateMutationDocument,
    "\n  fragment WebhookEndpointRow_endpoint on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    failingSince\n    createdAt\n    updatedAt\n  }\n": types.WebhookEndpointRow_EndpointFragmentDoc,
    "\n  query WebhooksPageQuery {\n    webhookEndpoints {\n      id\n      ...WebhookEndpointRow_endpoint\n    }\n  }\n": types.WebhooksPageQueryDocument,
    "\n  mutation WebhookEndpointToggleMutation($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      enabled\n      failingSince\n      updatedAt\n    }\n  }\n": types.WebhookEndpointToggleMutationDocument,
    "\n  mutation SendTestWebhookMutation($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      id\n      ...DeliveryRow_delivery\n    }\n  }\n": types.SendTestWebhookMutationDocument,
    "\n  mutation RotateWebhookSecretMutation($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        updatedAt\n      }\n    }\n  }\n": types.RotateWebhookSecretMutationDocument,
    "\n  mutation DeleteWebhookEndpointMutation($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointMutationDocument,
    "\n  fragment ViewerContext_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    tenant {\n      id\n      name\n      kind\n      country\n      cloud\n      market\n      partnerId\n      customerAgreementAccepted\n    }\n  }\n": types.ViewerContext_ViewerFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationResult_invitation on RelationshipInvitation {\n    url\n    email {\n      subject\n      body\n    }\n    request {\n      id\n      status\n      expiresAt\n      includesReseller\n      adminAccess {\n        roles\n        duration\n        autoExtend\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationResult_invitation on RelationshipInvitation {\n    url\n    email {\n      subject\n      body\n    }\n    request {\n      id\n      status\n      expiresAt\n      includesReseller\n      adminAccess {\n        roles\n        duration\n        autoExtend\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewRequestDialogMutation($input: RequestResellerRelationshipInput!) {\n    requestResellerRelationship(input: $input) {\n      ...InvitationResult_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation NewRequestDialogMutation($input: RequestResellerRelationshipInput!) {\n    requestResellerRelationship(input: $input) {\n      ...InvitationResult_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewRequestDialogAdminMutation($input: RequestAdminRelationshipInput!) {\n    requestAdminRelationship(input: $input) {\n      ...InvitationResult_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation NewRequestDialogAdminMutation($input: RequestAdminRelationshipInput!) {\n    requestAdminRelationship(input: $input) {\n      ...InvitationResult_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewRequestDialogRenewMutation($id: ID!) {\n    resendRelationshipRequest(id: $id) {\n      ...InvitationResult_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation NewRequestDialogRenewMutation($id: ID!) {\n    resendRelationshipRequest(id: $id) {\n      ...InvitationResult_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SendInvitationCapabilitiesQuery {\n    serverCapabilities {\n      emailSending\n    }\n  }\n"): (typeof documents)["\n  query SendInvitationCapabilitiesQuery {\n    serverCapabilities {\n      emailSending\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendInvitationMutation($input: SendRelationshipInvitationInput!) {\n    sendRelationshipInvitation(input: $input) {\n      id\n      sentTo\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  mutation SendInvitationMutation($input: SendRelationshipInvitationInput!) {\n    sendRelationshipInvitation(input: $input) {\n      id\n      sentTo\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminAccessCard_customer on Customer {\n    id\n    companyName\n    resellerRelationship {\n      id\n      status\n    }\n    adminRelationship {\n      id\n      status\n      roles\n      displayName\n      duration\n      autoExtend\n      endsAt\n      endedAt\n      expiringSoon\n    }\n  }\n"): (typeof documents)["\n  fragment AdminAccessCard_customer on Customer {\n    id\n    companyName\n    resellerRelationship {\n      id\n      status\n    }\n    adminRelationship {\n      id\n      status\n      roles\n      displayName\n      duration\n      autoExtend\n      endsAt\n      endedAt\n      expiringSoon\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAccessCardPendingQuery($customerId: ID!) {\n    relationshipRequests(first: 1, status: PENDING, customerId: $customerId) {\n      edges {\n        node {\n          id\n          expiresAt\n          adminAccess {\n            roles\n            duration\n            autoExtend\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAccessCardPendingQuery($customerId: ID!) {\n    relationshipRequests(first: 1, status: PENDING, customerId: $customerId) {\n      edges {\n        node {\n          id\n          expiresAt\n          adminAccess {\n            roles\n            duration\n            autoExtend\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppLayoutQuery {\n    viewer {\n      ...ViewerContext_viewer\n    }\n  }\n"): (typeof documents)["\n  query AppLayoutQuery {\n    viewer {\n      ...ViewerContext_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutMutation {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOutMutation {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhereMutation {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhereMutation {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RelationshipEventsSubscription {\n    relationshipEvents {\n      id\n      type\n      createdAt\n      customer {\n        id\n        companyName\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RelationshipEventsSubscription {\n    relationshipEvents {\n      id\n      type\n      createdAt\n      customer {\n        id\n        companyName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInPageMutation($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInPageMutation($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YourPartnersPageAskMutation($id: ID!, $message: String) {\n    requestRelationshipEnd(id: $id, message: $message) {\n      id\n      endRequestedAt\n    }\n  }\n"): (typeof documents)["\n  mutation YourPartnersPageAskMutation($id: ID!, $message: String) {\n    requestRelationshipEnd(id: $id, message: $message) {\n      id\n      endRequestedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YourPartnersPageRemoveRolesMutation($id: ID!, $roles: [AdminRole!]!) {\n    removeAdminRoles(relationshipId: $id, roles: $roles) {\n      id\n      status\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation YourPartnersPageRemoveRolesMutation($id: ID!, $roles: [AdminRole!]!) {\n    removeAdminRoles(relationshipId: $id, roles: $roles) {\n      id\n      status\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YourPartnersPageQuery($first: Int!, $locale: Locale!) {\n    partnerRelationships(first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          type\n          status\n          createdAt\n          endedAt\n          endedBy\n          endRequestedAt\n          roles\n          endsAt\n          expiringSoon\n          autoExtend\n          activeSubscriptions {\n            id\n            productName\n            quantity\n          }\n          partner {\n            name\n            country\n            partnerId\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    adminRoles(locale: $locale) {\n      role\n      displayName\n      description\n    }\n  }\n"): (typeof documents)["\n  query YourPartnersPageQuery($first: Int!, $locale: Locale!) {\n    partnerRelationships(first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          type\n          status\n          createdAt\n          endedAt\n          endedBy\n          endRequestedAt\n          roles\n          endsAt\n          expiringSoon\n          autoExtend\n          activeSubscriptions {\n            id\n            productName\n            quantity\n          }\n          partner {\n            name\n            country\n            partnerId\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    adminRoles(locale: $locale) {\n      role\n      displayName\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YourPartnersPageEndMutation($id: ID!, $alsoEndAdminRelationship: Boolean) {\n    endRelationship(id: $id, alsoEndAdminRelationship: $alsoEndAdminRelationship) {\n      id\n      status\n      endedAt\n      endedBy\n    }\n  }\n"): (typeof documents)["\n  mutation YourPartnersPageEndMutation($id: ID!, $alsoEndAdminRelationship: Boolean) {\n    endRelationship(id: $id, alsoEndAdminRelationship: $alsoEndAdminRelationship) {\n      id\n      status\n      endedAt\n      endedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityPageQuery($first: Int!, $after: String) {\n    activityLog(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          type\n          summary\n          params\n          createdAt\n          actor {\n            id\n            displayName\n          }\n          customer {\n            id\n            companyName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityPageQuery($first: Int!, $after: String) {\n    activityLog(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          type\n          summary\n          params\n          createdAt\n          actor {\n            id\n            displayName\n          }\n          customer {\n            id\n            companyName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCustomerPageMutation($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      ...CustomerRow_customer\n    }\n  }\n"): (typeof documents)["\n  mutation AddCustomerPageMutation($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      ...CustomerRow_customer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerRow_customer on Customer {\n    id\n    companyName\n    domain\n    country\n    cloud\n    customerAgreementAccepted\n    subscriptionCount\n    resellerRelationship {\n      id\n      status\n    }\n    adminRelationship {\n      id\n      status\n    }\n    adminAccessSummary {\n      roles\n      preset\n      endsAt\n      autoExtend\n      expiringSoon\n      daysLeft\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerRow_customer on Customer {\n    id\n    companyName\n    domain\n    country\n    cloud\n    customerAgreementAccepted\n    subscriptionCount\n    resellerRelationship {\n      id\n      status\n    }\n    adminRelationship {\n      id\n      status\n    }\n    adminAccessSummary {\n      roles\n      preset\n      endsAt\n      autoExtend\n      expiringSoon\n      daysLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersPageQuery($first: Int!, $after: String, $search: String, $relationship: RelationshipFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, search: $search, relationship: $relationship, orderBy: $orderBy) {\n      totalCount\n      adminExpiringCount\n      edges {\n        cursor\n        node {\n          id\n          ...CustomerRow_customer\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomersPageQuery($first: Int!, $after: String, $search: String, $relationship: RelationshipFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, search: $search, relationship: $relationship, orderBy: $orderBy) {\n      totalCount\n      adminExpiringCount\n      edges {\n        cursor\n        node {\n          id\n          ...CustomerRow_customer\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersExportQuery($first: Int!, $after: String, $search: String, $relationship: RelationshipFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, search: $search, relationship: $relationship, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n          ...CustomerRow_customer\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomersExportQuery($first: Int!, $after: String, $search: String, $relationship: RelationshipFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, search: $search, relationship: $relationship, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n          ...CustomerRow_customer\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementFormMutation($customerId: ID!, $input: CustomerAgreementInput!) {\n    recordCustomerAgreement(customerId: $customerId, input: $input) {\n      id\n      customerAgreementAccepted\n      canPurchase\n      purchaseBlocker {\n        code\n        message\n      }\n      customerAgreement {\n        signerName\n        signerEmail\n        acceptedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AgreementFormMutation($customerId: ID!, $input: CustomerAgreementInput!) {\n    recordCustomerAgreement(customerId: $customerId, input: $input) {\n      id\n      customerAgreementAccepted\n      canPurchase\n      purchaseBlocker {\n        code\n        message\n      }\n      customerAgreement {\n        signerName\n        signerEmail\n        acceptedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSubscriptionMutation($id: ID!) {\n    updateSubscription(input: { id: $id, status: CANCELLED }) {\n      id\n      ...SubscriptionRow_subscription\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSubscriptionMutation($id: ID!) {\n    updateSubscription(input: { id: $id, status: CANCELLED }) {\n      id\n      ...SubscriptionRow_subscription\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetailPageQuery($id: ID!) {\n    customer(id: $id) {\n      id\n      companyName\n      domain\n      country\n      cloud\n      contactName\n      contactEmail\n      createdAt\n      customerAgreementAccepted\n      customerAgreement {\n        signerName\n        signerEmail\n        acceptedAt\n      }\n      resellerRelationship {\n        id\n        status\n      }\n      adminRelationship {\n        id\n        status\n      }\n      ...AdminAccessCard_customer\n      canPurchase\n      purchaseBlocker {\n        code\n        message\n      }\n      relationships {\n        id\n        ...RelationshipsTable_relationship\n      }\n      subscriptions {\n        id\n        ...SubscriptionRow_subscription\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDetailPageQuery($id: ID!) {\n    customer(id: $id) {\n      id\n      companyName\n      domain\n      country\n      cloud\n      contactName\n      contactEmail\n      createdAt\n      customerAgreementAccepted\n      customerAgreement {\n        signerName\n        signerEmail\n        acceptedAt\n      }\n      resellerRelationship {\n        id\n        status\n      }\n      adminRelationship {\n        id\n        status\n      }\n      ...AdminAccessCard_customer\n      canPurchase\n      purchaseBlocker {\n        code\n        message\n      }\n      relationships {\n        id\n        ...RelationshipsTable_relationship\n      }\n      subscriptions {\n        id\n        ...SubscriptionRow_subscription\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PurchaseFormQuery {\n    products {\n      id\n      name\n      kind\n      unitPriceCents\n      currency\n    }\n  }\n"): (typeof documents)["\n  query PurchaseFormQuery {\n    products {\n      id\n      name\n      kind\n      unitPriceCents\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchaseFormMutation($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n      quantity\n      subscription {\n        id\n        ...SubscriptionRow_subscription\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PurchaseFormMutation($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n      quantity\n      subscription {\n        id\n        ...SubscriptionRow_subscription\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationshipsTable_relationship on Relationship {\n    id\n    type\n    status\n    origin\n    createdAt\n    endedAt\n    endedBy\n  }\n"): (typeof documents)["\n  fragment RelationshipsTable_relationship on Relationship {\n    id\n    type\n    status\n    origin\n    createdAt\n    endedAt\n    endedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RelationshipsTableEndMutation($id: ID!, $alsoEndAdminRelationship: Boolean) {\n    endRelationship(id: $id, alsoEndAdminRelationship: $alsoEndAdminRelationship) {\n      id\n      ...RelationshipsTable_relationship\n    }\n  }\n"): (typeof documents)["\n  mutation RelationshipsTableEndMutation($id: ID!, $alsoEndAdminRelationship: Boolean) {\n    endRelationship(id: $id, alsoEndAdminRelationship: $alsoEndAdminRelationship) {\n      id\n      ...RelationshipsTable_relationship\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubscriptionRow_subscription on CloudSubscription {\n    id\n    quantity\n    status\n    createdAt\n    canChange\n    canSuspend\n    canReactivate\n    canCancel\n    changeBlocker {\n      code\n      message\n      requiredRoles\n    }\n    product {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment SubscriptionRow_subscription on CloudSubscription {\n    id\n    quantity\n    status\n    createdAt\n    canChange\n    canSuspend\n    canReactivate\n    canCancel\n    changeBlocker {\n      code\n      message\n      requiredRoles\n    }\n    product {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionRowMutation($input: UpdateSubscriptionInput!) {\n    updateSubscription(input: $input) {\n      id\n      ...SubscriptionRow_subscription\n    }\n  }\n"): (typeof documents)["\n  mutation SubscriptionRowMutation($input: UpdateSubscriptionInput!) {\n    updateSubscription(input: $input) {\n      id\n      ...SubscriptionRow_subscription\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestRow_request on RelationshipRequest {\n    id\n    status\n    includesReseller\n    adminAccess {\n      roles\n      duration\n      autoExtend\n      displayName\n    }\n    approvedRoles\n    createdAt\n    expiresAt\n    viewedAt\n    answeredAt\n    sentTo\n    sentAt\n    customer {\n      id\n      companyName\n    }\n    createdBy {\n      id\n      displayName\n    }\n    answeredBy {\n      id\n      displayName\n      email\n    }\n    declineReason\n    declineReasonText\n  }\n"): (typeof documents)["\n  fragment RequestRow_request on RelationshipRequest {\n    id\n    status\n    includesReseller\n    adminAccess {\n      roles\n      duration\n      autoExtend\n      displayName\n    }\n    approvedRoles\n    createdAt\n    expiresAt\n    viewedAt\n    answeredAt\n    sentTo\n    sentAt\n    customer {\n      id\n      companyName\n    }\n    createdBy {\n      id\n      displayName\n    }\n    answeredBy {\n      id\n      displayName\n      email\n    }\n    declineReason\n    declineReasonText\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestsPageQuery($first: Int!, $after: String, $status: RelationshipRequestStatus, $expiringWithinDays: Int) {\n    serverCapabilities {\n      emailSending\n    }\n    expiringSoon: relationshipRequests(first: 1, expiringWithinDays: 7) {\n      totalCount\n    }\n    relationshipRequests(first: $first, after: $after, status: $status, expiringWithinDays: $expiringWithinDays) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          sentTo\n          ...RequestRow_request\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestsPageQuery($first: Int!, $after: String, $status: RelationshipRequestStatus, $expiringWithinDays: Int) {\n    serverCapabilities {\n      emailSending\n    }\n    expiringSoon: relationshipRequests(first: 1, expiringWithinDays: 7) {\n      totalCount\n    }\n    relationshipRequests(first: $first, after: $after, status: $status, expiringWithinDays: $expiringWithinDays) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          sentTo\n          ...RequestRow_request\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestsPageRevokeMutation($id: ID!) {\n    revokeRelationshipRequest(id: $id) {\n      id\n      ...RequestRow_request\n    }\n  }\n"): (typeof documents)["\n  mutation RequestsPageRevokeMutation($id: ID!) {\n    revokeRelationshipRequest(id: $id) {\n      id\n      ...RequestRow_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestsPageResendMutation($id: ID!, $locale: Locale) {\n    resendRelationshipRequest(id: $id, locale: $locale) {\n      ...InvitationResult_invitation\n      request {\n        id\n        ...RequestRow_request\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestsPageResendMutation($id: ID!, $locale: Locale) {\n    resendRelationshipRequest(id: $id, locale: $locale) {\n      ...InvitationResult_invitation\n      request {\n        id\n        ...RequestRow_request\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestsPageRemindMutation($id: ID!) {\n    remindRelationshipRequest(id: $id) {\n      request {\n        id\n        ...RequestRow_request\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestsPageRemindMutation($id: ID!) {\n    remindRelationshipRequest(id: $id) {\n      request {\n        id\n        ...RequestRow_request\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRow_apiKey on ApiKey {\n    id\n    name\n    scopes\n    prefix\n    status\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ApiKeyRow_apiKey on ApiKey {\n    id\n    name\n    scopes\n    prefix\n    status\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysPageQuery {\n    apiKeys {\n      id\n      ...ApiKeyRow_apiKey\n    }\n  }\n"): (typeof documents)["\n  query ApiKeysPageQuery {\n    apiKeys {\n      id\n      ...ApiKeyRow_apiKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysPageRevokeMutation($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      ...ApiKeyRow_apiKey\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeysPageRevokeMutation($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      ...ApiKeyRow_apiKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewApiKeyDialogMutation($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        ...ApiKeyRow_apiKey\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NewApiKeyDialogMutation($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        ...ApiKeyRow_apiKey\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPageQuery {\n    viewer {\n      id\n      notificationSettings {\n        onAnswer\n        digest\n      }\n    }\n    serverCapabilities {\n      emailSending\n    }\n  }\n"): (typeof documents)["\n  query NotificationsPageQuery {\n    viewer {\n      id\n      notificationSettings {\n        onAnswer\n        digest\n      }\n    }\n    serverCapabilities {\n      emailSending\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsPageUpdateMutation($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      onAnswer\n      digest\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsPageUpdateMutation($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      onAnswer\n      digest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliveryRow_delivery on WebhookDelivery {\n    id\n    webhookId\n    eventType\n    status\n    attempts\n    lastStatusCode\n    lastError\n    durationMs\n    createdAt\n    lastAttemptAt\n    nextAttemptAt\n    deliveredAt\n  }\n"): (typeof documents)["\n  fragment DeliveryRow_delivery on WebhookDelivery {\n    id\n    webhookId\n    eventType\n    status\n    attempts\n    lastStatusCode\n    lastError\n    durationMs\n    createdAt\n    lastAttemptAt\n    nextAttemptAt\n    deliveredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveriesPageQuery($endpointId: ID!, $first: Int!, $after: String) {\n    webhookEndpoints {\n      id\n      ...WebhookEndpointRow_endpoint\n    }\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...DeliveryRow_delivery\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveriesPageQuery($endpointId: ID!, $first: Int!, $after: String) {\n    webhookEndpoints {\n      id\n      ...WebhookEndpointRow_endpoint\n    }\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...DeliveryRow_delivery\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhookMutation($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      ...DeliveryRow_delivery\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhookMutation($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      ...DeliveryRow_delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookEndpointDialogCreateMutation($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        ...WebhookEndpointRow_endpoint\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookEndpointDialogCreateMutation($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        ...WebhookEndpointRow_endpoint\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookEndpointDialogUpdateMutation($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      ...WebhookEndpointRow_endpoint\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookEndpointDialogUpdateMutation($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      ...WebhookEndpointRow_endpoint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointRow_endpoint on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    failingSince\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment WebhookEndpointRow_endpoint on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    failingSince\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksPageQuery {\n    webhookEndpoints {\n      id\n      ...WebhookEndpointRow_endpoint\n    }\n  }\n"): (typeof documents)["\n  query WebhooksPageQuery {\n    webhookEndpoints {\n      id\n      ...WebhookEndpointRow_endpoint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookEndpointToggleMutation($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      enabled\n      failingSince\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookEndpointToggleMutation($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      enabled\n      failingSince\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhookMutation($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      id\n      ...DeliveryRow_delivery\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhookMutation($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      id\n      ...DeliveryRow_delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecretMutation($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecretMutation($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpointMutation($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpointMutation($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerContext_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    tenant {\n      id\n      name\n      kind\n      country\n      cloud\n      market\n      partnerId\n      customerAgreementAccepted\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerContext_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    tenant {\n      id\n      name\n      kind\n      country\n      cloud\n      market\n      partnerId\n      customerAgreementAccepted\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;