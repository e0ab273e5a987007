import Konva from 'konva';
import { createRoot } from 'react-dom/client';
import i18n from './i18n';
import { App } from './App';
import { installAutomation } from './automation/tablee-hook';
import { SessionController } from './board/session-controller';
import { pickBridge } from './bridge/pick-bridge';

installAutomation();
// Skips measuring a sample glyph on every text draw (a large share of a card's cost).
Konva.legacyTextRendering = true;

const root = createRoot(document.getElementById('root')!);
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
