import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEscapeLayer } from '../actions/escape-layers';
import { ActionButton } from '../actions/use-actions';

/**
 * The toolbar's "More" menu: the residency's tools (interviews, a new proposal or experiment,
 * search, links) in the top row instead of a second row over the board. Arrow keys move between
 * its items, Escape or a click elsewhere closes it. Its items stay in the page while it is closed
 * (hidden), so their shortcuts are still listed on them.
 */
export function MoreMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = (): HTMLButtonElement[] => [...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];

  const close = (focusButton: boolean): void => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };
  /** After a chosen item: the item is hidden, so the focus goes back to ⋯ unless the action took it elsewhere (a panel, the search field). */
  const chosen = (): void => {
    setOpen(false);
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active === null || active === document.body || root.current?.contains(active)) button.current?.focus();
    });
  };
  useEscapeLayer(() => true, () => close(true), open);

  // A click outside closes it.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent): void => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onDown, true);
    return () => window.removeEventListener('pointerdown', onDown, true);
  }, [open]);

  // Opened from the keyboard or not, the first item takes the focus.
  useEffect(() => {
    if (open) items()[0]?.focus();
  }, [open]);

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const list = items();
    if (list.length === 0) return;
    e.preventDefault();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? list.length - 1 : (at + (e.key === 'ArrowDown' ? 1 : -1) + list.length) % list.length;
    list[next]?.focus();
  };

  return (
    <div className="more-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="icon-button text-button"
        data-testid="more-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('toolbar.more')}
        title={t('toolbar.moreHint')}
        onClick={() => setOpen((o) => !o)}
      >
        ⋯
      </button>
      {/* A chosen item runs its action, then the menu closes. */}
      <div className="more-menu-items" role="menu" aria-label={t('toolbar.more')} hidden={!open} onClick={chosen}>
        <ActionButton action="interviews" role="menuitem" labelled data-testid="open-interviews">
          {t('residency.open.interviews')}
        </ActionButton>
        <ActionButton action="new-proposal" role="menuitem" labelled data-testid="new-proposal">
          {t('residency.open.proposal')}
        </ActionButton>
        <ActionButton action="new-experiment" role="menuitem" labelled data-testid="new-experiment">
          {t('residency.open.experiment')}
        </ActionButton>
        <ActionButton action="search" role="menuitem" labelled data-testid="open-search">
          {t('residency.open.search')}
        </ActionButton>
        <ActionButton action="links" role="menuitem" labelled data-testid="toggle-links">
          {t('residency.open.links')}
        </ActionButton>
      </div>
    </div>
  );
}
