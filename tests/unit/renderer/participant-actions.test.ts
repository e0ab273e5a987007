import { describe, expect, it } from 'vitest';
import { actionsFor } from '@shared/actions/declarations';
import { createItem } from '@shared/board/commands';
import { itemsOf } from '@shared/board/doc';
import { newBoardDoc } from '@shared/project-file/build';
import { Editor } from '../../../renderer/src/canvas/editor';
import { createUndoManager } from '../../../renderer/src/session/undo';

// What the page's action runner is built from (the keys it listens to, its buttons, the shortcuts
// list); the runner itself needs a browser and is driven in tests/sync/room-roles-ui.test.ts.
function editor(facilitator: boolean) {
  const doc = newBoardDoc('Rôles', '2026-11-01T00:00:00.000Z');
  const ed = new Editor(doc, createUndoManager(doc), { width: 1200, height: 800 }, facilitator);
  const note = createItem(doc, { kind: 'note', x: 0, y: 0 });
  ed.select([note]);
  return { ed, doc, note };
}

describe('a participant’s actions', () => {
  it('has no interviews and no lock at all; a facilitator has both', () => {
    const participant = actionsFor(false).map((a) => a.id);
    expect(participant).not.toContain('interviews');
    expect(participant).not.toContain('lock');
    expect(participant).toContain('new-proposal');
    expect(actionsFor(true).map((a) => a.id)).toEqual(expect.arrayContaining(['interviews', 'lock', 'new-proposal']));
  });

  it('a participant’s editor locks nothing; a facilitator’s locks the selection and unlocks it again', () => {
    const p = editor(false);
    p.ed.toggleLock();
    expect(itemsOf(p.doc).get(p.note)?.get('locked')).toBeUndefined();
    const f = editor(true);
    f.ed.toggleLock();
    expect(itemsOf(f.doc).get(f.note)?.get('locked')).toBe(true);
    expect(f.ed.selectionLocked()).toBe(true);
    f.ed.toggleLock();
    expect(itemsOf(f.doc).get(f.note)?.has('locked')).toBe(false);
  });
});
