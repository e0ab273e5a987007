import Konva from 'konva';
import { createRoot } from 'react-dom/client';
import i18n from './i18n';
import { App } from './App';
import { installAutomation } from './automation/tablee-hook';
import { SessionController } from './board/session-controller';
import { pickBridge } from './bridge/pick-bridge';
import { participantRoom } from './sync/participant-room';
import { ParticipantApp } from './ui/ParticipantApp';

installAutomation();
// Skips measuring a sample glyph on every text draw (a large share of a card's cost).
Konva.legacyTextRendering = true;

const root = createRoot(document.getElementById('root')!);
/** The app on the host's files: the desktop window, or a browser on the host machine. */
function startHostApp(): void {
  try {
    const bridge = pickBridge();
    const controller = new SessionController(bridge);
    // Last chance to hand pending edits to the host when the page goes away.
    window.addEventListener('pagehide', () => void controller.board?.pusher.flushNow());
    root.render(<App bridge={bridge} controller={controller} />);
  } catch (e) {
    // Only a broken desktop preload gets here; say so rather than show a blank window.
    const pre = document.createElement('pre');
    pre.setAttribute('data-testid', 'fatal-error');
    pre.textContent = i18n.t('app.fatal', { reason: (e as Error).message });
    document.body.replaceChildren(pre);
  }
}

// A participant opened the room's address: the board comes from the room, not from the host's files.
const room = participantRoom(location.href);
if (room) root.render(<ParticipantApp address={room} />);
else startHostApp();
