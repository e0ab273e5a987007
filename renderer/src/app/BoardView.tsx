import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportApi, HostEvent, OpenProject, RoomApi } from '@shared/host-api/contract';
import type { RoomAddress } from '@shared/room/room-code';
import { runMenuCommand } from '../actions/menu-route';
import { ActionsProvider, useBoardActions } from '../actions/use-actions';
import type { BoardSession } from '../session/board-session';
import type { SessionSnapshot } from '../session/session-controller';
import { BoardCanvas } from '../canvas/BoardCanvas';
import { Editor } from '../canvas/editor';
import { ExportDialogHost } from '../features/export/ExportDialogHost';
import { useBoardLifecycle } from '../canvas/use-board-lifecycle';
import { FolderIcon } from './icons';
import { LanguageSwitch } from './LanguageSwitch';
import { LoadNotice } from './LoadNotice';
import type { ProjectActions } from '../features/project/project-actions';
import { useOwnRoom } from '../features/room/own-room';
import { useAuthorship } from '../features/room/use-authorship';
import { ResidencyPanels } from './ResidencyPanels';
import { ProjectPanel } from '../features/project/ProjectPanel';
import { RemotePresence } from '../features/room/RemotePresence';
import { RoomPanel } from '../features/room/RoomPanel';
import { SaveBadge } from './SaveBadge';
import { ShortcutsHost } from './ShortcutsPanel';
import { Toolbar, ZoomBar } from './Toolbar';

interface Props {
  board: BoardSession;
  project: OpenProject;
  snapshot: SessionSnapshot;
  actions: ProjectActions;
  onHostEvent(listener: (event: HostEvent) => void): () => void;
  /** The facilitator's room methods, where this window's host offers them. */
  roomApi?: RoomApi | null;
  /** Turns this window into a participant of another room. */
  onJoinRoom?(address: RoomAddress): void;
  /** Where exports are written, where this window's host offers it (else they are downloads). */
  exportApi?: ExportApi | null;
}

/** The open board: canvas, toolbar, save status, language, project panel. One per loaded doc. */
export function BoardView({ board, project, snapshot, actions, onHostEvent, roomApi = null, onJoinRoom = () => {}, exportApi = null }: Props) {
  const { t } = useTranslation();
  const [editor] = useState(() => new Editor(board.doc, board.undo, { width: window.innerWidth, height: window.innerHeight }));
  const [panel, setPanel] = useState<null | 'plain' | 'backups' | 'room'>(null);
  const room = useOwnRoom(board.doc, roomApi, onHostEvent, t('room.facilitator'));
  useAuthorship(board.doc, t('room.facilitator'));

  useEffect(() => () => editor.dispose(), [editor]);

  const onFirstDraw = useBoardLifecycle(editor);
  const boardActions = useBoardActions(editor);

  useEffect(() => boardActions.provide({ showBackups: () => setPanel('backups') }), [boardActions]);
  useEffect(
    () =>
      onHostEvent((event) => {
        if (event.type === 'menu-command') runMenuCommand(boardActions, event.command);
      }),
    [boardActions, onHostEvent],
  );

  const title = project.title || editor.title();
  useEffect(() => {
    document.title = `${title || t('app.untitledProject')} — ${t('app.name')}`;
  }, [title, t]);

  const closePanel = useCallback(() => setPanel(null), []);

  return (
    <ActionsProvider value={boardActions}>
      <div className="board-view">
        <BoardCanvas editor={editor} onFirstDraw={onFirstDraw} />
        <RemotePresence editor={editor} connection={room.connection} />
        <div className="top-bar">
          <header className="top-left">
            <span className="brand">{t('app.name')}</span>
            <span className="project-title" data-testid="project-title" title={project.path}>
              {title || t('app.untitledProject')}
            </span>
            <button
              type="button"
              className="project-button"
              data-testid="project-button"
              aria-expanded={panel !== null}
              title={t('toolbar.projectHint')}
              onClick={() => setPanel(panel ? null : 'plain')}
            >
              <FolderIcon />
              <span>{t('toolbar.project')}</span>
            </button>
            <button
              type="button"
              className={`project-button room-button${room.status?.open ? ' room-open' : ''}`}
              data-testid="room-button"
              aria-expanded={panel === 'room'}
              title={t('room.buttonHint')}
              onClick={() => setPanel(panel === 'room' ? null : 'room')}
            >
              {room.status?.open ? `${t('room.button')} · ${room.status.participants}` : t('room.button')}
            </button>
          </header>
          <Toolbar editor={editor} />
          <div className="top-right">
            <SaveBadge status={snapshot.saveStatus} pusher={snapshot.pusher} connection={snapshot.connection} />
            <LanguageSwitch />
          </div>
        </div>
        <ZoomBar editor={editor} />
        <ResidencyPanels editor={editor} />
        <LoadNotice report={project.report} />
        <ExportDialogHost editor={editor} api={exportApi} />
        {panel === 'room' && <RoomPanel api={roomApi} status={room.status} connection={room.connection} onJoin={onJoinRoom} onClose={closePanel} />}
        {panel && panel !== 'room' && (
          <ProjectPanel
            actions={actions}
            currentPath={project.path}
            currentTitle={title}
            focusBackups={panel === 'backups'}
            onClose={closePanel}
          />
        )}
        <ShortcutsHost />
      </div>
    </ActionsProvider>
  );
}
