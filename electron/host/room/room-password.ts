import * as opaque from '@serenity-kit/opaque';
import { normalizeRoomPassword } from '@shared/room/password-normalize';
import { pakeIdentifiers } from '@shared/room/protocol';
import type { RoomDoor } from '@shared/room/roles';
import { sessionKeyBytes } from '@shared/room/room-session';

/**
 * The HOST's side of the password exchange (OPAQUE, audited opaque-ke built to WebAssembly). The
 * HOST knows the password, so it registers it itself when the room opens and keeps only the record:
 * what travels during a join lets nobody try passwords offline, and the password never travels.
 */
export class RoomPassword {
  private constructor(
    private readonly roomId: string,
    private readonly door: RoomDoor,
    private readonly serverSetup: string,
    private readonly record: string,
  ) {}

  /**
   * Each door has its own registration and server identifier: a proof at one door proves nothing at
   * the other. What is registered is the password as normalised (case, accents, spaces: see
   * password-normalize.ts); peers normalise what they type the same way before proving it.
   */
  static async register(typed: string, roomId: string, door: RoomDoor): Promise<RoomPassword> {
    const password = normalizeRoomPassword(typed);
    await opaque.ready;
    const identifiers = pakeIdentifiers(roomId, door);
    const serverSetup = opaque.server.createSetup();
    const { clientRegistrationState, registrationRequest } = opaque.client.startRegistration({ password });
    const { registrationResponse } = opaque.server.createRegistrationResponse({ serverSetup, userIdentifier: roomId, registrationRequest });
    const { registrationRecord } = opaque.client.finishRegistration({ clientRegistrationState, registrationResponse, password, identifiers });
    return new RoomPassword(roomId, door, serverSetup, registrationRecord);
  }

  /** Answers a peer's first message; null when it is not a valid one. */
  startLogin(startLoginRequest: string): { state: string; loginResponse: string } | null {
    try {
      const { serverLoginState, loginResponse } = opaque.server.startLogin({
        serverSetup: this.serverSetup,
        registrationRecord: this.record,
        startLoginRequest,
        userIdentifier: this.roomId,
        identifiers: pakeIdentifiers(this.roomId, this.door),
      });
      return { state: serverLoginState, loginResponse };
    } catch {
      return null;
    }
  }

  /** The session key when the peer proved the password; null when it did not. */
  finishLogin(state: string, finishLoginRequest: string): Uint8Array | null {
    try {
      const { sessionKey } = opaque.server.finishLogin({ serverLoginState: state, finishLoginRequest, identifiers: pakeIdentifiers(this.roomId, this.door) });
      return sessionKeyBytes(sessionKey);
    } catch {
      return null;
    }
  }
}
