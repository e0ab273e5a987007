import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportApi, HostEvent, OpenProject, RoomApi } from '@shared/host-api/contract';
import type { RoomAddress } from '@shared/room/room-code';
import { runMenuCommand } from '../actions/menu-route';
import { useBoardActions } from '../actions/use-actions';
import type { BoardSession } from '../session/board-session';
import type { SessionSnapshot } from '../session/session-controller';
import type { ProjectActions } from '../features/project/project-actions';
import { ProjectPanel } from '../features/project/ProjectPanel';
import { useOwnRoom } from '../features/room/own-room';
import { RoomPanel } from '../features/room/RoomPanel';
import { BoardScreen, useBoardEditor } from './BoardScreen';
import { FolderIcon } from './icons';
import { LoadNotice } from './LoadNotice';
import { SaveBadge } from './SaveBadge';

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

/**
 * The facilitator's board: the board screen with what a project file brings (its title, the
 * save badge, the project and backup panels, the menu's commands, the notice of what loading
 * repaired) and the room this window opens and is a peer of. One per loaded doc.
 */
export function BoardView({ board, project, snapshot, actions, onHostEvent, roomApi = null, onJoinRoom = () => {}, exportApi = null }: Props) {
  const { t } = useTranslation();
  const editor = useBoardEditor(board.doc, board.undo);
  const [panel, setPanel] = useState<null | 'plain' | 'backups' | 'room'>(null);
  const room = useOwnRoom(board.doc, roomApi, onHostEvent, t('room.facilitator'));
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
  const closePanel = useCallback(() => setPanel(null), []);

  return (
    <BoardScreen
      editor={editor}
      actions={boardActions}
      title={title}
      path={project.path}
      connection={room.connection}
      exportApi={exportApi}
      headerActions={
        <>
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
        </>
      }
      status={<SaveBadge state={snapshot.save} status={snapshot.saveStatus} backupMisses={project.backupMisses ?? null} />}
      notice={<LoadNotice report={project.report} />}
    >
      {panel === 'room' && <RoomPanel api={roomApi} status={room.status} onJoin={onJoinRoom} onClose={closePanel} />}
      {panel && panel !== 'room' && (
        <ProjectPanel
          actions={actions}
          currentPath={project.path}
          currentTitle={title}
          focusBackups={panel === 'backups'}
          onClose={closePanel}
        />
      )}
    </BoardScreen>
  );
}
