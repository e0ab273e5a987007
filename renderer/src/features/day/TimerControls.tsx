import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionButton, useActions } from '../../actions/use-actions';
import type { Editor } from '../../canvas/editor';
import { AgendaPanel } from './AgendaPanel';
import { TimerLengthPanel } from './TimerLengthPanel';

/**
 * The facilitators' buttons for the shared timer (the same actions as Alt+T, Alt+↑, Alt+↓, Alt+R),
 * its length and sound, and the agenda (previous and next step, and its editor). A participant's
 * page has none of these actions, so nothing is drawn there.
 */
export function TimerControls({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const runner = useActions();
  const [open, setOpen] = useState<'agenda' | 'length' | null>(null);
  const toggle = (panel: 'agenda' | 'length'): void => setOpen((o) => (o === panel ? null : panel));
  if (!runner.has('timer-start-pause')) return null;
  return (
    <div className="timer-controls" data-testid="timer-controls">
      <ActionButton action="agenda-back" className="icon-button" data-testid="agenda-back">
        ⏮
      </ActionButton>
      <button type="button" className="text-button" data-testid="agenda-open" aria-pressed={open === 'agenda'} onClick={() => toggle('agenda')}>
        {t('day.agenda.open')}
      </button>
      <ActionButton action="agenda-next" className="icon-button" data-testid="agenda-next">
        ⏭
      </ActionButton>
      {/* The tables' panel: features/day/Tables.tsx opens it. */}
      <ActionButton action="tables" className="text-button" labelled data-testid="tables-open">
        {t('day.tables.open')}
      </ActionButton>
      <button type="button" className="text-button" data-testid="timer-length-open" aria-pressed={open === 'length'} onClick={() => toggle('length')}>
        {t('day.timer.length')}
      </button>
      <ActionButton action="timer-start-pause" className="icon-button" data-testid="timer-start-pause">
        ⏱
      </ActionButton>
      <ActionButton action="timer-remove-minute" className="icon-button text-button" data-testid="timer-remove-minute">
        −
      </ActionButton>
      <ActionButton action="timer-add-minute" className="icon-button text-button" data-testid="timer-add-minute">
        +
      </ActionButton>
      <ActionButton action="timer-reset" className="icon-button" data-testid="timer-reset">
        ↺
      </ActionButton>
      {open === 'agenda' && <AgendaPanel editor={editor} onClose={() => setOpen(null)} />}
      {open === 'length' && <TimerLengthPanel editor={editor} onClose={() => setOpen(null)} />}
    </div>
  );
}
