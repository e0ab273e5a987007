import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem } from '@shared/board/commands';
import { itemsOf } from '@shared/board/doc';
import { addInterview, setProposalBody } from '@shared/residency/commands';
import { interviewsOf } from '@shared/residency/doc';
import { WorkshopMirror } from '@shared/room/workshop-mirror';
import { translateTextPresence } from '../../../electron/host/room/presence-text';

/** A caret in a card's text, made in one doc (project or workshop), as the other doc's copy of that text sees it. */
const mirrors: WorkshopMirror[] = [];
afterEach(() => {
  for (const m of mirrors.splice(0)) m.destroy();
});

const caret = (text: Y.Text, index: number): unknown => Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, index));
const indexIn = (doc: Y.Doc, json: unknown): { type: unknown; index: number } | null => Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), doc);

describe('a caret between the project and the workshop doc', () => {
  it('lands at the same place in the other doc’s copy of a proposal, both ways', () => {
    const full = new Y.Doc();
    const id = createItem(full, { kind: 'proposal', x: 0, y: 0 });
    setProposalBody(full, id, 'Bonjour tout le monde');
    const mirror = new WorkshopMirror(full);
    mirrors.push(mirror);
    const work = mirror.doc;
    const bodyIn = (doc: Y.Doc): Y.Text => itemsOf(doc).get(id)!.get('body') as Y.Text;

    const moved = translateTextPresence({ id, anchor: caret(bodyIn(full), 7), head: caret(bodyIn(full), 12) }, full, work) as { anchor: unknown; head: unknown };
    expect(indexIn(work, moved.anchor)).toMatchObject({ type: bodyIn(work), index: 7 });
    expect(indexIn(work, moved.head)).toMatchObject({ type: bodyIn(work), index: 12 });
    // The project's own positions mean nothing in the workshop doc: the translation is what makes the caret show.
    expect(indexIn(work, caret(bodyIn(full), 7))).toBeNull();

    const back = translateTextPresence({ id, anchor: caret(bodyIn(work), 3), head: caret(bodyIn(work), 3) }, work, full) as { anchor: unknown };
    expect(indexIn(full, back.anchor)).toMatchObject({ type: bodyIn(full), index: 3 });
  });

  it('drops a caret in research material, or one that does not parse', () => {
    const full = new Y.Doc();
    const interview = addInterview(full, { transcript: 'Je vous le dis à vous' });
    const transcript = interviewsOf(full).get(interview)!.get('transcript') as Y.Text;
    const mirror = new WorkshopMirror(full);
    mirrors.push(mirror);
    expect(transcript).toBeInstanceOf(Y.Text);
    expect(translateTextPresence({ id: interview, anchor: caret(transcript, 2), head: caret(transcript, 2) }, full, mirror.doc)).toBeNull();
    expect(translateTextPresence({ id: 'note:x', anchor: { item: 'nope' }, head: null }, full, mirror.doc)).toBeNull();
    expect(translateTextPresence('not a caret', full, mirror.doc)).toBeNull();
  });
});
