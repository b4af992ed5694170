import { useMutation } from '@apollo/client/react';
import { evictFields } from '../../../../apollo/cache.js';
import { graphql } from '../../../../gql/index.js';

export const ToggleEndpointMutation = graphql(`
  mutation WebhookEndpointToggleMutation($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      id
      enabled
      failingSince
      updatedAt
    }
  }
`);

export const SendTestWebhookMutation = graphql(`
  mutation SendTestWebhookMutation($endpointId: ID!) {
    sendTestWebhook(endpointId: $endpointId) {
      id
      ...DeliveryRow_delivery
    }
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecretMutation($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      endpoint {
        id
        updatedAt
      }
    }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpointMutation($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

/** Enables or disables an endpoint (re-enabling clears failingSince). */
export function useToggleEndpoint() {
  return useMutation(ToggleEndpointMutation);
}

/** Queues a `test` delivery; the delivery logs load again to show it. */
export function useSendTestWebhook() {
  return useMutation(SendTestWebhookMutation, { update: evictFields('webhookDeliveries') });
}
