import { lazy, Suspense, type ComponentProps } from 'react';
import type { NewRequestDialog } from './NewRequestDialog.js';

// The request dialog (its form, the result with the email and link, sending) loads on first use:
// the customer list is the first screen, and most visits never open the dialog.
const Dialog = lazy(() => import('./NewRequestDialog.js').then((module) => ({ default: module.NewRequestDialog })));

export function LazyNewRequestDialog(props: ComponentProps<typeof NewRequestDialog>) {
  return <Suspense fallback={null}><Dialog {...props} /></Suspense>;
}
