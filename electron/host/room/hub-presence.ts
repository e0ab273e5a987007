import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { MESSAGE_AWARENESS } from '@shared/room/protocol';
import { isFacilitatorRole, type RoomRole } from '@shared/room/roles';
import { translateTextPresence } from './presence-text';

/** Who gets a doc update: the facilitators (the project) or the participants (the workshop doc). */
export type Audience = 'facilitators' | 'participants';
export const audienceOf = (role: RoomRole | null): Audience => (isFacilitatorRole(role) ? 'facilitators' : 'participants');

/**
 * Presence in the room as the HOST keeps it (pointers, selections, carets, names): one store for
 * both audiences, and the message each audience gets of it, carets moved into its own doc.
 */
export class HubPresence {
  readonly awareness = new awarenessProtocol.Awareness(new Y.Doc());
  /** The name each presence last gave, to tell the facilitator's panel when one changes. */
  private readonly names = new Map<number, string>();

  constructor(
    /** The doc an audience syncs. */
    private readonly docOf: (audience: Audience) => Y.Doc,
    /** The audience of the socket that speaks for a presence id; null when none does. */
    private readonly audienceOfId: (id: number) => Audience | null,
  ) {
    this.awareness.setLocalState(null);
  }

  /** A presence message for one audience: carets in a card's text from the other audience are moved into this audience's doc. */
  messageFor(audience: Audience, ids: number[]): Uint8Array {
    const states = this.awareness.getStates();
    let seen: Map<number, Record<string, unknown>> | null = null;
    const items = this.docOf(audience).getMap<unknown>('items');
    for (const id of ids) {
      const state = states.get(id);
      if (!state) continue;
      const author = this.audienceOfId(id);
      if (!author || author === audience) continue;
      const patch: Record<string, unknown> = {};
      if (state.text) patch.text = translateTextPresence(state.text, this.docOf(author), this.docOf(audience));
      // A selection names cards: participants hear only of those their board shows (not a withheld quote's card).
      if (Array.isArray(state.selection)) patch.selection = (state.selection as unknown[]).filter((s) => typeof s === 'string' && items.has(s));
      if (Object.keys(patch).length === 0) continue;
      seen ??= new Map(states);
      seen.set(id, { ...state, ...patch });
    }
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids, seen ?? states));
    return encoding.toUint8Array(encoder);
  }

  /** Everyone's presence, for a newcomer of `audience`; null when nobody has any. */
  everyoneFor(audience: Audience): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length ? this.messageFor(audience, ids) : null;
  }

  /** The person id (its authorship entry) the first of these presences gives, or null. */
  personOf(ids: Iterable<number>): string | null {
    for (const id of ids) {
      const user = (this.awareness.getStates().get(id) as { user?: { id?: unknown } } | undefined)?.user;
      if (typeof user?.id === 'string') return user.id;
    }
    return null;
  }

  /** The first name one of these presences gives, or ''. */
  nameOf(ids: Iterable<number>): string {
    for (const id of ids) {
      const name = this.names.get(id);
      if (name) return name;
    }
    return '';
  }

  /** Notes the names presences give; true when one changed. */
  namesChanged(ids: number[]): boolean {
    let changed = false;
    for (const id of ids) {
      const name = presenceName(this.awareness.getStates().get(id));
      if (name === (this.names.get(id) ?? '')) continue;
      changed = true;
      if (name) this.names.set(id, name);
      else this.names.delete(id);
    }
    return changed;
  }

  destroy(): void {
    this.awareness.destroy();
  }
}

/** The client ids an awareness update names (its format: a count, then id, clock and JSON state for each). */
export function awarenessIdsOf(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const ids: number[] = [];
  for (let n = decoding.readVarUint(decoder); n > 0; n--) {
    ids.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder);
    decoding.readVarString(decoder);
  }
  return ids;
}

function presenceName(state: Record<string, unknown> | undefined): string {
  const user = state?.user as { name?: unknown } | undefined;
  return typeof user?.name === 'string' ? user.name.slice(0, 80) : '';
}
