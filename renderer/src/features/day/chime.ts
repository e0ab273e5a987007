import { useSyncExternalStore } from 'react';

/**
 * The optional sound when the shared timer reaches zero: off unless this browser turned it on
 * (remembered in localStorage), a short soft tone made on the spot with the Web Audio API (no file
 * to ship). It plays beside the page and never waits for anything: input is never blocked.
 */
const STORAGE_KEY = 'tablee.timer-sound';
const listeners = new Set<() => void>();

function readSoundOn(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false; // storage refused (private mode): the default, silence
  }
}

export function setSoundAtZero(on: boolean): void {
  try {
    if (on) localStorage.setItem(STORAGE_KEY, 'on');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Not remembered, but this page's choice still holds until it closes.
  }
  soundOn = on;
  for (const l of listeners) l();
}

let soundOn: boolean | null = null;
const snapshot = (): boolean => (soundOn ??= readSoundOn());
const subscribe = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Whether this browser plays the sound at zero. */
export const useSoundAtZero = (): boolean => useSyncExternalStore(subscribe, snapshot);

let context: AudioContext | null = null;

/** A soft two-note tone, about half a second, fading in and out (no click). Silent where audio is unavailable. */
export function playChime(): void {
  try {
    context ??= new AudioContext();
    void context.resume().catch(() => {});
    const start = context.currentTime + 0.02;
    for (const [i, freq] of [660, 880].entries()) {
      const osc = context.createOscillator();
      const gain = context.createGain();
      const at = start + i * 0.18;
      osc.type = 'sine';
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.08, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.35);
      osc.connect(gain).connect(context.destination);
      osc.start(at);
      osc.stop(at + 0.4);
    }
  } catch {
    // No audio device or API: the visual signal remains.
  }
}
