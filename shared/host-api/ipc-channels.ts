/**
 * The HostApi over Electron IPC. Renderer → main: invoke(CALL_CHANNEL, method, args).
 * Main → renderer: send(EVENT_CHANNEL, HostEvent).
 */
export const CALL_CHANNEL = 'tablee:call';
export const EVENT_CHANNEL = 'tablee:event';
