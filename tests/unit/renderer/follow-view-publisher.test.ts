import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { ViewRect } from '@shared/day/day-follow';
import { publishViewWhileFollowed, VIEW_THROTTLE_MS } from '../../../renderer/src/features/follow/view-publisher';

/** My page's presence and another page's, the other's reaching mine as the room would carry it. */
function twoPages() {
  const mine = new awarenessProtocol.Awareness(new Y.Doc());
  const theirs = new awarenessProtocol.Awareness(new Y.Doc());
  mine.setLocalState({ user: { id: 'awa', name: 'Awa', color: '#f00' }, peer: null });
  theirs.setLocalState({ user: { id: 'bastien', name: 'Bastien', color: '#00f' }, peer: null, following: null });
  const carry = (): void => awarenessProtocol.applyAwarenessUpdate(mine, awarenessProtocol.encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote');
  carry();
  const sent: (ViewRect | null)[] = [];
  const connection = {
    awareness: mine,
    setPresence(patch: { view?: ViewRect | null }) {
      if ('view' in patch) sent.push(patch.view ?? null);
      for (const [k, v] of Object.entries(patch)) mine.setLocalStateField(k, v);
    },
  };
  return { theirs, carry, sent, connection };
}

/** A view that moves when told, as a camera does. */
function movingView() {
  let view: ViewRect = { x: 0.5, y: 0.5, w: 1000, h: 600 };
  const listeners = new Set<() => void>();
  return {
    view: () => view,
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    move(next: ViewRect) {
      view = next;
      for (const l of listeners) l();
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('my view in presence', () => {
  it('goes out only while someone follows me, in whole units, at most once per interval, and is cleared after', () => {
    const { theirs, carry, sent, connection } = twoPages();
    const source = movingView();
    const stop = publishViewWhileFollowed(connection, source);

    // Nobody follows: moving publishes nothing.
    source.move({ x: 10, y: 10, w: 1000, h: 600 });
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([]);

    // Bastien follows me: my view goes out at once, rounded outwards.
    theirs.setLocalStateField('following', 'awa');
    carry();
    expect(sent).toEqual([{ x: 10, y: 10, w: 1000, h: 600 }]);

    // Many moves within one interval: one message, the last view.
    for (let i = 1; i <= 10; i++) source.move({ x: 10 + i, y: 10, w: 1000.2, h: 600 });
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(VIEW_THROTTLE_MS);
    expect(sent).toEqual([{ x: 10, y: 10, w: 1000, h: 600 }, { x: 20, y: 10, w: 1001, h: 600 }]);
    // A move that rounds to the same view sends nothing.
    source.move({ x: 20.1, y: 10, w: 1000.1, h: 600 });
    vi.advanceTimersByTime(VIEW_THROTTLE_MS);
    expect(sent).toHaveLength(2);

    // Bastien stops following: my view is cleared, and moving publishes nothing more.
    theirs.setLocalStateField('following', null);
    carry();
    expect(sent.at(-1)).toBeNull();
    source.move({ x: 500, y: 500, w: 1000, h: 600 });
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(3);
    stop();
  });

  it('someone following another person does not make me publish', () => {
    const { theirs, carry, sent, connection } = twoPages();
    const stop = publishViewWhileFollowed(connection, movingView());
    theirs.setLocalStateField('following', 'someone-else');
    carry();
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([]);
    stop();
  });
});
