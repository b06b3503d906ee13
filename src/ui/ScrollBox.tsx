/** A box that scrolls sideways (wide tables on narrow screens), reachable and scrollable by keyboard: it takes focus and is named. */
import type { ReactNode } from 'react';

export function ScrollBox({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={`scroll${className ? ` ${className}` : ''}`} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
