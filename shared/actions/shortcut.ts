/**
 * Keyboard shortcuts as data: matched against key events in the renderer, shown in tooltips and
 * in the shortcuts list, and turned into the native menu's accelerators. Pure, so the menu (which
 * cannot import the renderer) reads the same declarations.
 */

export type Platform = 'mac' | 'other';

export interface Shortcut {
  /** `KeyboardEvent.key`, letters in lower case ('z', '+', 'Delete', 'Escape'). */
  key?: string;
  /** `KeyboardEvent.code`, for keys whose character changes with Shift or the layout ('Digit1', 'NumpadAdd'). */
  code?: string;
  /** Ctrl on Linux and Windows, Cmd on macOS. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** Only on this platform (Ctrl+Y redoes on Linux and Windows; on macOS Cmd+Y is not redo). */
  only?: Platform;
}

/** What the dispatcher needs of a key event (a DOM `KeyboardEvent` has all of it). */
export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]$/;

/** A single punctuation character already says whether Shift was held ('+' is Shift+'=' on many layouts). */
const shiftIsInTheKey = (key: string | undefined): boolean => key !== undefined && key.length === 1 && !/[a-z0-9 ]/.test(key);

/** The key as the table names it: letters lower-cased; a layout without Latin letters reaches them by their place. */
export function keyOf(e: Pick<KeyLike, 'key' | 'code'>): string {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key.length === 1 && !PRINTABLE_ASCII.test(key) && /^Key[A-Z]$/.test(e.code)) return e.code.slice(3).toLowerCase();
  return key;
}

export function shortcutMatches(s: Shortcut, e: KeyLike, platform: Platform): boolean {
  if (s.only && s.only !== platform) return false;
  const mod = platform === 'mac' ? e.metaKey : e.ctrlKey;
  // The other one (Ctrl on macOS, the Windows/Super key elsewhere) belongs to the system.
  const other = platform === 'mac' ? e.ctrlKey : e.metaKey;
  if (other || mod !== (s.mod ?? false) || e.altKey !== (s.alt ?? false)) return false;
  if (!shiftIsInTheKey(s.key) && e.shiftKey !== (s.shift ?? false)) return false;
  if (s.code !== undefined) return e.code === s.code;
  return s.key !== undefined && keyOf(e) === s.key;
}

/**
 * Every key press a shortcut answers, as strings: two shortcuts conflict when they share one.
 * A shortcut whose key is a punctuation character answers with and without Shift.
 */
export function shortcutChords(s: Shortcut): string[] {
  const platforms: Platform[] = s.only ? [s.only] : ['mac', 'other'];
  const shifts = shiftIsInTheKey(s.key) ? [false, true] : [s.shift ?? false];
  const what = s.code !== undefined ? `code:${s.code}` : `key:${s.key ?? ''}`;
  return platforms.flatMap((p) => shifts.map((shift) => `${p}|${s.mod ? 'mod' : ''}|${s.alt ? 'alt' : ''}|${shift ? 'shift' : ''}|${what}`));
}

/** Throws when two declarations claim the same key press: the later one would never run. */
export function assertNoConflicts(declarations: ReadonlyArray<{ id: string; shortcuts: readonly Shortcut[] }>): void {
  const owner = new Map<string, string>();
  for (const d of declarations) {
    for (const s of d.shortcuts) {
      for (const chord of shortcutChords(s)) {
        const first = owner.get(chord);
        if (first !== undefined && first !== d.id) throw new Error(`Shortcut ${formatShortcut(s, 'other')} is claimed by both "${first}" and "${d.id}"`);
        owner.set(chord, d.id);
      }
    }
  }
}

const KEY_NAMES: Record<string, { mac: string; other: string; accelerator: string }> = {
  ' ': { mac: 'Space', other: 'Space', accelerator: 'Space' },
  '+': { mac: '+', other: '+', accelerator: 'Plus' },
  Delete: { mac: '⌦', other: 'Delete', accelerator: 'Delete' },
  Backspace: { mac: '⌫', other: 'Backspace', accelerator: 'Backspace' },
  Enter: { mac: '↩', other: 'Enter', accelerator: 'Enter' },
  Escape: { mac: 'Esc', other: 'Esc', accelerator: 'Escape' },
};

const keyName = (s: Shortcut, platform: Platform | 'accelerator'): string => {
  if (s.code !== undefined) {
    const digit = /^(?:Digit|Numpad)(\d)$/.exec(s.code);
    if (digit) return digit[1]!;
    if (s.code === 'NumpadAdd') return platform === 'accelerator' ? 'numadd' : '+';
    if (s.code === 'NumpadSubtract') return platform === 'accelerator' ? 'numsub' : '−';
    return s.code.replace(/^Key/, '');
  }
  const key = s.key ?? '';
  const named = KEY_NAMES[key];
  if (named) return named[platform];
  if (key === '-') return platform === 'accelerator' ? '-' : '−';
  return key.length === 1 ? key.toUpperCase() : key;
};

/** How a shortcut is written for people: "Ctrl+Shift+E" on Linux and Windows, "⇧⌘E" on macOS. */
export function formatShortcut(s: Shortcut, platform: Platform): string {
  const key = keyName(s, platform);
  if (platform === 'mac') return `${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${s.mod ? '⌘' : ''}${key}`;
  return [s.mod ? 'Ctrl' : '', s.alt ? 'Alt' : '', s.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** Electron's accelerator string ("CmdOrCtrl+Shift+E"). */
export function toAccelerator(s: Shortcut): string {
  return [s.mod ? 'CmdOrCtrl' : '', s.alt ? 'Alt' : '', s.shift ? 'Shift' : '', keyName(s, 'accelerator')].filter(Boolean).join('+');
}
