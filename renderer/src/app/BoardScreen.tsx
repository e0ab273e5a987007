import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { ExportApi } from '@shared/host-api/contract';
import type { ActionRunner } from '../actions/action-runner';
import { ActionsProvider } from '../actions/use-actions';
import { BoardCanvas } from '../canvas/BoardCanvas';
import { BoardStores } from '../canvas/BoardStores';
import { Editor } from '../canvas/editor';
import { DayBar } from '../features/day/DayBar';
import { PrivateRound } from '../features/day/PrivateRound';
import { Tables } from '../features/day/Tables';
import { PresentControls } from '../features/day/PresentControls';
import { Presenting } from '../features/day/Presenting';
import { TimerControls } from '../features/day/TimerControls';
import { Follow } from '../features/follow/Follow';
import { Gather } from '../features/follow/Gather';
import { Votes } from '../features/votes/Votes';
import { ExportDialogHost } from '../features/export/ExportDialogHost';
import type { RoomConnection } from '../features/room/join-room';
import { RemotePresence } from '../features/room/RemotePresence';
import { RoomContext } from '../features/room/room-context';
import { useAuthorship } from '../features/room/use-authorship';
import { createUndoManager } from '../session/undo';
import { growStoredCards } from '@shared/board/card-height';
import { measureChrome } from './chrome-insets';
import { KeyboardLayer } from '../features/keyboard/KeyboardLayer';
import { LanguageSwitch } from './LanguageSwitch';
import { ResidencyPanels } from './ResidencyPanels';
import { ShortcutsHost } from './ShortcutsPanel';
import { pushToast } from './toast-store';
import { Toolbar, ZoomBar } from './Toolbar';
import { useBoardLifecycle } from './use-board-lifecycle';

/**
 * The editor of one on-screen board. With the session's undo manager (the facilitator's, which
 * the session keeps); without one, a manager of its own that keeps its history across reloads
 * (a participant's) and goes with the editor. `facilitator`: who uses it (the research tools and
 * locks are theirs), fixed for the editor's life.
 */
export function useBoardEditor(doc: Y.Doc, undo?: Y.UndoManager, facilitator = true): Editor {
  const [editor] = useState(() => {
    // The facilitator's copy settles stored card heights once (shared/board/card-height).
    if (facilitator) growStoredCards(doc);
    return new Editor(doc, undo ?? createUndoManager(doc, { keep: true }), { width: window.innerWidth, height: window.innerHeight }, facilitator);
  });
  const ownsUndo = undo === undefined;
  useEffect(
    () => () => {
      editor.dispose();
      if (ownsUndo) editor.undo.destroy();
    },
    [editor, ownsUndo],
  );
  return editor;
}

interface Props {
  editor: Editor;
  /** The board's actions (useBoardActions): keys, buttons, menus and the shortcuts list run them. */
  actions: ActionRunner;
  /** The board's title ('' when it has none). */
  title: string;
  /** Where the board is kept, shown on hover over the title (the facilitator's file). */
  path?: string;
  /** The room this board is in, if any: presence on the canvas, carets, who is here. */
  connection: RoomConnection | null;
  /** Where exports are written; null: they are downloads (a participant, or a host without it). */
  exportApi: ExportApi | null;
  /** Buttons after the title (the facilitator's project and room buttons). */
  headerActions?: ReactNode;
  /** Left of the language switch (the facilitator's save badge). */
  status?: ReactNode;
  /** Under the residency panels (the facilitator's notice of what the file's load repaired). */
  notice?: ReactNode;
  /** Panels and floats over the board that only one side has. */
  children?: ReactNode;
}

/**
 * The board screen, the facilitator's and a participant's alike: canvas, presence, tools, zoom,
 * residency panels and export, the room's connection given once to everything under it. What
 * differs (files, the room's controls, who is here) comes in as props.
 */
export function BoardScreen({ editor, actions, title, path, connection, exportApi, headerActions, status, notice, children }: Props) {
  const { t } = useTranslation();
  useAuthorship(editor.doc, t('room.facilitator'), connection);
  // The board's visible area is what the bars leave free: measured when a fit asks for it (set
  // before the lifecycle's first fit, which runs in a layout effect too).
  const view = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    editor.chromeInsets = (except) => (view.current ? measureChrome(view.current, except) : { top: 0, right: 0, bottom: 0, left: 0 });
  }, [editor]);
  const onFirstDraw = useBoardLifecycle(editor);

  // A participant's gesture that locks refused says so.
  useEffect(() => {
    editor.locks.onRefused = (why) => pushToast('info', why === 'decided' ? t('decisions.refusedDelete') : t('roles.lock.refused'));
    return () => {
      editor.locks.onRefused = null;
    };
  }, [editor, t]);

  useEffect(() => {
    document.title = `${title || t('app.untitledProject')} — ${t('app.name')}`;
  }, [title, t]);

  return (
    <RoomContext.Provider value={connection}>
      <ActionsProvider value={actions}>
      <BoardStores editor={editor}>
        <div className="board-view" ref={view}>
          <BoardCanvas editor={editor} onFirstDraw={onFirstDraw} onNotice={pushToast} />
          <KeyboardLayer editor={editor} />
          <RemotePresence editor={editor} />
          <div className="top-bar">
            <header className="top-left">
              <span className="brand">{t('app.name')}</span>
              <span className="project-title" data-testid="project-title" title={path}>
                {title || t('app.untitledProject')}
              </span>
              {headerActions}
            </header>
            <Toolbar editor={editor} />
            <div className="top-right">
              {status}
              <LanguageSwitch />
            </div>
          </div>
          <ZoomBar editor={editor} />
          <DayBar editor={editor} />
          <Tables editor={editor} />
          <Follow editor={editor} />
          <Gather editor={editor} />
          <PrivateRound editor={editor} />
          <TimerControls editor={editor} />
          <PresentControls editor={editor} />
          <Presenting editor={editor} />
          <Votes editor={editor} />
          <ResidencyPanels editor={editor} />
          {notice}
          <ExportDialogHost editor={editor} api={exportApi} />
          {children}
          <ShortcutsHost />
        </div>
      </BoardStores>
      </ActionsProvider>
    </RoomContext.Provider>
  );
}
