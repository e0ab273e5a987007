import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEscapeLayer } from '../../actions/escape-layers';
import { trapTab, useReturnFocus } from './focus';

export interface PickChoice {
  id: string;
  label: string;
}

interface Props {
  title: string;
  choices: readonly PickChoice[];
  onPick(id: string): void;
  onClose(): void;
  testId: string;
}

/**
 * A modal, searchable list to pick one card (a theme, a proposal) without dragging: type to
 * filter, Up and Down to choose, Enter to take, Escape to leave. The focus stays inside while it
 * is open and goes back where it was when it closes.
 */
export function CardPicker({ title, choices, onPick, onClose, testId }: Props) {
  const { t } = useTranslation();
  const ids = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  useReturnFocus();
  useEscapeLayer(() => true, onClose);

  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    return q ? choices.filter((c) => c.label.toLocaleLowerCase().includes(q)) : choices;
  }, [choices, query]);
  const current = Math.min(active, shown.length - 1);

  const onKeyDown = (e: KeyboardEvent): void => {
    // Escape goes on to the window's key dispatcher, which gives it to this dialog's escape layer.
    if (e.key === 'Escape') return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(shown.length - 1, current + step)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const choice = shown[current];
      if (choice) onPick(choice.id);
    } else trapTab(e, dialog.current);
    // Keys typed here never reach the board's shortcuts.
    e.stopPropagation();
  };

  const optionId = (i: number): string => `${ids}-option-${i}`;
  return (
    <div className="card-pick" role="dialog" aria-modal="true" aria-labelledby={`${ids}-title`} data-testid={testId} ref={dialog} onKeyDown={onKeyDown}>
      <h2 id={`${ids}-title`}>{title}</h2>
      <input
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${ids}-list`}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        aria-label={t('cardPick.search')}
        placeholder={t('cardPick.search')}
        value={query}
        autoFocus
        data-testid={`${testId}-search`}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
      />
      <ul role="listbox" id={`${ids}-list`} aria-label={title}>
        {shown.map((c, i) => (
          <li key={c.id} id={optionId(i)} role="option" aria-selected={i === current} data-choice={c.id} onClick={() => onPick(c.id)}>
            {c.label}
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p role="status">{t('cardPick.none')}</p>}
      <button type="button" onClick={onClose}>
        {t('cardPick.close')}
      </button>
    </div>
  );
}
