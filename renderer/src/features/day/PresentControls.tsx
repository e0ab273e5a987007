import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readAgenda } from '@shared/day/day-agenda';
import { agendaFrames, presentableFrames, startPresenting, tablesFrames } from '@shared/day/day-presenting';
import { ActionButton, useActions, useProvideShell } from '../../actions/use-actions';
import { useEscapeLayer } from '../../actions/escape-layers';
import type { Editor } from '../../canvas/editor';
import { useRoomConnection } from '../room/room-context';
import { myPerson } from '../room/my-person';
import { PRESENT_ORIGIN } from './use-presenting';

type Source = 'agenda' | 'tables' | 'selection';
const SOURCES: ReadonlyArray<{ source: Source; label: 'fromAgenda' | 'fromTables' | 'fromSelection' }> = [
  { source: 'agenda', label: 'fromAgenda' },
  { source: 'tables', label: 'fromTables' },
  { source: 'selection', label: 'fromSelection' },
];

/** The frames each order would present, read when the choice opens (the agenda and tables are small; the selection is what is selected). */
function framesBySource(editor: Editor): Record<Source, string[]> {
  const isFrame = (id: string): boolean => editor.index.get(id)?.kind === 'frame';
  const selected = [...editor.selection].map((id) => editor.index.get(id)).filter((r) => r !== undefined && r.kind === 'frame');
  // Selected frames in reading order: top to bottom, then left to right.
  selected.sort((a, b) => a.y - b.y || a.x - b.x);
  return {
    agenda: agendaFrames(readAgenda(editor.doc), isFrame),
    tables: tablesFrames(editor.doc, isFrame),
    selection: presentableFrames(
      selected.map((r) => r.id),
      isFrame,
    ),
  };
}

/**
 * The facilitators' "Present" (Alt+P): a small choice of what to present — the agenda's frames, the
 * tables' frames or the selected frames, each with its count — that starts the presentation for
 * everyone (features/day/Presenting.tsx shows it) and asks for the full screen while the click still
 * counts as the person's gesture (refused: the presentation runs in the window as it is).
 */
export function PresentControls({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const runner = useActions();
  const connection = useRoomConnection();
  const [open, setOpen] = useState(false);
  const commands = useMemo(() => ({ present: () => setOpen((o) => !o) }), []);
  useProvideShell(commands);
  useEscapeLayer(
    () => true,
    () => setOpen(false),
    open,
  );
  const frames = useMemo(() => (open ? framesBySource(editor) : null), [open, editor]);
  if (!runner.has('present')) return null;

  const start = (list: string[]): void => {
    const me = myPerson(connection?.awareness);
    setOpen(false);
    if (!startPresenting(editor.doc, { by: me.id, name: me.name || t('day.present.someone') }, list, PRESENT_ORIGIN)) return;
    document.documentElement.requestFullscreen().catch(() => {});
  };

  return (
    <div className="present-controls" data-testid="present-controls">
      <ActionButton action="present" className="text-button present-button" labelled aria-expanded={open} data-testid="present-open">
        {t('day.present.button')}
      </ActionButton>
      {open && frames && (
        <div className="present-choice" role="dialog" aria-label={t('day.present.chooseTitle')} data-testid="present-choice">
          <h2>{t('day.present.chooseTitle')}</h2>
          {SOURCES.map(({ source, label }) => (
            <button
              key={source}
              type="button"
              className="present-source"
              data-testid={`present-from-${source}`}
              disabled={frames[source].length === 0}
              onClick={() => start(frames[source])}
            >
              <span>{t(`day.present.${label}`)}</span>
              <span className="present-count">{t('day.present.count', { count: frames[source].length })}</span>
            </button>
          ))}
          <button type="button" className="link-button" onClick={() => setOpen(false)}>
            {t('day.present.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
