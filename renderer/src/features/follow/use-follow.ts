import { useCallback, useEffect, useState } from 'react';
import { followLoops, parseView } from '@shared/day/day-follow';
import { closeCameras, containCamera, type Camera } from '../../canvas/camera';
import type { Editor } from '../../canvas/editor';
import type { RoomConnection } from '../room/join-room';
import type { RoomUser } from '../room/people';
import { followPerson, followTarget } from './follow-store';
import { myPersonId } from '../room/my-person';
import { followingOf, presenceOf } from './presence-states';

/** Why following ended, when the page did not decide it itself (Stop, Escape, my own pan or zoom). */
export type FollowEnd = { reason: 'left' | 'loop'; name: string } | null;

/**
 * Follows `followTarget`'s person: fits the area they publish into my screen (contain), each time it
 * changes or my screen's size does. Ends when I pan or zoom myself (the camera is no longer the one
 * it set), when they leave, or when the chain of who follows whom comes back to me (a loop would
 * never settle). Returns whom I follow (for the frame) and why it last ended by itself.
 */
export function useFollow(editor: Editor, connection: RoomConnection | null): { leader: RoomUser | null; ended: FollowEnd; dismiss(): void } {
  const [target, setTarget] = useState(followTarget.get);
  const [leader, setLeader] = useState<RoomUser | null>(null);
  const [ended, setEnded] = useState<FollowEnd>(null);
  useEffect(() => followTarget.subscribe(() => setTarget(followTarget.get())), []);

  useEffect(() => {
    if (!target) return;
    const me = myPersonId(connection?.awareness);
    if (!connection || target.person === me) return followPerson(null);
    const { person } = target;
    // The page I follow: the one clicked, or (once it is gone: a reload) the person's page presenceOf picks.
    let clientId = target.clientId;
    const { awareness } = connection;
    /** The camera following set last: any other camera is my own gesture. */
    let applied: Camera = editor.camera;
    let size = editor.getState().size;
    let name = '';
    let stopped = false;

    const stop = (end: FollowEnd): void => {
      if (stopped) return;
      stopped = true;
      setEnded(end);
      followPerson(null);
    };
    const apply = (): void => {
      if (stopped) return;
      const people = connection.people();
      const state = presenceOf(people, person, clientId);
      if (!state) return stop({ reason: 'left', name });
      clientId = state.clientId;
      name = state.user.name;
      setLeader((l) => (l && l.id === state.user.id && l.name === state.user.name && l.color === state.user.color ? l : state.user));
      if (followLoops(me, person, (p) => followingOf(people, p))) return stop({ reason: 'loop', name });
      const view = parseView(state.view);
      if (!view) return;
      const next = containCamera(view, editor.getState().size);
      if (closeCameras(next, editor.camera)) return;
      applied = next;
      editor.setCamera(next);
    };
    const onEditor = (): void => {
      if (stopped) return;
      const s = editor.getState();
      if (!closeCameras(s.camera, applied)) return stop(null);
      if (s.size !== size) {
        size = s.size;
        apply();
      }
    };

    setEnded(null);
    // A loop is refused before I say I follow: saying it would stop the others of the loop too.
    const people = connection.people();
    if (followLoops(me, person, (p) => followingOf(people, p))) {
      stop({ reason: 'loop', name: presenceOf(people, person, clientId)?.user.name ?? '' });
      return;
    }
    connection.setPresence({ following: person });
    apply();
    awareness.on('change', apply);
    const offEditor = editor.subscribe(onEditor);
    return () => {
      stopped = true;
      awareness.off('change', apply);
      offEditor();
      setLeader(null);
      connection.setPresence({ following: null });
    };
  }, [editor, connection, target]);

  // Leaving the board ends following: the next board starts free.
  useEffect(() => () => followPerson(null), []);
  const dismiss = useCallback(() => setEnded(null), []);
  return { leader: target ? leader : null, ended, dismiss };
}
