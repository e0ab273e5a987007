import { WebSocket } from 'ws';
import { HUB_PATH, ROOM_PROTOCOL_VERSION } from '@shared/room/protocol';
import { randomHex } from '@shared/room/room-auth';
import { SCHEMA_VERSION } from '@shared/schema/version';

/**
 * One try at a room's password over a raw hub socket from `from`: resolves when the HOST answered
 * the try (its challenge, a guess an attacker checks), 'refused' if the socket was refused or
 * closed first (or at `giveUpAt`). The answer to the challenge is garbage: a guesser needs only the challenge.
 */
export function guessOnce(address: string, roomId: string, from: string, giveUpAt = Infinity): Promise<'answered' | 'refused'> {
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
    ws.on('open', () => ws.send(JSON.stringify({ t: 'hello', room: roomId, protocol: ROOM_PROTOCOL_VERSION, schema: SCHEMA_VERSION, nonce: randomHex(16) })));
    ws.on('message', (data, isBinary) => {
      if (!isBinary && (JSON.parse(data.toString()) as { t: string }).t === 'challenge') done('answered');
    });
  });
}
