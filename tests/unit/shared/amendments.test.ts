import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem } from '@shared/board/commands';
import { itemsOf, LOCAL_ORIGIN } from '@shared/board/doc';
import { readExportModel } from '@shared/export/export-model';
import { reportMarkdown } from '@shared/export/report-markdown';
import { newBoardDoc } from '@shared/project-file/build';
import { AMENDMENTS } from '@shared/records/amendments';
import { ALL_KINDS } from '@shared/records/kinds';
import { repairRecords } from '@shared/records/repair';
import { readRecord } from '@shared/records/y-record';
import { amendmentsOf, anchorIndex, decideAmendment, locateAmendment, openAmendmentCounts, readAmendments, suggestAmendment, withdrawAmendment } from '@shared/residency/amendments';
import { setProposalBody } from '@shared/residency/commands';
import { participantUpdateRefusal } from '@shared/room/participant-update-check';
import { WorkshopMirror } from '@shared/room/workshop-mirror';

const bodyText = (doc: Y.Doc, id: string): string => String(itemsOf(doc).get(id)!.get('body'));

function board() {
  const doc = newBoardDoc('Atelier', '2026-01-01T00:00:00.000Z');
  const proposal = createItem(doc, { kind: 'proposal', x: 0, y: 0, title: 'Navette' });
  setProposalBody(doc, proposal, 'Une navette le soir.');
  return { doc, proposal };
}

describe('amendments to a proposal', () => {
  it('a suggestion leaves the body alone; accepting it changes the body, rejecting does not', () => {
    const { doc, proposal } = board();
    const replace = suggestAmendment(doc, { proposalId: proposal, author: 'person:awa', from: 15, to: 19, text: 'jeudi soir', now: 1 });
    const insert = suggestAmendment(doc, { proposalId: proposal, author: 'person:awa', from: 11, to: 11, text: ' gratuite', now: 2 });
    if (!replace.ok || !insert.ok) throw new Error('not suggested');
    expect(bodyText(doc, proposal)).toBe('Une navette le soir.');
    expect(readAmendments(doc, proposal).map((a) => [a.kind, a.original, a.text, a.state])).toEqual([
      ['replace', 'soir', 'jeudi soir', 'open'],
      ['insert', '', ' gratuite', 'open'],
    ]);
    expect(openAmendmentCounts(doc).get(proposal)).toBe(2);

    expect(decideAmendment(doc, insert.value, 'rejected', 'person:fac', 3).ok).toBe(true);
    expect(bodyText(doc, proposal)).toBe('Une navette le soir.');
    expect(decideAmendment(doc, replace.value, 'accepted', 'person:fac', 4).ok).toBe(true);
    expect(bodyText(doc, proposal)).toBe('Une navette le jeudi soir.');
    const decided = readAmendments(doc, proposal);
    expect(decided.map((a) => [a.state, a.decidedBy])).toEqual([
      ['accepted', 'person:fac'],
      ['rejected', 'person:fac'],
    ]);
    // Decided once: a second decision changes nothing.
    expect(decideAmendment(doc, replace.value, 'rejected', 'person:fac', 5)).toEqual({ ok: false, error: 'decided' });
    expect(openAmendmentCounts(doc).get(proposal)).toBeUndefined();
    // A decided one cannot be withdrawn; an open one can.
    expect(withdrawAmendment(doc, replace.value)).toBe(false);
    const mistake = suggestAmendment(doc, { proposalId: proposal, author: 'person:awa', from: 0, to: 3, text: 'La', now: 6 });
    expect(mistake.ok && withdrawAmendment(doc, mistake.value)).toBe(true);
    expect(readAmendments(doc, proposal)).toHaveLength(2);
  });

  it('its range follows words typed before it, and one undo takes an accept back, body and state, not the suggestion', () => {
    const { doc, proposal } = board();
    const undo = new Y.UndoManager([itemsOf(doc), amendmentsOf(doc)], { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    const del = suggestAmendment(doc, { proposalId: proposal, author: 'person:awa', from: 12, to: 19, text: '', now: 1 });
    if (!del.ok) throw new Error('not suggested');
    // Someone writes before the range: the range moves with its words.
    (itemsOf(doc).get(proposal)!.get('body') as Y.Text).insert(0, 'Oui. ');
    expect(locateAmendment(doc, readRecord(AMENDMENTS, amendmentsOf(doc).get(del.value))!)).toEqual({ from: 17, to: 24 });
    undo.stopCapturing();
    decideAmendment(doc, del.value, 'accepted', 'person:fac', 2);
    expect(bodyText(doc, proposal)).toBe('Oui. Une navette .');
    undo.undo();
    expect(bodyText(doc, proposal)).toBe('Oui. Une navette le soir.');
    const back = readRecord(AMENDMENTS, amendmentsOf(doc).get(del.value))!;
    expect([back.state, back.decidedBy]).toEqual(['open', null]);
    // The suggestion itself is no undo step: undoing further leaves it there.
    undo.undo();
    expect(amendmentsOf(doc).has(del.value)).toBe(true);
    // Its words were put back as new letters: it is found again by its quoted text, and applies again.
    expect(decideAmendment(doc, del.value, 'accepted', 'person:fac', 3).ok).toBe(true);
    expect(bodyText(doc, proposal)).toBe('Oui. Une navette .');
  });

  it('the report lists decided amendments under their proposal, naming people only when not anonymised', () => {
    const { doc, proposal } = board();
    doc.getMap('people').set('person:awa', { name: 'Awa', color: '#d1495b' });
    const kept = suggestAmendment(doc, { proposalId: proposal, author: 'person:awa', from: 15, to: 19, text: 'matin', now: 1 });
    const dropped = suggestAmendment(doc, { proposalId: proposal, author: 'person:awa', from: 11, to: 11, text: ' gratuite', now: 2 });
    const pending = suggestAmendment(doc, { proposalId: proposal, author: 'person:awa', from: 0, to: 3, text: 'La', now: 3 });
    if (!kept.ok || !dropped.ok || !pending.ok) throw new Error('not suggested');
    decideAmendment(doc, kept.value, 'accepted', 'person:fac', 4);
    decideAmendment(doc, dropped.value, 'rejected', 'person:fac', 5);
    const named = reportMarkdown(readExportModel(doc, { anonymised: false, lang: 'fr' }));
    expect(named).toContain('Amendements');
    expect(named).toContain('« soir » → « matin » — _accepté_ (proposé par Awa)');
    expect(named).toContain('insérer « gratuite » — _refusé_');
    expect(named).not.toContain('« Une » → « La »');
    const anonymous = reportMarkdown(readExportModel(doc, { anonymised: true, lang: 'en' }));
    expect(anonymous).toContain('“soir” → “matin” — _accepted_');
    expect(anonymous).not.toContain('Awa');
  });

  it('repair drops an amendment that says nothing, or whose proposal is gone', () => {
    const { doc, proposal } = board();
    const ok = suggestAmendment(doc, { proposalId: proposal, author: 'person:awa', from: 0, to: 3, text: 'La', now: 1 });
    if (!ok.ok) throw new Error('not suggested');
    const broken = amendmentsOf(doc).get(ok.value)!.clone();
    broken.set('id', 'amendment:empty');
    broken.set('kind', 'insert');
    broken.set('text', '');
    amendmentsOf(doc).set('amendment:empty', broken);
    const orphan = amendmentsOf(doc).get(ok.value)!.clone();
    orphan.set('id', 'amendment:orphan');
    orphan.set('proposalId', 'proposal:gone');
    amendmentsOf(doc).set('amendment:orphan', orphan);
    repairRecords(doc, ALL_KINDS);
    expect([...amendmentsOf(doc).keys()]).toEqual([ok.value]);
  });

  it('the room carries an amendment both ways, its range pointing at the same words in each doc', () => {
    const { doc: full, proposal } = board();
    const mirror = new WorkshopMirror(full, { countsDelayMs: 0 });
    const made = suggestAmendment(mirror.doc, { proposalId: proposal, author: 'person:awa', from: 15, to: 19, text: 'matin', now: 1 });
    if (!made.ok) throw new Error('not suggested');
    const inFull = readRecord(AMENDMENTS, amendmentsOf(full).get(made.value))!;
    expect(inFull.start).not.toBe(readRecord(AMENDMENTS, amendmentsOf(mirror.doc).get(made.value))!.start);
    const body = itemsOf(full).get(proposal)!.get('body') as Y.Text;
    expect([anchorIndex(full, body, inFull.start), anchorIndex(full, body, inFull.end)]).toEqual([15, 19]);
    // The facilitator accepts in the project: the participants' body follows.
    decideAmendment(full, made.value, 'accepted', 'person:fac', 2);
    expect(bodyText(mirror.doc, proposal)).toBe('Une navette le matin.');
    expect(readRecord(AMENDMENTS, amendmentsOf(mirror.doc).get(made.value))!.state).toBe('accepted');
    mirror.destroy();
  });
});

describe("a participant's amendments, checked by the HOST", () => {
  function room() {
    const { doc: full, proposal } = board();
    // The proposal was made by Awa; Bob is another participant.
    full.getMap('madeBy').set(proposal, 'person:awa');
    const mirror = new WorkshopMirror(full, { countsDelayMs: 0 });
    const work = mirror.doc;
    const open = suggestAmendment(full, { proposalId: proposal, author: 'person:fac', from: 0, to: 3, text: 'La', now: 1 });
    if (!open.ok) throw new Error('not suggested');
    const refusal = (person: string, edit: (doc: Y.Doc) => void): string | null => {
      const peer = new Y.Doc();
      Y.applyUpdate(peer, Y.encodeStateAsUpdate(work));
      const before = Y.encodeStateVector(peer);
      edit(peer);
      return participantUpdateRefusal(work, Y.encodeStateAsUpdate(peer, before), { hidden: () => false, person });
    };
    return { full, work, proposal, open: open.value, refusal, mirror };
  }

  it('lets a participant suggest in their own name, and the proposal’s author decide', () => {
    const r = room();
    expect(r.refusal('person:bob', (d) => void suggestAmendment(d, { proposalId: r.proposal, author: 'person:bob', from: 4, to: 4, text: 'belle ', now: 2 }))).toBeNull();
    expect(r.refusal('person:awa', (d) => void decideAmendment(d, r.open, 'accepted', 'person:awa', 2))).toBeNull();
    expect(r.refusal('person:awa', (d) => void decideAmendment(d, r.open, 'rejected', 'person:awa', 2))).toBeNull();
    r.mirror.destroy();
  });

  it('refuses a suggestion in someone else’s name, or born decided', () => {
    const r = room();
    expect(r.refusal('person:bob', (d) => void suggestAmendment(d, { proposalId: r.proposal, author: 'person:awa', from: 4, to: 4, text: 'belle ', now: 2 }))).toMatch(/someone else's name/);
    expect(
      r.refusal('person:bob', (d) => {
        const made = suggestAmendment(d, { proposalId: r.proposal, author: 'person:bob', from: 4, to: 4, text: 'belle ', now: 2 });
        if (made.ok) amendmentsOf(d).get(made.value)!.set('state', 'accepted');
      }),
    ).toMatch(/already decided/);
    // A hostile page writes a field twice in one update, the last write deciding: every value counts.
    expect(
      r.refusal('person:bob', (d) => {
        d.transact(() => {
          const made = suggestAmendment(d, { proposalId: r.proposal, author: 'person:bob', from: 4, to: 4, text: 'belle ', now: 2 });
          if (made.ok) amendmentsOf(d).get(made.value)!.set('state', 'accepted');
        });
      }),
    ).toMatch(/already decided/);
    r.mirror.destroy();
  });

  it('refuses an open suggestion replaced whole by a decided one, even its author’s', () => {
    const r = room();
    const replaced = (d: Y.Doc): void => {
      const copy = amendmentsOf(d).get(r.open)!.clone();
      copy.set('state', 'accepted');
      copy.set('decidedBy', 'person:fac');
      copy.set('decidedAt', 2);
      amendmentsOf(d).set(r.open, copy);
    };
    expect(r.refusal('person:fac', replaced)).toMatch(/already decided/);
    r.mirror.destroy();
  });

  it('refuses a participant accepting or rejecting on a proposal they did not make, or rewriting or deleting a decided one', () => {
    const r = room();
    expect(r.refusal('person:bob', (d) => void decideAmendment(d, r.open, 'accepted', 'person:bob', 2))).toMatch(/did not make/);
    expect(r.refusal('person:bob', (d) => void decideAmendment(d, r.open, 'rejected', 'person:bob', 2))).toMatch(/did not make/);
    expect(r.refusal('person:awa', (d) => void decideAmendment(d, r.open, 'accepted', 'person:fac', 2))).toMatch(/someone else's name/);
    expect(r.refusal('person:awa', (d) => amendmentsOf(d).get(r.open)!.set('text', 'Autre'))).toMatch(/rewrites/);
    expect(r.refusal('person:fac', (d) => amendmentsOf(d).delete(r.open))).toBeNull();
    expect(r.refusal('person:bob', (d) => amendmentsOf(d).delete(r.open))).toMatch(/deletes amendment/);
    r.mirror.destroy();
  });

  it('refuses its author deciding on their proposal once a facilitator locked it', () => {
    const r = room();
    itemsOf(r.full).get(r.proposal)!.set('locked', true);
    expect(itemsOf(r.work).get(r.proposal)!.get('locked')).toBe(true);
    expect(r.refusal('person:awa', (d) => void decideAmendment(d, r.open, 'rejected', 'person:awa', 2))).toMatch(/locked proposal/);
    expect(r.refusal('person:awa', (d) => void decideAmendment(d, r.open, 'accepted', 'person:awa', 2))).toMatch(/locked/);
    // Unlocked again, it is hers to decide.
    itemsOf(r.full).get(r.proposal)!.set('locked', false);
    expect(r.refusal('person:awa', (d) => void decideAmendment(d, r.open, 'rejected', 'person:awa', 2))).toBeNull();
    r.mirror.destroy();
  });
});
