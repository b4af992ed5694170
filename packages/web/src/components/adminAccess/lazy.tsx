import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { AdminAccessAsked } from './AdminAccessAsked.js';
import type { AdminAccessCard } from './AdminAccessCard.js';
import type { AdminAccessSection } from './AdminAccessSection.js';

// The admin access components and the role catalogue they show (Microsoft's names and our plain
// words, in both languages) load as one chunk on first use, outside the first-visit bundle.
const load = () => import('./index.js');
const Section = lazy(() => load().then((module) => ({ default: module.AdminAccessSection })));
const Asked = lazy(() => load().then((module) => ({ default: module.AdminAccessAsked })));
const Card = lazy(() => load().then((module) => ({ default: module.AdminAccessCard })));

function Loading() {
  const { t } = useI18n();
  return <p className="muted" role="status">{t('app.loading')}</p>;
}

export function LazyAdminAccessSection(props: ComponentProps<typeof AdminAccessSection>) {
  return <Suspense fallback={<Loading />}><Section {...props} /></Suspense>;
}

/** `fallback`: what to show until the chunk is there (a list row shows its role count). */
export function LazyAdminAccessAsked({ fallback, ...props }: ComponentProps<typeof AdminAccessAsked> & { fallback: ReactNode }) {
  return <Suspense fallback={fallback}><Asked {...props} /></Suspense>;
}

export function LazyAdminAccessCard(props: ComponentProps<typeof AdminAccessCard>) {
  return <Suspense fallback={<Loading />}><Card {...props} /></Suspense>;
}
