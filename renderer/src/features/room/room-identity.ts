import { wordsPassword } from '@shared/room/password-words';
import type { RoomUser } from './people';

/** Colours a person can pick for their cursor and name; readable on the board's light background. */
export const PERSON_COLOURS = ['#d1495b', '#e07a1f', '#2e933c', '#1c7c7d', '#3066be', '#7b4fb8', '#b23a8a', '#5c6370'] as const;

/** Each colour's name (a key of `room.colours`): what a screen reader announces, and what the join page says. */
export type ColourName = 'red' | 'orange' | 'green' | 'teal' | 'blue' | 'violet' | 'magenta' | 'grey';
export const PERSON_COLOUR_NAMES: Record<(typeof PERSON_COLOURS)[number], ColourName> = {
  '#d1495b': 'red',
  '#e07a1f': 'orange',
  '#2e933c': 'green',
  '#1c7c7d': 'teal',
  '#3066be': 'blue',
  '#7b4fb8': 'violet',
  '#b23a8a': 'magenta',
  '#5c6370': 'grey',
};

/** The name of a person's colour, or null for one not offered here (kept from an older version). */
export function personColourName(colour: string): ColourName | null {
  return (PERSON_COLOUR_NAMES as Record<string, ColourName>)[colour] ?? null;
}

const STORAGE_KEY = 'tablee.room.user';

function randomId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

let cached: RoomUser | null = null;

/**
 * Who I am in rooms and on the board (authorship, undo history), kept in this browser so leaving,
 * rejoining and reloading keep me the same person. A new identity is stored at once, so even
 * someone who never joins a room (the facilitator at the host machine) keeps one id.
 */
export function loadIdentity(): RoomUser {
  if (cached) return { ...cached };
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<RoomUser> | null;
    if (stored && typeof stored.id === 'string' && typeof stored.name === 'string' && typeof stored.color === 'string') {
      cached = { id: stored.id, name: stored.name, color: stored.color };
      return { ...cached };
    }
  } catch {
    // No storage (privacy settings): one identity for as long as this page lives.
  }
  const fresh = { id: randomId(), name: '', color: PERSON_COLOURS[Math.floor(Math.random() * PERSON_COLOURS.length)]! };
  saveIdentity(fresh);
  return { ...fresh };
}

export function saveIdentity(user: RoomUser): void {
  cached = { ...user };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(user));
  } catch {
    // Not kept past this page: fine.
  }
}

/** Three words and two digits (see wordsPassword), from the browser's random source. */
export function suggestPassword(): string {
  return wordsPassword((n) => crypto.getRandomValues(new Uint32Array(1))[0]! % n);
}
