import * as opaque from '@serenity-kit/opaque';
import { WebSocket } from 'ws';
import { normalizeRoomPassword } from '@shared/room/password-normalize';
import { HUB_PATH, ROOM_PROTOCOL_VERSION } from '@shared/room/protocol';
import type { RoomDoor } from '@shared/room/roles';
import { SCHEMA_VERSION } from '@shared/schema/version';

/** The first message of a try at the password (cheap: the costly part is checking the answer, offline for a guesser). */
export async function loginRequest(guess: string): Promise<string> {
  await opaque.ready;
  return opaque.client.startLogin({ password: normalizeRoomPassword(guess) }).startLoginRequest;
}

/**
 * One try at a room's password over a raw hub socket from `from`: resolves when the HOST answered
 * the try (its challenge, a guess an attacker checks), 'refused' if the socket was refused or
 * closed first (or at `giveUpAt`). A guesser needs only the challenge: it checks its guess against it alone.
 */
export async function guessOnce(address: string, roomId: string, from: string, giveUpAt = Infinity, door: RoomDoor = 'participant'): Promise<'answered' | 'refused'> {
  const login = await loginRequest(`essai ${Math.random()}`);
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://${address}${HUB_PATH}`, { localAddress: from });
    const giveUp = setTimeout(() => done('refused'), Math.min(giveUpAt - Date.now(), 60_000));
    const done = (outcome: 'answered' | 'refused'): void => {
      clearTimeout(giveUp);
      resolve(outcome);
      ws.terminate();
    };
    ws.on('error', () => done('refused'));
    ws.on('unexpected-response', () => done('refused'));
    ws.on('close', () => done('refused'));
    ws.on('open', () => ws.send(JSON.stringify({ t: 'hello', room: roomId, protocol: ROOM_PROTOCOL_VERSION, schema: SCHEMA_VERSION, door, login })));
    ws.on('message', (data, isBinary) => {
      if (!isBinary && (JSON.parse(data.toString()) as { t: string }).t === 'challenge') done('answered');
    });
  });
}
