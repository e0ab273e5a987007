import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { DIRECT_LINK_GRACE_MS } from '@shared/room/protocol';
import { peopleOf, type PresenceState } from '../../renderer/src/features/room/people';

/** The people list's link labels, from awareness states alone (no network). */
function roomOf(states: PresenceState[]): awarenessProtocol.Awareness {
  const mine = new awarenessProtocol.Awareness(new Y.Doc());
  mine.setLocalState(states[0]!);
  states.slice(1).forEach((state, i) => {
    const other = new awarenessProtocol.Awareness(new Y.Doc());
    other.setLocalState(state);
    awarenessProtocol.applyAwarenessUpdate(mine, awarenessProtocol.encodeAwarenessUpdate(other, [other.clientID]), `peer${i}`);
  });
  return mine;
}

const person = (name: string, peer: string | null): PresenceState => ({ user: { id: name, name, color: '#000' }, peer });

describe('people list', () => {
  it('shows me first, then direct, connecting and, after a grace period, relayed people', () => {
    const awareness = roomOf([person('Moi', 'p0'), person('Bastien', 'p1'), person('Awa', 'p2'), person('Chloé', null)]);
    const firstSeen = new Map<number, number>();
    const at = (now: number, webrtc = true) => peopleOf(awareness, new Set(['p1']), firstSeen, now, webrtc).map((p) => `${p.user.name}:${p.link}`);
    expect(at(1000)).toEqual(['Moi:me', 'Awa:connecting', 'Bastien:direct', 'Chloé:connecting']);
    expect(at(1000 + DIRECT_LINK_GRACE_MS + 1)).toEqual(['Moi:me', 'Awa:relayed', 'Bastien:direct', 'Chloé:relayed']);
    // Without WebRTC at all, nobody is "connecting": the host relays from the start.
    expect(peopleOf(awareness, new Set(), new Map(), 0, false).map((p) => p.link)).toEqual(['me', 'relayed', 'relayed', 'relayed']);
  });

  it('takes each person’s role from the HOST’s roster, never from what their presence says', () => {
    const awareness = roomOf([person('Moi', 'p0'), { ...person('Awa', 'p1'), role: 'facilitator' } as PresenceState, person('Fanny', 'p2')]);
    const ids = new Map(peopleOf(awareness, new Set(), new Map(), 0, false).map((p) => [p.user.name, p.clientId]));
    const roster = new Map([
      [ids.get('Awa')!, 'participant' as const],
      [ids.get('Fanny')!, 'facilitator' as const],
    ]);
    const roles = peopleOf(awareness, new Set(), new Map(), 0, false, (id) => roster.get(id) ?? null).map((p) => `${p.user.name}:${p.role}`);
    expect(roles).toEqual(['Moi:null', 'Awa:participant', 'Fanny:facilitator']);
  });

  it('ignores awareness states that are not Tablée presence', () => {
    const awareness = roomOf([person('Moi', 'p0')]);
    const stranger = new awarenessProtocol.Awareness(new Y.Doc());
    stranger.setLocalState({ cursor: 1 });
    awarenessProtocol.applyAwarenessUpdate(awareness, awarenessProtocol.encodeAwarenessUpdate(stranger, [stranger.clientID]), 'x');
    expect(peopleOf(awareness, new Set(), new Map(), 0, true).map((p) => p.user.name)).toEqual(['Moi']);
  });
});
