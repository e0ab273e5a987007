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

/** The message of anything thrown, in the user's language when it is the bridge's own. */
export function errorText(e: unknown): string {
  if (e instanceof BridgeError) return i18n.t(`bridgeErrors.${e.code}`);
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : 'unknown error';
  return hostErrorText(message) ?? message;
}

const WORDED = ['exists', 'unsaved', 'write-failed', 'not-a-backup', 'not-found', 'is-directory', 'no-project'] as const;
type Worded = (typeof WORDED)[number];
const isWorded = (code: string): code is Worded => (WORDED as readonly string[]).includes(code);

/**
 * The HOST answers in English, "code: detail" (or "method: bad argument …" when it refuses an
 * argument): the codes a facilitator meets in the project forms are said in their language.
 */
function hostErrorText(message: string): string | null {
  if (/: bad argument [^:]*: path is not absolute/.test(message)) return i18n.t('hostErrors.not-absolute');
  const m = /^([a-z-]+): ([\s\S]*)$/.exec(message);
  const code = m?.[1];
  if (!code || !isWorded(code)) return null;
  return i18n.t(`hostErrors.${code}`, { detail: m[2] ?? '', interpolation: { escapeValue: false } });
}
