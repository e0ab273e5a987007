import type { MenuCommand } from '../host-api/contract';
import type { ActionLabels } from '../i18n/actions.en';
import type { Shortcut } from './shortcut';

/** Where an action is listed in the shortcuts panel. */
export type ActionGroup = 'tools' | 'edit' | 'view' | 'residency' | 'file';

export interface ActionDeclaration {
  readonly id: string;
  /** Key of its name in the `actions.labels` dictionary (menus, tooltips, the shortcuts panel). */
  readonly label: keyof ActionLabels;
  readonly group: ActionGroup;
  /** The first is the one shown; the others are alternatives (other layouts, the numeric keypad). */
  readonly shortcuts: readonly Shortcut[];
  /** Also while typing in a text field: the shortcut types nothing there. */
  readonly inFields?: boolean;
  /**
   * Facilitators' tools (the research material, locks): a participant's page has no such action
   * at all (no key, no button, not in the shortcuts list), not merely a disabled one.
   */
  readonly facilitators?: true;
}

const mod = (key: string, extra: Omit<Shortcut, 'key' | 'mod'> = {}): Shortcut => ({ key, mod: true, ...extra });

/**
 * Every action of the board with its shortcuts, declared once. The renderer binds what each one
 * does (renderer/src/actions/action-table.ts); the desktop menu takes the names and accelerators
 * of those it lists from here. Keys: no modifier for the board's single letters, Ctrl on Linux
 * and Windows, Cmd on macOS.
 */
export const ACTIONS = [
  { id: 'tool-select', label: 'toolSelect', group: 'tools', shortcuts: [{ key: 'v' }] },
  { id: 'tool-hand', label: 'toolHand', group: 'tools', shortcuts: [{ key: 'h' }] },
  { id: 'pan', label: 'pan', group: 'tools', shortcuts: [{ key: ' ' }] },
  { id: 'tool-note', label: 'toolNote', group: 'tools', shortcuts: [{ key: 'n' }] },
  { id: 'tool-text', label: 'toolText', group: 'tools', shortcuts: [{ key: 't' }] },
  { id: 'tool-frame', label: 'toolFrame', group: 'tools', shortcuts: [{ key: 'f' }] },
  { id: 'pictures', label: 'pictures', group: 'tools', shortcuts: [mod('u')] },

  { id: 'undo', label: 'undo', group: 'edit', shortcuts: [mod('z')] },
  { id: 'redo', label: 'redo', group: 'edit', shortcuts: [mod('z', { shift: true }), mod('y', { only: 'other' })] },
  { id: 'copy', label: 'copy', group: 'edit', shortcuts: [mod('c')] },
  { id: 'cut', label: 'cut', group: 'edit', shortcuts: [mod('x')] },
  { id: 'paste', label: 'paste', group: 'edit', shortcuts: [mod('v')] },
  { id: 'duplicate', label: 'duplicate', group: 'edit', shortcuts: [mod('d')] },
  { id: 'delete', label: 'delete', group: 'edit', shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }] },
  { id: 'select-all', label: 'selectAll', group: 'edit', shortcuts: [mod('a')] },
  { id: 'lock', label: 'lock', group: 'edit', shortcuts: [mod('l', { shift: true })], facilitators: true },
  { id: 'open', label: 'open', group: 'edit', shortcuts: [{ key: 'Enter' }] },
  { id: 'escape', label: 'escape', group: 'edit', shortcuts: [{ key: 'Escape' }], inFields: true },

  { id: 'zoom-in', label: 'zoomIn', group: 'view', shortcuts: [{ key: '+' }, mod('+'), mod('='), { code: 'NumpadAdd', mod: true }, { key: '=' }, { code: 'NumpadAdd' }] },
  { id: 'zoom-out', label: 'zoomOut', group: 'view', shortcuts: [{ key: '-' }, mod('-'), { code: 'NumpadSubtract', mod: true }, { key: '_' }, { code: 'NumpadSubtract' }] },
  { id: 'zoom-reset', label: 'zoomReset', group: 'view', shortcuts: [{ key: '0' }, mod('0'), { code: 'Digit0', mod: true }, { code: 'Numpad0', mod: true }] },
  { id: 'zoom-fit', label: 'zoomFit', group: 'view', shortcuts: [{ code: 'Digit1', shift: true }, mod('1')] },
  { id: 'zoom-selection', label: 'zoomSelection', group: 'view', shortcuts: [{ code: 'Digit2', shift: true }] },
  { id: 'shortcuts', label: 'shortcuts', group: 'view', shortcuts: [{ key: '?' }] },
  // The workshop's shared timer (Alt: no board letter, no browser or menu key).
  { id: 'timer-start-pause', label: 'timerStartPause', group: 'tools', shortcuts: [{ code: 'KeyT', alt: true }], facilitators: true },
  { id: 'timer-add-minute', label: 'timerAddMinute', group: 'tools', shortcuts: [{ key: 'ArrowUp', alt: true }], facilitators: true },
  { id: 'timer-remove-minute', label: 'timerRemoveMinute', group: 'tools', shortcuts: [{ key: 'ArrowDown', alt: true }], facilitators: true },
  { id: 'timer-reset', label: 'timerReset', group: 'tools', shortcuts: [{ code: 'KeyR', alt: true }], facilitators: true },
  // The day's agenda: the keys a presenter's remote sends, with Alt so they never scroll or switch tabs.
  { id: 'agenda-next', label: 'agendaNext', group: 'tools', shortcuts: [{ key: 'PageDown', alt: true }], facilitators: true },
  { id: 'agenda-back', label: 'agendaBack', group: 'tools', shortcuts: [{ key: 'PageUp', alt: true }], facilitators: true },
  // The workshop's tables: the facilitators' panel, and everyone's way to their own table.
  { id: 'tables', label: 'tables', group: 'tools', shortcuts: [], facilitators: true },
  { id: 'my-table', label: 'myTable', group: 'view', shortcuts: [{ code: 'KeyM', alt: true }] },
  // "Bring everyone here": every other page's view moves to the area the facilitator sees.
  { id: 'gather-here', label: 'gatherHere', group: 'tools', shortcuts: [{ code: 'KeyB', alt: true }], facilitators: true },
  // Presenting frames in order ("Our turn"): opens the choice of frames (features/day/PresentControls.tsx).
  { id: 'present', label: 'present', group: 'tools', shortcuts: [{ code: 'KeyP', alt: true }], facilitators: true },
  // A dot vote: a dot on the selected card, or one taken back (everyone votes, facilitators too).
  { id: 'vote-add-dot', label: 'voteAddDot', group: 'tools', shortcuts: [{ code: 'KeyD', alt: true }] },
  { id: 'vote-remove-dot', label: 'voteRemoveDot', group: 'tools', shortcuts: [{ code: 'KeyD', alt: true, shift: true }] },
  // Write alone, then reveal: the facilitators' form to open a private round on the selected frame.
  { id: 'private-round', label: 'privateRound', group: 'tools', shortcuts: [], facilitators: true },

  { id: 'interviews', label: 'interviews', group: 'residency', shortcuts: [{ key: 'i' }], facilitators: true },
  { id: 'new-proposal', label: 'newProposal', group: 'residency', shortcuts: [{ key: 'p' }] },
  { id: 'new-experiment', label: 'newExperiment', group: 'residency', shortcuts: [{ key: 'e' }] },
  { id: 'links', label: 'links', group: 'residency', shortcuts: [{ key: 'l' }] },
  { id: 'search', label: 'search', group: 'residency', shortcuts: [mod('f')], inFields: true },

  // The keyboard's way through the cards (renderer/src/features/keyboard): Tab in reading order,
  // arrows move the selection (Shift: a larger step), and every drag has a way without one.
  { id: 'next-card', label: 'nextCard', group: 'view', shortcuts: [{ key: 'Tab' }] },
  { id: 'previous-card', label: 'previousCard', group: 'view', shortcuts: [{ key: 'Tab', shift: true }] },
  { id: 'move-left', label: 'moveLeft', group: 'edit', shortcuts: [{ key: 'ArrowLeft' }] },
  { id: 'move-right', label: 'moveRight', group: 'edit', shortcuts: [{ key: 'ArrowRight' }] },
  { id: 'move-up', label: 'moveUp', group: 'edit', shortcuts: [{ key: 'ArrowUp' }] },
  { id: 'move-down', label: 'moveDown', group: 'edit', shortcuts: [{ key: 'ArrowDown' }] },
  { id: 'move-left-far', label: 'moveLeftFar', group: 'edit', shortcuts: [{ key: 'ArrowLeft', shift: true }] },
  { id: 'move-right-far', label: 'moveRightFar', group: 'edit', shortcuts: [{ key: 'ArrowRight', shift: true }] },
  { id: 'move-up-far', label: 'moveUpFar', group: 'edit', shortcuts: [{ key: 'ArrowUp', shift: true }] },
  { id: 'move-down-far', label: 'moveDownFar', group: 'edit', shortcuts: [{ key: 'ArrowDown', shift: true }] },
  { id: 'move-to-theme', label: 'moveToTheme', group: 'edit', shortcuts: [{ code: 'KeyT', shift: true }] },
  { id: 'link-to-proposal', label: 'linkToProposal', group: 'residency', shortcuts: [{ code: 'KeyL', shift: true }] },
  { id: 'arrange', label: 'arrange', group: 'edit', shortcuts: [{ code: 'KeyA', shift: true }] },

  { id: 'export', label: 'export', group: 'file', shortcuts: [mod('e', { shift: true })], inFields: true },
  { id: 'show-backups', label: 'showBackups', group: 'file', shortcuts: [] },
  // Named moments of the board (docs/versions.md): the facilitators' panel; participants have none.
  { id: 'versions', label: 'versions', group: 'file', shortcuts: [{ code: 'KeyV', alt: true }], facilitators: true },
] as const satisfies readonly ActionDeclaration[];

export type DeclaredAction = (typeof ACTIONS)[number];
export type ActionId = DeclaredAction['id'];

/**
 * Keys the desktop menu keeps for itself (the project dialogs of the main process, named by
 * their words in menu.*.ts): no board action may claim them.
 */
export const MENU_ONLY_SHORTCUTS = {
  newProject: mod('n'),
  open: mod('o'),
  saveAs: mod('s', { shift: true }),
} as const satisfies Record<string, Shortcut>;

/** The menu's own keys, as the key dispatcher's conflict check reads them. */
export const RESERVED_BY_MENU = Object.entries(MENU_ONLY_SHORTCUTS).map(([id, s]) => ({ id: `menu:${id}`, shortcuts: [s] }));

// Every command the desktop menu sends is an action of this table.
const _menuCommandsAreActions: readonly ActionId[] = [] as MenuCommand[];
void _menuCommandsAreActions;

const byId = new Map<string, ActionDeclaration>(ACTIONS.map((a) => [a.id, a]));

export function declarationOf(id: ActionId): ActionDeclaration {
  return byId.get(id)!;
}

/** The actions a page has: all of them for a facilitator, the workshop's alone for a participant. */
export function actionsFor(facilitator: boolean): readonly DeclaredAction[] {
  return facilitator ? ACTIONS : ACTIONS.filter((a) => !(a as ActionDeclaration).facilitators);
}

/** The shortcut written in menus: the first with a modifier (a bare letter would be taken from text fields on macOS). */
export function menuShortcut(id: ActionId): Shortcut | undefined {
  return declarationOf(id).shortcuts.find((s) => s.mod);
}
