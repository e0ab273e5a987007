import { endPresenting, holdsPresenting, readPresenting } from '@shared/day/day-presenting';
import type { RoomBoard } from './room-board';

/**
 * How long a presenter may be gone before the HOST ends their presentation: a page reloading (its old
 * socket closes before the new one opens) or a Wi-Fi blip comes back well within it; someone who left does not.
 */
export const PRESENTER_GRACE_MS = 10_000;

/**
 * The HOST ends a presentation nobody can drive any more: when its presenter's last socket left the
 * room and did not come back within PRESENTER_GRACE_MS (everyone's page leaves presenting mode; nobody
 * stays following a presenter who is gone), and
 * when a room opens on a file that still holds one from an earlier room (a reopened room never starts
 * presenting by itself). The project doc is the one written: the workshop mirror carries it to participants.
 */
export function endPresentationOf(board: RoomBoard, person: string): boolean {
  if (readPresenting(board.doc)?.by !== person) return false;
  board.write((doc) => endPresenting(doc));
  return true;
}

export function endLeftoverPresentation(board: RoomBoard): boolean {
  if (!holdsPresenting(board.doc)) return false;
  board.write((doc) => endPresenting(doc));
  return true;
}
