import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenFailure, RoomApi, Session } from '@shared/host-api/contract';
import type { RoomAddress } from '@shared/room/room-code';
import { setAutomationView } from '../automation/tablee-hook';
import type { SessionController } from '../session/session-controller';
import { BoardView } from './BoardView';
import type { Bridge } from '../bridge/pick-bridge';
import { ErrorBoundary } from './ErrorBoundary';
import { FailureScreen, UnreachableScreen } from './FailureScreen';
import { exportApiOf } from '../features/export/ExportDialogHost';
import { ParticipantApp } from './ParticipantApp';
import type { ProjectActions } from '../features/project/project-actions';
import { pushToast } from './toast-store';
import { Toasts } from './Toasts';

interface Props {
  bridge: Bridge;
  controller: SessionController;
}

export function App({ bridge, controller }: Props) {
  const { t } = useTranslation();
  const snap = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const view = snap.view;

  useEffect(() => {
    void controller.reload();
  }, [controller]);

  useEffect(() => setAutomationView(view.kind), [view.kind]);

  const actions = useMemo<ProjectActions>(
    () => ({
      open: (path) => controller.switchTo(() => bridge.openProject(path)),
      create: (path, title) => controller.switchTo(() => bridge.createProject(path, title)),
      saveAs: (path) =>
        controller.switchTo(() => bridge.saveProjectAs(path), { sameDoc: true }).then((s) => {
          if (s.project) pushToast('info', t('toast.saveAsDone', { path: s.project.path }));
          return s;
        }),
      restore: (backupPath) => controller.switchTo(() => bridge.restoreBackup(backupPath)),
      listRecent: () => bridge.listRecent(),
      listBackups: () => bridge.listBackups(),
    }),
    [bridge, controller, t],
  );

  const onHostEvent = useCallback((listener: Parameters<Bridge['onEvent']>[0]) => bridge.onEvent(listener), [bridge]);
  // Both bridges carry the room's methods; a browser on another machine gets them refused by the HOST.
  const roomApi: RoomApi = bridge;
  const exportApi = useMemo(() => exportApiOf(bridge), [bridge]);
  // Joining another machine's room turns this window into one of its participants.
  const [joining, setJoining] = useState<RoomAddress | null>(null);
  const noop = useCallback((_: Session) => {}, []);

  if (joining) return <ParticipantApp address={joining} />;

  let body;
  switch (view.kind) {
    case 'loading':
      body = (
        <main className="full-screen" data-testid="loading-screen">
          <p className="loading">{snap.connection === 'up' ? t('app.loading') : t('app.connecting')}</p>
        </main>
      );
      break;
    case 'unreachable':
      body = <UnreachableScreen message={view.message} onRetry={() => void controller.reload()} />;
      break;
    case 'failure':
      body = <FailureScreen failure={view.session.failure} actions={actions} onSession={noop} />;
      break;
    case 'empty':
      body = <FailureScreen failure={null} actions={actions} onSession={noop} />;
      break;
    case 'unreadable': {
      const failure: OpenFailure = {
        path: view.session.project?.path ?? '',
        error: { code: 'corrupt-state', detail: view.message },
        backup: null,
      };
      body = <FailureScreen failure={failure} actions={actions} onSession={noop} />;
      break;
    }
    case 'board':
      body = (
        <ErrorBoundary key={boardKey(view.board)}>
          <BoardView board={view.board} project={view.project} snapshot={snap} actions={actions} onHostEvent={onHostEvent} roomApi={roomApi} onJoinRoom={setJoining} exportApi={exportApi} versionApi={bridge} />
        </ErrorBoundary>
      );
      break;
  }
  return (
    <>
      {body}
      <Toasts />
    </>
  );
}

const keys = new WeakMap<object, number>();
let nextKey = 1;
/** A React key per loaded board, so a reload builds a fresh editor. */
function boardKey(board: object): number {
  let k = keys.get(board);
  if (k === undefined) {
    k = nextKey++;
    keys.set(board, k);
  }
  return k;
}
