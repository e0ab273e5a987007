import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameRecord } from '@shared/board/records';
import type { Attribution } from '@shared/residency/consent';
import { filterChoices, personKey, quoteChoices, type ChoiceFilter } from '@shared/residency/quote-choices';
import type { Editor } from '../../canvas/editor';
import { useResidency } from '../../session/residency-store';
import { attributionLine } from '../../text/record-format';

const NO_FILTER: ChoiceFilter = { words: '', person: '', place: '', theme: '' };

/**
 * "Link a quote…": a search over the quotes not yet linked, by words, person (as consent lets
 * them be shown), place and theme, each shown whole with who said it, where and when. From the
 * search field: ↑ ↓ choose, Enter links, Escape closes; a click links too. The picker stays open
 * to link several in a row.
 */
export function QuotePicker({
  editor,
  linked,
  themes,
  onLink,
}: {
  editor: Editor;
  linked: Readonly<Record<string, unknown>>;
  themes: readonly FrameRecord[];
  onLink(quoteId: string): void;
}) {
  const { t, i18n } = useTranslation();
  const data = useResidency();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState<ChoiceFilter>(NO_FILTER);
  const [active, setActive] = useState(0);
  const listId = useId();
  const list = useRef<HTMLUListElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  // Read when the picker opens and when the quotes, the themes (or the cards in them) or the links
  // change, not at every move on the board. `themes` is a new list only when the frames changed.
  const linkedKey = Object.keys(linked).join('\n');
  const choices = useMemo(
    () => (open ? quoteChoices(data.quotes.values(), data.interviews, editor.index.all(), themes, linked) : []),
    // `linked` is a new object at each render: it counts by its contents.
    [open, data, editor, themes, linkedKey],
  );
  const who = (a: Attribution): string => attributionLine({ ...a, place: '', date: '' }, t, i18n.language).replace(/^— /, '');
  const shown = filterChoices(choices, filter, who);
  const people = new Map<string, string>();
  const places = new Set<string>();
  for (const c of choices) {
    const key = personKey(c.attribution);
    if (key && c.attribution) people.set(key, who(c.attribution));
    if (c.attribution?.place) places.add(c.attribution.place);
  }
  const at = Math.min(active, Math.max(0, shown.length - 1));

  const set = (patch: Partial<ChoiceFilter>): void => {
    setFilter((f) => ({ ...f, ...patch }));
    setActive(0);
  };
  const close = (): void => {
    setOpen(false);
    setFilter(NO_FILTER);
    opener.current?.focus();
  };
  const move = (to: number): void => {
    setActive(to);
    list.current?.children[to]?.scrollIntoView({ block: 'nearest' });
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (shown.length) move((at + (e.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const c = shown[at];
      if (c) onLink(c.id);
    } else if (e.key === 'Escape') {
      // The picker's Escape, not the panel's nor the board's.
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  if (!open) {
    return (
      <button type="button" ref={opener} data-testid="link-quote" onClick={() => setOpen(true)}>
        {t('residency.proposal.linkQuote')}
      </button>
    );
  }
  const sorted = (xs: Iterable<[string, string]>): [string, string][] => [...xs].sort((a, b) => a[1].localeCompare(b[1], i18n.language));
  return (
    <div className="quote-picker" data-testid="quote-picker" role="group" aria-label={t('residency.proposal.linkQuote')} onKeyDown={onKeyDown}>
      <input
        type="search"
        autoFocus
        data-testid="quote-picker-search"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={shown[at] ? `${listId}-${at}` : undefined}
        aria-label={t('residency.picker.search')}
        placeholder={t('residency.picker.search')}
        value={filter.words}
        onChange={(e) => set({ words: e.target.value })}
      />
      <div className="quote-picker-filters">
        <select data-testid="quote-picker-person" aria-label={t('residency.picker.person')} value={filter.person} onChange={(e) => set({ person: e.target.value })}>
          <option value="">{t('residency.picker.anyone')}</option>
          {sorted(people).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
        <select data-testid="quote-picker-place" aria-label={t('residency.picker.place')} value={filter.place} onChange={(e) => set({ place: e.target.value })}>
          <option value="">{t('residency.picker.anywhere')}</option>
          {sorted([...places].map((p) => [p, p])).map(([p]) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        <select data-testid="quote-picker-theme" aria-label={t('residency.picker.theme')} value={filter.theme} onChange={(e) => set({ theme: e.target.value })}>
          <option value="">{t('residency.picker.anyTheme')}</option>
          {themes.map((f) => (
            <option key={f.id} value={f.id}>
              {f.title || t('frame.untitled')}
            </option>
          ))}
        </select>
        <button type="button" data-testid="quote-picker-close" onClick={close}>
          {t('residency.panel.close')}
        </button>
      </div>
      <p className="muted" aria-live="polite" data-testid="quote-picker-count">
        {t('residency.picker.count', { count: shown.length })}
      </p>
      <ul className="quote-picker-list" id={listId} role="listbox" ref={list} data-testid="quote-picker-list" aria-label={t('residency.proposal.linkQuote')}>
        {shown.map((c, i) => (
          <li
            key={c.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === at}
            data-testid="quote-choice"
            data-id={c.id}
            onMouseEnter={() => setActive(i)}
            onClick={() => onLink(c.id)}
          >
            <span className="quote-choice-text">{t('residency.picker.quoted', { text: c.text })}</span>
            <span className="quote-choice-meta">
              {[c.attribution ? attributionLine(c.attribution, t, i18n.language) : '', ...c.themes.map((f) => f.title || t('frame.untitled'))].filter((s) => s !== '').join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
