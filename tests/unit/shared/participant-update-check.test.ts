import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, deleteItems, moveItems, updateItem } from '@shared/board/commands';
import { itemsOf } from '@shared/board/doc';
import { newBoardDoc } from '@shared/project-file/build';
import { addInterview } from '@shared/residency/commands';
import { participantUpdateRefusal } from '@shared/room/participant-update-check';
import { WorkshopMirror } from '@shared/room/workshop-mirror';

/** The HOST's workshop doc with a locked theme, an open one, and a participant's copy of it. */
function room() {
  const full = newBoardDoc('Atelier', '2026-01-01T00:00:00.000Z');
  addInterview(full, { pseudonym: 'Awa', transcript: 'Le marché du jeudi.' });
  const lockedTheme = createItem(full, { kind: 'frame', x: 0, y: 0, w: 600, h: 400, title: 'Fermé' });
  const inside = createItem(full, { kind: 'note', x: 50, y: 80, text: 'Dedans' });
  const openTheme = createItem(full, { kind: 'frame', x: 1000, y: 0, w: 600, h: 400, title: 'Ouvert' });
  const free = createItem(full, { kind: 'note', x: 1050, y: 80, text: 'Libre' });
  const lockedNote = createItem(full, { kind: 'note', x: 3000, y: 0, text: 'Consigne' });
  itemsOf(full).get(lockedTheme)!.set('locked', true);
  itemsOf(full).get(lockedNote)!.set('locked', true);
  const mirror = new WorkshopMirror(full, { countsDelayMs: 0 });
  const work = mirror.doc;
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(work));
  const updateOf = (edit: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(peer);
    edit(peer);
    return Y.encodeStateAsUpdate(peer, before);
  };
  const refusal = (edit: (doc: Y.Doc) => void): string | null => participantUpdateRefusal(work, updateOf(edit));
  return { work, peer, lockedTheme, inside, openTheme, free, lockedNote, refusal, mirror };
}

describe("a participant's update, checked by the HOST", () => {
  it('lets ordinary edits through', () => {
    const r = room();
    expect(r.refusal((d) => void createItem(d, { kind: 'note', x: 2000, y: 2000, text: 'Nouvelle idée' }))).toBeNull();
    expect(r.refusal((d) => moveItems(d, [r.free], 10, 10))).toBeNull();
    expect(r.refusal((d) => updateItem(d, r.free, { text: 'Reformulé' }))).toBeNull();
    expect(r.refusal((d) => deleteItems(d, [r.free]))).toBeNull();
    r.mirror.destroy();
  });

  it('refuses any change to a locked card or to what a locked frame holds', () => {
    const r = room();
    expect(r.refusal((d) => updateItem(d, r.lockedNote, { text: 'Changé' }))).toMatch(/locked/);
    expect(r.refusal((d) => deleteItems(d, [r.lockedNote]))).toMatch(/locked/);
    expect(r.refusal((d) => moveItems(d, [r.lockedTheme], 5, 5))).toMatch(/locked/);
    expect(r.refusal((d) => updateItem(d, r.inside, { text: 'Changé' }))).toMatch(/locked/);
    expect(r.refusal((d) => deleteItems(d, [r.inside]))).toMatch(/locked/);
    r.mirror.destroy();
  });

  it('refuses a card moved or created into a locked frame', () => {
    const r = room();
    expect(r.refusal((d) => updateItem(d, r.free, { parentId: r.lockedTheme }))).toMatch(/into locked frame/);
    expect(r.refusal((d) => void createItem(d, { kind: 'note', x: 60, y: 60, text: 'Glissé' }))).toMatch(/into locked frame/);
    r.mirror.destroy();
  });

  it('refuses a lock lifted or set, and writes into what only the HOST writes', () => {
    const r = room();
    expect(r.refusal((d) => itemsOf(d).get(r.lockedNote)!.set('locked', false))).toMatch(/locks or unlocks/);
    expect(r.refusal((d) => itemsOf(d).get(r.free)!.set('locked', true))).toMatch(/locks or unlocks/);
    expect(r.refusal((d) => d.getMap('quotes').set('quote:x', new Y.Map()))).toMatch(/"quotes"/);
    expect(r.refusal((d) => d.getMap('interviews').set('interview:x', new Y.Map()))).toMatch(/"interviews"/);
    expect(r.refusal((d) => d.getMap('themeCounts').set('frame:x', { quotes: 99, interviews: 99, profiles: 99 }))).toMatch(/"themeCounts"/);
    expect(r.refusal((d) => d.getMap('meta').set('title', 'Pirate'))).toMatch(/"meta"/);
    r.mirror.destroy();
  });

  it('refuses an update that builds on edits the room never had, and bytes that are no update', () => {
    const r = room();
    // An edit the HOST never received, then one built on it: only the second is sent.
    r.peer.getMap('items');
    createItem(r.peer, { kind: 'note', x: 4000, y: 4000, text: 'jamais envoyé' });
    const before = Y.encodeStateVector(r.peer);
    const first = [...itemsOf(r.peer).keys()].find((k) => !itemsOf(r.work).has(k))!;
    updateItem(r.peer, first, { text: 'suite' });
    expect(participantUpdateRefusal(r.work, Y.encodeStateAsUpdate(r.peer, before))).toMatch(/never had/);
    expect(participantUpdateRefusal(r.work, new Uint8Array([1, 2, 3, 250, 250]))).toMatch(/not a Yjs update/);
    r.mirror.destroy();
  });
});
