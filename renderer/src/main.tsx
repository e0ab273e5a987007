import type { Session } from '@shared/host-api/contract';
import { pickBridge } from './bridge/pick-bridge';
import type { EarlyStart } from './start-app';
import { participantRoom } from './features/room/participant-room';

/**
 * The entry is kept tiny: it asks the host for its session first and only then loads the app's
 * code (most of the bundle). The host encodes and sends the board while the page compiles that
 * code, instead of after.
 */
function askHost(): EarlyStart {
  try {
    const bridge = pickBridge();
    let firstSession: Promise<Session> | null = bridge.getSession();
    // Handled where it is used (SessionController.reload); not an unhandled rejection meanwhile.
    firstSession.catch(() => undefined);
    // Another project opened before the app listens: that first answer may be out of date.
    let changed = false;
    const stop = bridge.onEvent((event) => {
      if (event.type === 'session-changed') changed = true;
    });
    return {
      bridge,
      takeFirstSession: () => {
        stop();
        // Handed over once: kept here, the board's bytes would stay in memory as long as the page.
        const first = changed ? null : firstSession;
        firstSession = null;
        return first;
      },
    };
  } catch (e) {
    return { error: e as Error };
  }
}

const room = participantRoom(location.href);
const early = room ? null : askHost();
import('./start-app').then(
  (app) => (room ? app.startParticipant(room) : app.startHostApp(early!)),
  (e: unknown) => {
    // The app's code could not be loaded (a broken install): say so in both languages.
    const pre = document.createElement('pre');
    pre.setAttribute('data-testid', 'fatal-error');
    pre.textContent = `Tablée ne peut pas démarrer / Tablée cannot start: ${(e as Error).message}`;
    document.body.replaceChildren(pre);
  },
);
