import Konva from 'konva';
import { createRoot } from 'react-dom/client';
import type { Session } from '@shared/host-api/contract';
import type { RoomAddress } from '@shared/room/room-code';
import i18n from './i18n';
import { App } from './app/App';
import { installAutomation } from './automation/tablee-hook';
import { SessionController } from './session/session-controller';
import type { Bridge } from './bridge/pick-bridge';
import { ParticipantApp } from './app/ParticipantApp';

/** What main.tsx did before this code loaded: the bridge made and the session already asked for. */
export type EarlyStart = { bridge: Bridge; takeFirstSession(): Promise<Session> | null } | { error: Error };

installAutomation();
// Skips measuring a sample glyph on every text draw (a large share of a card's cost).
Konva.legacyTextRendering = true;

const root = createRoot(document.getElementById('root')!);

/** The app on the host's files: the desktop window, or a browser on the host machine. */
export function startHostApp(early: EarlyStart): void {
  if ('error' in early) {
    // Only a broken desktop preload gets here; say so rather than show a blank window.
    const pre = document.createElement('pre');
    pre.setAttribute('data-testid', 'fatal-error');
    pre.textContent = i18n.t('app.fatal', { reason: early.error.message });
    document.body.replaceChildren(pre);
    return;
  }
  const controller = new SessionController(early.bridge, early.takeFirstSession() ?? undefined);
  // Last chance to hand pending edits to the host when the page goes away.
  window.addEventListener('pagehide', () => void controller.board?.pusher.flushNow());
  root.render(<App bridge={early.bridge} controller={controller} />);
}

/** A participant opened the room's address: the board comes from the room, not from the host's files. */
export function startParticipant(address: RoomAddress): void {
  root.render(<ParticipantApp address={address} />);
}
