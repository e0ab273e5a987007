import * as Y from 'yjs';
import type { OpenProject } from '@shared/host-api/contract';
import { trimLoadedValues } from '@shared/board/trim-memory';
import { createUndoManager } from './undo';
import { UpdatePusher, type PusherTarget } from './update-pusher';

/** Origin of the transaction that loads the host's state: those bytes are not sent back. */
export const LOAD_ORIGIN = 'tablee:load';

/** One open project in this window: its doc, its undo history and the pipe of updates to the host. */
export interface BoardSession {
  /** The project file; changes when "save as" moves this very doc to another file. */
  path: string;
  title: string;
  doc: Y.Doc;
  undo: Y.UndoManager;
  pusher: UpdatePusher;
  dispose(): void;
}

export class BoardLoadError extends Error {
  override name = 'BoardLoadError';
}

export function openBoardSession(project: OpenProject, host: PusherTarget): BoardSession {
  const doc = new Y.Doc();
  try {
    // A desktop window gets the bytes through IPC, a browser as a binary frame (no base64 to decode).
    if (!(project.state instanceof Uint8Array)) throw new Error('the state is not bytes');
    performance.mark('tablee:state-decoded');
    Y.applyUpdate(doc, project.state, LOAD_ORIGIN);
    trimLoadedValues(doc);
    performance.mark('tablee:doc-applied');
  } catch (e) {
    doc.destroy();
    throw new BoardLoadError(`the board data sent by the host could not be read (${(e as Error).message})`);
  }
  const undo = createUndoManager(doc, { keep: true });
  // Every push names its project: the host refuses it if another project is open by then. The
  // session's own path, read at each push: "save as" moves this very doc to another file.
  const pusher = new UpdatePusher(doc, { pushUpdate: (update) => host.pushUpdate(update, session.path) }, LOAD_ORIGIN);
  const session: BoardSession = {
    path: project.path,
    title: project.title,
    doc,
    undo,
    pusher,
    dispose() {
      pusher.dispose();
      undo.destroy();
      doc.destroy();
    },
  };
  return session;
}
