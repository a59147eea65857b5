import type { ReactNode } from 'react';

/** A calm, explained empty screen: what this is, and what the user can do. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <h2 id="empty-state-title">{title}</h2>
      <p>{children}</p>
      {action}
    </section>
  );
}
