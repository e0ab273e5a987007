import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { createUndoManager } from '../session/undo';
import { ActionsProvider, useBoardActions } from '../actions/use-actions';
import { ShortcutsHost } from './ShortcutsPanel';
import { BoardCanvas } from '../canvas/BoardCanvas';
import { Editor } from '../canvas/editor';
import { useBoardLifecycle } from '../canvas/use-board-lifecycle';
import { ResidencyPanels } from './ResidencyPanels';
import type { RoomConnection } from '../features/room/join-room';
import { useRoomView } from '../features/room/use-room';
import { useAuthorship } from '../features/room/use-authorship';
import { LanguageSwitch } from './LanguageSwitch';
import { PeopleList } from '../features/room/PeopleList';
import { RemotePresence } from '../features/room/RemotePresence';
import { Toolbar, ZoomBar } from './Toolbar';
import { ExportDialogHost } from '../features/export/ExportDialogHost';

/** A participant's board: the room's doc on the canvas, the tools, who is here and the link to the host. Files stay with the facilitator. */
export function RoomBoardView({ doc, connection }: { doc: Y.Doc; connection: RoomConnection }) {
  const { t } = useTranslation();
  const [editor] = useState(() => new Editor(doc, createUndoManager(doc, { keep: true }), { width: window.innerWidth, height: window.innerHeight }));
  const { state, people } = useRoomView(connection);
  useAuthorship(doc, t('room.facilitator'));

  useEffect(
    () => () => {
      editor.dispose();
      editor.undo.destroy();
    },
    [editor],
  );
  const onFirstDraw = useBoardLifecycle(editor);
  const actions = useBoardActions(editor);

  const title = editor.title();
  useEffect(() => {
    document.title = `${title || t('app.untitledProject')} — ${t('app.name')}`;
  }, [title, t]);

  const kind = state?.kind ?? 'connecting';
  const message = state?.kind === 'refused' ? t(`room.refused.${state.reason}`) : t(`room.state.${kind === 'refused' ? 'closed' : kind}`);
  return (
    <ActionsProvider value={actions}>
      <div className="board-view">
        <BoardCanvas editor={editor} onFirstDraw={onFirstDraw} />
        <RemotePresence editor={editor} connection={connection} />
        <div className="top-bar">
          <header className="top-left">
            <span className="brand">{t('app.name')}</span>
            <span className="project-title">{title || t('app.untitledProject')}</span>
          </header>
          <Toolbar editor={editor} />
          <div className="top-right">
            <LanguageSwitch />
          </div>
        </div>
        <ZoomBar editor={editor} />
        <ResidencyPanels editor={editor} />
        {/* A participant's exports are downloads: the HOST writes files for the facilitator only. */}
        <ExportDialogHost editor={editor} api={null} />
        <aside className="people-float" aria-label={t('room.people')}>
          <p className={`room-state room-${kind}`} data-testid="room-state" data-state={kind}>
            {kind === 'joined' ? t('room.participants', { count: people.length }) : message}
          </p>
          <PeopleList people={people} />
        </aside>
        <ShortcutsHost />
      </div>
    </ActionsProvider>
  );
}
