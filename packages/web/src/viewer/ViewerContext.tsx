import { canRun, type Operation, type Principal } from '@partnerlink/shared';
import { createContext, useContext } from 'react';
import { graphql } from '../gql/index.js';
import type { ViewerContext_ViewerFragment } from '../gql/graphql.js';

export const ViewerContext_viewer = graphql(`
  fragment ViewerContext_viewer on Viewer {
    id
    email
    displayName
    roles
    tenant {
      id
      name
      kind
      domain
      country
      cloud
      market
      partnerId
      partnerType
      customerAgreementAccepted
    }
  }
`);

export type Viewer = ViewerContext_ViewerFragment;

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user; only inside the signed-in layout. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer needs a signed-in layout.');
  return viewer;
}

/** What `can()` from @partnerlink/shared needs to know about a user. */
export function principalOf(viewer: Viewer | null | undefined): Principal | null {
  return viewer ? { tenantKind: viewer.tenant.kind, roles: viewer.roles } : null;
}

/**
 * Whether the signed-in user may run a GraphQL operation: shared's OPERATIONS, the same rule the
 * api authorises the operation by. A button that runs an operation asks this, never an action.
 */
export function useCanRun(): (operation: Operation) => boolean {
  const principal = principalOf(useViewer());
  return (operation) => canRun(principal, operation);
}
