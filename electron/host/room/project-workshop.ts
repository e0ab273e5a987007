import { bytesToBase64 } from '@shared/base64';
import { peerUpdateRefusal } from '@shared/room/peer-update-check';
import type { ProjectSession } from '../project-session';
import type { Workshop } from './room-board';

/** The open project's workshop doc for a room. */
export function openWorkshop(session: ProjectSession): Workshop {
  return {
    doc: session.doc,
    refusal: (update) => peerUpdateRefusal(session.doc, update),
    apply: (update) => void session.applyUpdate(bytesToBase64(update)),
    close: () => {},
  };
}
