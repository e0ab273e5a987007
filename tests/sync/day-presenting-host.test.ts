import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { holdsPresenting, readPresenting, startPresenting, stepPresenting } from '@shared/day/day-presenting';
import type { NodePeer } from './helpers/node-peer';
import { useRoomPerTest } from './helpers/room-fixture';
import { until, type RoomHost } from './helpers/room-host';

/**
 * A presentation in the room, between Node peers and a real HOST: it reaches participants, and the
 * HOST ends it when its presenter's last socket left and did not come back within the grace (not while
 * another of their sockets stays, not when they are back within it as a reloaded page is, and a
 * participant claiming their identity does not keep it alive); a room reopened on a file that still
 * holds one does not start presenting. Node peers' person id is `user-<name>`.
 */
const rooms = useRoomPerTest();
const PASSWORD = 'prune ardoise ruisseau';
const FRAMES = ['frame-a', 'frame-b', 'frame-c'];
/** The presenter's grace, shortened (the app's is 10 s). */
const GRACE_MS = 1500;

/** Whether `peer` hears of someone named `name` (their presence reached the HOST, which relays it). */
const hears = (peer: NodePeer, name: string): boolean => peer.room.people().some((p) => p.user.name === name);

async function onDisk(room: RoomHost): Promise<Y.Doc> {
  const saved = await room.savedFile();
  const doc = new Y.Doc();
  const bytes = Buffer.from(saved.yjsState, 'base64');
  if (saved.yjsEncoding === 'v2') Y.applyUpdateV2(doc, bytes);
  else Y.applyUpdate(doc, bytes);
  return doc;
}

describe('a presentation in the room', () => {
  it('reaches participants; ends for everyone when the presenter’s last socket leaves and does not come back, not before', async () => {
    const room = await rooms.start({ password: PASSWORD, presenterGraceMs: GRACE_MS });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const fanny = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    const fannyAgain = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    const chloe = rooms.join('Chloé', facilitatorPassword, { door: 'facilitator' });
    const awa = rooms.join('Awa', PASSWORD);
    // A participant who says she is Fanny (her person id): she does not keep Fanny's presentation alive.
    const posing = rooms.join('Fanny', PASSWORD);
    const everyone = [fanny, fannyAgain, chloe, awa, posing];
    await Promise.all(everyone.map((p) => p.room.synced()));
    await until('everyone’s presence reached the HOST', () => ['Fanny', 'Chloé'].every((n) => hears(awa, n)) && hears(fanny, 'Awa'));

    startPresenting(fanny.doc, { by: 'user-Fanny', name: 'Fanny' }, FRAMES);
    await until('Awa sees the presentation', () => readPresenting(awa.doc)?.frames.length === 3);
    stepPresenting(fanny.doc, 1);
    await until('Awa is on the second frame', () => readPresenting(awa.doc)?.index === 1);
    expect(readPresenting(awa.doc)).toEqual({ by: 'user-Fanny', name: 'Fanny', frames: FRAMES, index: 1 });

    // Another facilitator leaving changes nothing.
    chloe.room.leave();
    await until('Awa saw Chloé go', () => !hears(awa, 'Chloé'));
    // One of Fanny's two sockets goes (a page reloading): she is still here, the presentation goes on.
    fanny.room.leave();
    await until('the HOST saw that socket go', () => awa.room.people().filter((p) => p.user.name === 'Fanny').length === 2);
    stepPresenting(fannyAgain.doc, 1);
    await until('Awa is on the third frame', () => readPresenting(awa.doc)?.index === 2);

    // Her last facilitator socket goes and she is back at once (a page reloading): past the grace, it goes on.
    fannyAgain.room.leave();
    const left = Date.now();
    const fannyBack = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    await fannyBack.room.synced();
    await until('the grace has passed since she left', () => Date.now() > left + GRACE_MS * 2);
    expect(readPresenting(awa.doc)?.index).toBe(2);
    stepPresenting(fannyBack.doc, -1);
    await until('Awa is back on the second frame', () => readPresenting(awa.doc)?.index === 1);

    // She leaves for good: once the grace is over the HOST ends it for everyone, and the file no longer holds it.
    fannyBack.room.leave();
    await until('the presentation ended for Awa', () => !holdsPresenting(awa.doc));
    expect(holdsPresenting(posing.doc)).toBe(false);
    await until('the file no longer holds it', async () => !holdsPresenting(await onDisk(room)));

    // A participant's page cannot start one (the HOST refuses her writes to the day map).
    startPresenting(posing.doc, { by: 'user-Fanny', name: 'Fanny' }, FRAMES);
    await until('the HOST refused it', () => posing.room.state().kind === 'refused');
    expect(holdsPresenting(awa.doc)).toBe(false);
    expect(holdsPresenting(await onDisk(room))).toBe(false);
  }, 60_000);

  it('a presentation left in the file when the room closed does not come back with the next room', async () => {
    const room = await rooms.start({ password: PASSWORD });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const fanny = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    await fanny.room.synced();
    startPresenting(fanny.doc, { by: 'user-Fanny', name: 'Fanny' }, FRAMES);
    await until('the file holds the presentation', async () => readPresenting(await onDisk(room)) !== null);

    // The room closes under the presenter: nobody ended the presentation.
    await room.host.api.closeRoom();
    await until('Fanny told the room closed', () => fanny.room.state().kind === 'closed');
    expect(readPresenting(await onDisk(room))).not.toBeNull();

    // A new room on the same project: nobody is presenting, in the file or for a participant.
    const reopened = await room.host.api.openRoom({ password: PASSWORD, bind: null });
    await until('the file no longer holds it', async () => !holdsPresenting(await onDisk(room)));
    const awa = rooms.join('Awa', PASSWORD, { where: { address: room.address, roomId: reopened.roomId! } });
    await awa.room.synced();
    expect(holdsPresenting(awa.doc)).toBe(false);
  }, 60_000);
});
