import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem } from '@shared/board/commands';
import { itemsOf, readItem } from '@shared/board/doc';
import { intersects } from '@shared/board/geometry';
import { newBoardDoc } from '@shared/project-file/build';
import { decideProposal } from '@shared/residency/decisions';
import { ACTION_BINDINGS, type ActionEnv } from '../../../renderer/src/actions/action-table';
import { Editor } from '../../../renderer/src/canvas/editor';
import { decide } from '../../../renderer/src/features/proposals/proposal-commands';
import { createUndoManager } from '../../../renderer/src/session/undo';

// Decisions as a page makes them: a facilitator's is one undo step, a participant's page writes
// none and does not delete a decided proposal; E with a proposal selected makes its experiment.
function setUp(facilitator: boolean) {
  const doc = newBoardDoc('Décisions', '2026-11-01T00:00:00.000Z');
  const undo = createUndoManager(doc);
  const editor = new Editor(doc, undo, { width: 1600, height: 900 }, facilitator);
  const refusals: string[] = [];
  editor.locks.onRefused = (why) => refusals.push(why);
  const proposal = createItem(doc, { kind: 'proposal', x: 0, y: 0, title: 'Navette du jeudi' });
  undo.clear();
  const decision = () => {
    const p = readItem(itemsOf(doc).get(proposal));
    return p?.kind === 'proposal' ? p.decision : undefined;
  };
  return { doc, editor, proposal, refusals, decision };
}

/** The facilitators decide, on their own copy; their edit reaches this page as a peer's (never in its undo history). */
function facilitatorsDecide(doc: Y.Doc, id: string): void {
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(doc));
  decideProposal(theirs, id, { status: 'retained', reason: 'Oui', by: 'person:f' });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(doc)), 'tablee:remote');
}

const env = (editor: Editor, opened: string[]): ActionEnv => ({ editor, shell: { openCard: (id) => opened.push(id) }, clipboard: null, via: 'key', target: null, repeat: false });

describe('decisions in a page', () => {
  it('a facilitator decides with a reason in one undo step', () => {
    const { editor, proposal, decision } = setUp(true);
    decide(editor, proposal, { status: 'retained', reason: 'Le minibus est prêté' }, 'person:me');
    expect(decision()).toMatchObject({ status: 'retained', reason: 'Le minibus est prêté', by: 'person:me' });
    editor.doUndo();
    expect(decision()).toBeUndefined();
  });

  it('a participant’s page writes no decision, and keeps a decided proposal from being deleted', () => {
    const { doc, editor, proposal, refusals, decision } = setUp(false);
    decide(editor, proposal, { status: 'dropped', reason: 'Non' }, 'person:me');
    expect(decision()).toBeUndefined();
    facilitatorsDecide(doc, proposal);
    expect(decision()?.status).toBe('retained');
    editor.select([proposal]);
    editor.deleteSelection();
    expect(itemsOf(doc).has(proposal)).toBe(true);
    expect(refusals).toEqual(['decided']);
  });

  it('a participant’s undo does not take away a proposal they made that the facilitators decided since; an undo of its title still goes', () => {
    const { doc, editor, refusals } = setUp(false);
    const mine = editor.create({ kind: 'proposal', x: 600, y: 0 }, false);
    editor.update(mine, { title: 'Ma proposition' });
    facilitatorsDecide(doc, mine);
    editor.doUndo();
    expect(readItem(itemsOf(doc).get(mine))).toMatchObject({ title: '' });
    editor.doUndo();
    expect(itemsOf(doc).has(mine)).toBe(true);
    expect(refusals).toEqual(['decided']);
  });

  it('E with one proposal selected makes the experiment that comes from it, beside it, and opens it', () => {
    const { doc, editor, proposal } = setUp(true);
    editor.select([proposal]);
    const opened: string[] = [];
    ACTION_BINDINGS['new-experiment'].perform(env(editor, opened));
    expect(opened).toHaveLength(1);
    const experiment = readItem(itemsOf(doc).get(opened[0]!));
    const from = readItem(itemsOf(doc).get(proposal))!;
    expect(experiment).toMatchObject({ kind: 'experiment', proposalId: proposal, title: 'Navette du jeudi' });
    expect(intersects(experiment!, from)).toBe(false);
    // Nothing selected: a plain experiment, from no proposal.
    editor.clearSelection();
    ACTION_BINDINGS['new-experiment'].perform(env(editor, opened));
    expect(readItem(itemsOf(doc).get(opened[1]!))).toMatchObject({ kind: 'experiment', proposalId: null });
  });

  it('E with nothing selected but a proposal open in the side panel makes the experiment that comes from it', () => {
    const { doc, editor, proposal } = setUp(true);
    editor.clearSelection();
    const opened: string[] = [];
    const withOpen: ActionEnv = { ...env(editor, opened), shell: { openCard: (id) => opened.push(id), openProposal: () => proposal } };
    ACTION_BINDINGS['new-experiment'].perform(withOpen);
    expect(opened).toHaveLength(1);
    expect(readItem(itemsOf(doc).get(opened[0]!))).toMatchObject({ kind: 'experiment', proposalId: proposal });
  });
});
