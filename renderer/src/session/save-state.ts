import type { SaveStatus } from '@shared/host-api/contract';
import type { ConnectionState } from '../bridge/connection';
import type { PusherState } from './update-pusher';

/** Where my work is, in one word: on disk, on its way, not saved (and why), or stuck here. */
export type SaveState = 'saved' | 'saving' | 'error' | 'offline';

export function saveStateOf(status: SaveStatus | null, pusher: PusherState, connection: ConnectionState): SaveState {
  if (connection === 'down') return 'offline';
  if (status?.state === 'error') return 'error';
  if (pusher.lastError && pusher.unsent > 0) return connection === 'up' ? 'saving' : 'offline';
  if (pusher.unsent > 0 || status?.state === 'saving') return 'saving';
  if (status && status.savedSeq < pusher.lastAckSeq) return 'saving';
  return 'saved';
}
