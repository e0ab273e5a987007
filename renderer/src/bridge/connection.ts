/** Whether the renderer can reach its host right now (always "up" for the desktop bridge). */
export type ConnectionState = 'connecting' | 'up' | 'down';

export interface ConnectionSource {
  connection(): ConnectionState;
  /** Returns an unsubscribe function. */
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

/** Errors the bridge raises itself (not errors the host returned). */
export class BridgeError extends Error {
  constructor(
    message: string,
    readonly code: 'disconnected' | 'timeout' | 'bad-reply' | 'missing-host',
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}
