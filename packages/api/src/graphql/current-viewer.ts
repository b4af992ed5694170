import { createParameterDecorator } from 'type-graphql';
import { DomainError } from '@partnerlink/shared';
import type { Context } from '../context.js';
import type { Viewer } from '../viewer.js';

/** The signed-in viewer as a resolver argument; UNAUTHENTICATED when there is none. */
export function CurrentViewer() {
  return createParameterDecorator<Context>(({ context }): Viewer => {
    if (!context.viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
    return context.viewer;
  });
}
