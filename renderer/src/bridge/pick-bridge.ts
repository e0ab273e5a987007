import { desktopBridge, type Bridge } from './desktop-bridge';
import { wsBridge } from './ws-bridge';

/** The desktop preload's bridge when there is one, else a WebSocket client to the HOST that served this page. */
export function pickBridge(): Bridge {
  const host = window.tableeHost;
  if (host) return desktopBridge(host);
  return wsBridge();
}

export type { Bridge };
