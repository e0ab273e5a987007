import { HostCallError } from '@shared/host-api/errors';
import { BridgeError } from '../bridge/connection';
import i18n from '../i18n';

/** Dates and sizes in the user's language; never throws on odd input. */
export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  try {
    return d.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return d.toISOString();
  }
}

export function formatTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  try {
    return d.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  } catch {
    return d.toISOString().slice(11, 19);
  }
}

export function formatBytes(bytes: number, lang: string): string {
  const units = lang.startsWith('fr') ? ['o', 'ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let v = Math.max(0, bytes);
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const n = u === 0 ? String(Math.round(v)) : v.toLocaleString(lang, { maximumFractionDigits: 1 });
  return `${n}\u00a0${units[u]}`;
}

/** What went wrong, in the user's language: bridge and host errors are worded from their code alone. */
export function errorText(e: unknown): string {
  if (e instanceof BridgeError) return i18n.t(`bridgeErrors.${e.code}`);
  if (e instanceof HostCallError) return i18n.t(`hostErrors.${e.code}`, { detail: e.detail, interpolation: { escapeValue: false } });
  return e instanceof Error ? e.message : typeof e === 'string' ? e : 'unknown error';
}
