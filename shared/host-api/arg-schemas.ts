import { z } from 'zod';
import { isAbsolutePath, RELATIVE_PATH_MESSAGE, type PathStyle } from './absolute-path';
import { normalizeRoomPassword } from '../room/password-normalize';

/**
 * The kinds of argument the methods of the table take (methods.ts names them), as zod schemas.
 * Only validate.ts loads this file: the table and the page's bridges stay free of zod, so the
 * page's first request to its host does not wait for it.
 */

/** Marks a refusal that has a host error code of its own (validate.ts reads it back from the issue). */
export const NOT_ABSOLUTE = { hostCode: 'not-absolute' } as const;

/**
 * A path as the user typed or picked it: non-empty, bounded, no NUL byte, and absolute: the HOST's
 * current folder is no one's business (a relative path would land wherever the HOST was started).
 */
const pathOf = (style: PathStyle) =>
  z
    .string()
    .min(1)
    .max(4096)
    .refine((p) => !p.includes('\0'), 'path contains a NUL byte')
    .refine((p) => isAbsolutePath(p, style), { message: RELATIVE_PATH_MESSAGE[style], params: NOT_ABSOLUTE });

const isBase64 = (s: string): boolean => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s);

/** An update is base64; 64 MB of it is far beyond any real edit. */
const MAX_UPDATE_CHARS = 64 * 1024 * 1024;
const update = z.string().min(4).max(MAX_UPDATE_CHARS).refine(isBase64, 'not base64');

const title = z.string().max(300);

/** A room password as the facilitator typed it: printable, short enough to read out loud. */
const roomPassword = z
  .string()
  .min(1)
  .max(128)
  .refine((p) => !/[\u0000-\u001f]/.test(p), 'password contains a control character')
  // Case, accents, spaces and dashes do not count (password-normalize.ts): something must be left.
  .refine((p) => normalizeRoomPassword(p) !== '', 'password has no letter or digit');
const bindAddress = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[0-9a-fA-F.:]+$/, 'not an IP address');

/** An export's bytes as base64; must fit one WebSocket frame (MAX_FRAME_BYTES) with room to spare. */
const MAX_EXPORT_CHARS = 78 * 1024 * 1024;
const exportData = z.string().max(MAX_EXPORT_CHARS).refine(isBase64, 'not base64');

const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((n) => !/[\0/\\]/.test(n), 'not a file name');

/** Every kind of argument, paths as the HOST's machine (`style`) writes them. */
export function argKinds(style: PathStyle) {
  const path = pathOf(style);
  return {
    path,
    update,
    title,
    // openToNetwork: the facilitator chose a room without password on a network address, knowing
    // anyone there can join and see the whole board (room-api.ts refuses it otherwise).
    openRoomOptions: z.object({ password: roomPassword.nullable(), bind: bindAddress.nullable(), openToNetwork: z.boolean().optional() }).strict(),
    /** A person's connection in the room, as RoomStatus.people names it. */
    roomPersonId: z.string().regex(/^[0-9a-f]{1,64}$/),
    writeExportRequest: z.object({ path, data: exportData, overwrite: z.boolean() }).strict(),
    exportArchiveRequest: z.object({ path, anonymised: z.boolean(), overwrite: z.boolean(), lang: z.enum(['fr', 'en']) }).strict(),
    pickExportPathRequest: z.object({ suggestedName: fileName, extension: z.string().regex(/^[a-z0-9]{1,10}$/) }).strict(),
    /** A version to save: its name (a person's words), who saves it, whether Tablée saves it on its own. */
    saveVersionRequest: z.object({ name: z.string().trim().min(1).max(120), by: z.string().max(80), auto: z.boolean().optional() }).strict(),
    /** A version, as VersionInfo.id names it (a file name the HOST made). */
    versionId: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/),
  };
}
export type ArgKinds = ReturnType<typeof argKinds>;
export type ArgKind = keyof ArgKinds;
