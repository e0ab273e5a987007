import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { createItem } from '@shared/board/commands';
import { addInterview, addQuote } from '@shared/residency/commands';
import { WorkshopMirror } from '@shared/room/workshop-mirror';
import { HubPresence, type Audience } from '../../../electron/host/room/hub-presence';

/** What a participant's page learns of a facilitator's presence, through the HOST. */
describe("a facilitator's presence, as the HOST passes it to participants", () => {
  it('names only the cards the room shows: a withheld quote’s card selected by a facilitator is left out', () => {
    const full = new Y.Doc();
    const refused = addInterview(full, { pseudonym: 'Rose', consent: 'none', transcript: 'Pas pour le mur.' });
    const quote = addQuote(full, refused, 'Pas pour le mur.');
    if (!quote.ok) throw new Error('quote');
    const hiddenCard = createItem(full, { kind: 'quote', quoteId: quote.value, x: 0, y: 0 });
    const note = createItem(full, { kind: 'note', x: 400, y: 0, text: 'Visible' });
    const mirror = new WorkshopMirror(full);
    const facilitatorId = 7;
    const presence = new HubPresence(
      (audience: Audience) => (audience === 'facilitators' ? full : mirror.doc),
      (id) => (id === facilitatorId ? 'facilitators' : null),
    );
    // The facilitator's page announces its selection, as y-protocols encodes it.
    const pageDoc = new Y.Doc();
    pageDoc.clientID = facilitatorId;
    const page = new awarenessProtocol.Awareness(pageDoc);
    page.setLocalState({ user: { id: 'user-fanny', name: 'Fanny', color: '#000' }, peer: null, selection: [hiddenCard, note] });
    awarenessProtocol.applyAwarenessUpdate(presence.awareness, awarenessProtocol.encodeAwarenessUpdate(page, [facilitatorId]), 'socket');

    const heard = (audience: Audience): unknown => {
      const decoder = decoding.createDecoder(presence.messageFor(audience, [facilitatorId]));
      decoding.readVarUint(decoder);
      const listener = new awarenessProtocol.Awareness(new Y.Doc());
      awarenessProtocol.applyAwarenessUpdate(listener, decoding.readVarUint8Array(decoder), 'host');
      return (listener.getStates().get(facilitatorId) as { selection: string[] }).selection;
    };
    expect(heard('participants')).toEqual([note]);
    expect(heard('facilitators')).toEqual([hiddenCard, note]);
    presence.destroy();
    page.destroy();
    mirror.destroy();
  });
});
