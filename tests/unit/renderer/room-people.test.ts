import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { peopleOf } from '../../../renderer/src/features/room/people';

/** A second page's presence, as it arrives in mine. */
function publish(mine: awarenessProtocol.Awareness, user: unknown): void {
  const other = new awarenessProtocol.Awareness(new Y.Doc());
  other.setLocalState({ user, peer: null });
  awarenessProtocol.applyAwarenessUpdate(mine, awarenessProtocol.encodeAwarenessUpdate(other, [other.clientID]), 'test');
}

describe('who is here', () => {
  it('ignores a presence whose person id or name no feature could take (a modified page), and keeps the others', () => {
    const mine = new awarenessProtocol.Awareness(new Y.Doc());
    mine.setLocalState({ user: { id: 'me', name: 'Me', color: '#000' }, peer: null });
    publish(mine, { id: 'awa', name: 'Awa', color: '#111' });
    publish(mine, { id: 'x'.repeat(65), name: 'Long', color: '#222' });
    publish(mine, { id: '', name: 'Empty', color: '#333' });
    publish(mine, { id: 'leo', name: 'L'.repeat(81), color: '#444' });
    const people = peopleOf(mine, new Set(), new Map(), Date.now(), false);
    expect(people.map((p) => p.user.id)).toEqual(['me', 'awa']);
  });
});
