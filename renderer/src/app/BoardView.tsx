import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportApi, HostEvent, OpenProject, RoomApi } from '@shared/host-api/contract';
import type { RoomAddress } from '@shared/room/room-code';
import { runMenuCommand } from '../actions/menu-route';
import { useBoardActions } from '../actions/use-actions';
import type { BoardSession } from '../session/board-session';
import type { SessionSnapshot } from '../session/session-controller';
import type { Editor } from '../canvas/editor';
import type { OpenedVersion, VersionApi } from '../features/versions/version-api';
import { VersionsPanel } from '../features/versions/VersionsPanel';
import type { ProjectActions } from '../features/project/project-actions';
import { ProjectPanel } from '../features/project/ProjectPanel';
import { useOwnRoom } from '../features/room/own-room';
import { RoomPanel } from '../features/room/RoomPanel';
import { BoardScreen, useBoardEditor } from './BoardScreen';
import { FolderIcon } from './icons';
import { LoadNotice } from './LoadNotice';
import { SaveBadge } from './SaveBadge';
import { VersionScreen } from './VersionScreen';

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
  /** The project's versions (docs/versions.md), where this window's host offers them. */
  versionApi?: VersionApi | null;
}

/**
 * The facilitator's board: the board screen with what a project file brings (its title, the
 * save badge, the project and backup panels, the menu's commands, the notice of what loading
 * repaired) and the room this window opens and is a peer of. One per loaded doc.
 */
export function BoardView(props: Props) {
  const { t } = useTranslation();
  const { board, onHostEvent, roomApi = null, exportApi = null } = props;
  const editor = useBoardEditor(board.doc, board.undo);
  const room = useOwnRoom(board.doc, roomApi, onHostEvent, t('room.facilitator'));
  // A version looked at replaces the live board on screen; the room and the live editor stay.
  const [looking, setLooking] = useState<OpenedVersion | null>(null);
  const back = useCallback(() => setLooking(null), []);
  if (looking) return <VersionScreen version={looking} live={board.doc} liveUndo={board.undo} exportApi={exportApi} onBack={back} />;
  return <LiveScreen {...props} editor={editor} room={room} onLook={setLooking} />;
}

interface LiveProps extends Props {
  editor: Editor;
  room: ReturnType<typeof useOwnRoom>;
  onLook(version: OpenedVersion): void;
}

/** The live board with its keys, menus and panels (mounted again when coming back from a version). */
function LiveScreen({ project, snapshot, actions, onHostEvent, roomApi = null, onJoinRoom = () => {}, exportApi = null, versionApi = null, editor, room, onLook }: LiveProps) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<null | 'plain' | 'backups' | 'room' | 'versions'>(null);
  const boardActions = useBoardActions(editor);

  useEffect(
    () =>
      boardActions.provide({
        showBackups: () => setPanel('backups'),
        showVersions: () => setPanel((p) => (p === 'versions' ? null : 'versions')),
      }),
    [boardActions],
  );
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
          {versionApi && (
            <button
              type="button"
              className="project-button"
              data-testid="versions-button"
              aria-expanded={panel === 'versions'}
              title={t('versions.buttonHint')}
              onClick={() => boardActions.run('versions')}
            >
              {t('versions.button')}
            </button>
          )}
        </>
      }
      status={<SaveBadge state={snapshot.save} status={snapshot.saveStatus} backupMisses={project.backupMisses ?? null} />}
      notice={<LoadNotice report={project.report} />}
    >
      {panel === 'room' && <RoomPanel api={roomApi} status={room.status} onJoin={onJoinRoom} onClose={closePanel} />}
      {panel === 'versions' && versionApi && <VersionsPanel api={versionApi} by={t('room.facilitator')} onLook={onLook} onClose={closePanel} />}
      {(panel === 'plain' || panel === 'backups') && (
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
