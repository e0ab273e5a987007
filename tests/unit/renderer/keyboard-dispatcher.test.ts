import { describe, expect, it } from 'vitest';
import { ACTIONS, RESERVED_BY_MENU } from '@shared/actions/declarations';
import { assertNoConflicts, formatShortcut, toAccelerator, type Platform } from '@shared/actions/shortcut';
import { createKeyDispatcher, type KeyedAction, type KeyEvent, type KeyOutcome } from '../../../renderer/src/actions/keyboard-dispatcher';

/** The focused element, as much of it as the dispatcher reads. */
interface Focused {
  tagName: string;
  isContentEditable?: boolean;
}

/** A key press as the browser gives it; `target` is the element that has the focus. */
function press(key: string, init: Partial<Omit<KeyEvent, 'preventDefault' | 'target'>> & { target?: Focused } = {}): KeyEvent & { prevented: boolean } {
  const e = {
    key,
    code: init.code ?? (key.length === 1 && /[a-z]/i.test(key) ? `Key${key.toUpperCase()}` : ''),
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...init,
    target: (init.target ?? { tagName: 'DIV' }) as unknown as EventTarget,
    prevented: false,
    preventDefault() {
      e.prevented = true;
    },
  };
  return e;
}

/** The shipped table, with a spy for what runs. */
function dispatcher(platform: Platform, outcome: KeyOutcome = 'prevent') {
  const ran: string[] = [];
  const released: string[] = [];
  const d = createKeyDispatcher({
    actions: ACTIONS,
    platform,
    run: (id) => {
      ran.push(id);
      return outcome;
    },
    release: (id) => released.push(id),
  });
  return { d, ran, released };
}

describe('keyboard dispatcher', () => {
  it('refuses at start-up a key press two actions claim', () => {
    const clash: KeyedAction[] = [
      { id: 'zoom-in', shortcuts: [{ key: '+' }] },
      { id: 'bigger', shortcuts: [{ key: '+' }] },
    ];
    expect(() => createKeyDispatcher({ actions: clash, platform: 'other', run: () => 'prevent', release: () => {} })).toThrow(/"zoom-in" and "bigger"/);
    // Ctrl+Y (Linux and Windows only) and a macOS-only Cmd+Y do not meet; a bare '?' is also Shift+'?'.
    expect(() => assertNoConflicts([{ id: 'a', shortcuts: [{ key: 'y', mod: true, only: 'other' }] }, { id: 'b', shortcuts: [{ key: 'y', mod: true, only: 'mac' }] }])).not.toThrow();
    expect(() => assertNoConflicts([{ id: 'a', shortcuts: [{ key: '?' }] }, { id: 'b', shortcuts: [{ key: '?', shift: true }] }])).toThrow();
  });

  it('the shipped table has no two actions on one key press, nor one on the desktop menu\'s own keys', () => {
    expect(() => assertNoConflicts([...ACTIONS, ...RESERVED_BY_MENU])).not.toThrow();
    const takesCtrlN: KeyedAction = { id: 'new-note', shortcuts: [{ key: 'n', mod: true }] };
    expect(() => createKeyDispatcher({ actions: [takesCtrlN], reserved: RESERVED_BY_MENU, platform: 'other', run: () => 'prevent', release: () => {} })).toThrow(/"new-note" and "menu:newProject"/);
  });

  it('ignores the board keys while typing in a field, but not those that type nothing', () => {
    const { d, ran } = dispatcher('other');
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) {
      const n = press('n', { target: { tagName } });
      d.keydown(n);
      expect(n.prevented).toBe(false);
    }
    d.keydown(press('Delete', { target: { tagName: 'DIV', isContentEditable: true } }));
    d.keydown(press('z', { ctrlKey: true, target: { tagName: 'INPUT' } }));
    expect(ran).toEqual([]);
    d.keydown(press('f', { ctrlKey: true, target: { tagName: 'INPUT' } }));
    d.keydown(press('E', { ctrlKey: true, shiftKey: true, target: { tagName: 'TEXTAREA' } }));
    expect(ran).toEqual(['search', 'export']);
    // A key that composes a character (an accent, an input method) is never a shortcut.
    d.keydown(press('n', { isComposing: true }));
    expect(ran).toEqual(['search', 'export']);
  });

  it('uses Ctrl on Linux and Windows, Cmd on macOS', () => {
    const other = dispatcher('other');
    other.d.keydown(press('z', { ctrlKey: true }));
    other.d.keydown(press('z', { metaKey: true }));
    other.d.keydown(press('Z', { ctrlKey: true, shiftKey: true }));
    other.d.keydown(press('y', { ctrlKey: true }));
    expect(other.ran).toEqual(['undo', 'redo', 'redo']);

    const mac = dispatcher('mac');
    mac.d.keydown(press('z', { metaKey: true }));
    mac.d.keydown(press('z', { ctrlKey: true }));
    mac.d.keydown(press('Z', { metaKey: true, shiftKey: true }));
    mac.d.keydown(press('y', { metaKey: true }));
    expect(mac.ran).toEqual(['undo', 'redo']);
  });

  it('runs the board letters without a modifier, and no letter with one it does not declare', () => {
    const { d, ran } = dispatcher('other');
    for (const key of ['n', 't', 'f', 'v', 'h', 'i', 'p', 'e', 'l']) d.keydown(press(key));
    expect(ran).toEqual(['tool-note', 'tool-text', 'tool-frame', 'tool-select', 'tool-hand', 'interviews', 'new-proposal', 'new-experiment', 'links']);
    d.keydown(press('n', { altKey: true }));
    d.keydown(press('t', { ctrlKey: true }));
    expect(ran).toHaveLength(9);
  });

  it('finds keys by their place where the character depends on Shift or the layout', () => {
    const { d, ran } = dispatcher('other');
    d.keydown(press('!', { code: 'Digit1', shiftKey: true }));
    d.keydown(press('@', { code: 'Digit2', shiftKey: true }));
    d.keydown(press('+', { code: 'Equal', shiftKey: true }));
    d.keydown(press('à', { code: 'Digit0', ctrlKey: true }));
    d.keydown(press('?', { code: 'Slash', shiftKey: true }));
    // A Russian layout: the key marked U in Latin gives 'г'.
    d.keydown(press('г', { code: 'KeyU', ctrlKey: true }));
    expect(ran).toEqual(['zoom-fit', 'zoom-selection', 'zoom-in', 'zoom-reset', 'shortcuts', 'pictures']);
  });

  it('prevents the default only when the action says so', () => {
    const kept = dispatcher('other', 'keep');
    const copy = press('c', { ctrlKey: true });
    kept.d.keydown(copy);
    expect(kept.ran).toEqual(['copy']);
    expect(copy.prevented).toBe(false);

    const skipped = dispatcher('other', 'skip');
    const enter = press('Enter');
    skipped.d.keydown(enter);
    expect(enter.prevented).toBe(false);

    const done = dispatcher('other');
    const del = press('Delete');
    done.d.keydown(del);
    expect(del.prevented).toBe(true);
  });

  it('releases a held action when its key goes up or the window loses the focus', () => {
    const { d, ran, released } = dispatcher('other');
    d.keydown(press(' ', { code: 'Space' }));
    d.keydown(press(' ', { code: 'Space', repeat: true }));
    expect(ran).toEqual(['pan', 'pan']);
    d.keyup(press(' ', { code: 'Space' }));
    expect(released).toEqual(['pan']);
    d.keydown(press(' ', { code: 'Space' }));
    d.blur();
    expect(released).toEqual(['pan', 'pan']);
  });
});

describe('shortcuts as people read them', () => {
  it('are written per platform, and as Electron accelerators for the menu', () => {
    const exportKeys = { key: 'e', mod: true, shift: true };
    expect(formatShortcut(exportKeys, 'other')).toBe('Ctrl+Shift+E');
    expect(formatShortcut(exportKeys, 'mac')).toBe('⇧⌘E');
    expect(formatShortcut({ code: 'Digit1', shift: true }, 'other')).toBe('Shift+1');
    expect(formatShortcut({ key: 'Delete' }, 'other')).toBe('Delete');
    expect(toAccelerator(exportKeys)).toBe('CmdOrCtrl+Shift+E');
    expect(toAccelerator({ key: '+', mod: true })).toBe('CmdOrCtrl+Plus');
  });
});

