import type { ReactNode } from 'react';

export type Tone = 'info' | 'success' | 'warning' | 'danger';

const ICONS: Record<Tone, string> = { info: 'i', success: '✓', warning: '!', danger: '×' };

/** A designed state: an icon, a title, a sentence and optional actions. */
export function StatusPanel({ tone, title, children, actions, level = 2 }: {
  tone: Tone;
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  /** 1 when the panel is the whole page (no other heading above it). */
  level?: 1 | 2;
}) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section className={`status-panel status-panel--${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
      <span className="status-panel__icon" aria-hidden="true">{ICONS[tone]}</span>
      <div>
        <Heading className="status-panel__title">{title}</Heading>
        {children ? <div className="status-panel__text">{children}</div> : null}
        {actions ? <div className="status-panel__actions">{actions}</div> : null}
      </div>
    </section>
  );
}
