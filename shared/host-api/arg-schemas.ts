import { z } from 'zod';
import { isAbsolutePath, RELATIVE_PATH_MESSAGE, type PathRule } from './absolute-path';

/** The building blocks of the methods' argument schemas (methods.ts). */

/** Marks a refusal that has a host error code of its own (validate.ts reads it back from the issue). */
export const NOT_ABSOLUTE = { hostCode: 'not-absolute' } as const;

/**
 * A path as the user typed or picked it: non-empty, bounded, no NUL byte, and absolute: the HOST's
 * current folder is no one's business (a relative path would land wherever the HOST was started).
 */
export const pathOf = (rule: PathRule) =>
  z
    .string()
    .min(1)
    .max(4096)
    .refine((p) => !p.includes('\0'), 'path contains a NUL byte')
    .refine((p) => isAbsolutePath(p, rule), { message: RELATIVE_PATH_MESSAGE[rule], params: NOT_ABSOLUTE });

const isBase64 = (s: string): boolean => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s);

/** An update is base64; 64 MB of it is far beyond any real edit. */
export const MAX_UPDATE_CHARS = 64 * 1024 * 1024;
export const update = z.string().min(4).max(MAX_UPDATE_CHARS).refine(isBase64, 'not base64');

export const title = z.string().max(300);

/** A room password as the facilitator typed it: printable, short enough to read out loud. */
export const roomPassword = z
  .string()
  .min(1)
  .max(128)
  .refine((p) => !/[\u0000-\u001f]/.test(p), 'password contains a control character');
export const bindAddress = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[0-9a-fA-F.:]+$/, 'not an IP address');

/** An export's bytes as base64; must fit one WebSocket frame (MAX_FRAME_BYTES) with room to spare. */
export const MAX_EXPORT_CHARS = 78 * 1024 * 1024;
export const exportData = z.string().max(MAX_EXPORT_CHARS).refine(isBase64, 'not base64');

export const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((n) => !/[\0/\\]/.test(n), 'not a file name');
