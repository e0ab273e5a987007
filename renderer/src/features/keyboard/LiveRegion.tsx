import { useSyncExternalStore } from 'react';
import { announcements } from './announcer';

/**
 * The page's polite live region: what changed for me, said by a screen reader when it is free.
 * Its text is replaced (keyed on the count) so the same words twice are read twice.
 */
export function LiveRegion() {
  const said = useSyncExternalStore(announcements.subscribe, announcements.get);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      <span key={said.seq}>{said.text}</span>
    </div>
  );
}
