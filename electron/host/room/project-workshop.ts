import * as Y from 'yjs';
import { participantUpdateRefusal } from '@shared/room/participant-update-check';
import { WorkshopMirror } from '@shared/room/workshop-mirror';
import type { ProjectSession } from '../project-session';
import type { Workshop } from './room-board';

/** Origin of participants' updates applied to the workshop doc. */
const PARTICIPANT_ORIGIN = 'tablee:participant';

/**
 * The open project's workshop doc while a room is open: built from the project and kept in step
 * both ways by the mirror. What a participant's edit changes in the project is repaired and saved
 * as the renderer's own edits are.
 */
export function openWorkshop(session: ProjectSession): Workshop {
  const mirror = new WorkshopMirror(session.doc, { onMirrored: (changed) => session.applyMirrored(changed) });
  return {
    doc: mirror.doc,
    refusal: (update, person) => participantUpdateRefusal(mirror.doc, update, { hidden: (root, key) => mirror.hides(root, key), person }),
    apply: (update) => Y.applyUpdate(mirror.doc, update, PARTICIPANT_ORIGIN),
    beforeSync: () => mirror.flushCounts(),
    close: () => mirror.destroy(),
  };
}
