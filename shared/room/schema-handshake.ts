import type { RefusalReason } from './hub-frames';

/**
 * A peer and the room must speak the same board schema: an older peer would drop fields it does
 * not know, a newer one would write records the facilitator's copy cannot read.
 */
export function schemaRefusal(peerSchema: number, roomSchema: number): RefusalReason | null {
  if (peerSchema < roomSchema) return 'schema-too-old';
  if (peerSchema > roomSchema) return 'schema-too-new';
  return null;
}

/** English text for logs and the command line; the app shows its own translated message for each reason. */
export function refusalText(reason: RefusalReason, peerSchema: number, roomSchema: number | undefined): string {
  switch (reason) {
    case 'schema-too-old':
      return `this room uses a newer Tablée (board version ${roomSchema ?? '?'}, yours is ${peerSchema}): update Tablée to join`;
    case 'schema-too-new':
      return `this room's host runs an older Tablée (board version ${roomSchema ?? '?'}, yours is ${peerSchema}): the facilitator must update Tablée`;
    case 'wrong-password':
      return 'wrong room password';
    case 'no-room':
      return 'no open room with this code on that host';
    case 'protocol':
      return 'this room speaks another version of the room protocol: update Tablée';
    case 'room-closed':
      return 'the facilitator closed the room';
    case 'bad-frame':
      return 'the host refused a malformed message';
    case 'update-refused':
      return 'the host refused your last change (locked by the facilitators, or not yours to change)';
    case 'access-ended':
      return 'a facilitator ended your access to this room';
  }
}
