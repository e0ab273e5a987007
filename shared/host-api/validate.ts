import { z } from 'zod';
import type { ApiMethod, ExportMethod, HostMethod, RoomMethod } from './contract';
import { err, ok, type Result } from '../result';

/** A path as the user typed or picked it: non-empty, bounded, no NUL byte. */
const path = z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'path contains a NUL byte');
const title = z.string().max(300);
/** An update is base64; 64 MB of it is far beyond any real edit. */
export const MAX_UPDATE_CHARS = 64 * 1024 * 1024;
const update = z
  .string()
  .min(4)
  .max(MAX_UPDATE_CHARS)
  .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'not base64');

/** Argument tuples of every HostApi method. */
export const hostArgSchemas = {
  getSession: z.tuple([]),
  pushUpdate: z.tuple([update, path.optional()]),
  flush: z.tuple([]),
  openProject: z.tuple([path]),
  createProject: z.tuple([path, title]),
  saveProjectAs: z.tuple([path]),
  listRecent: z.tuple([]),
  listBackups: z.tuple([]),
  restoreBackup: z.tuple([path]),
} as const satisfies Record<HostMethod, z.ZodType>;

export type HostArgs<M extends HostMethod> = z.infer<(typeof hostArgSchemas)[M]>;

/** A room password as the facilitator typed it: printable, short enough to read out loud. */
const roomPassword = z.string().min(1).max(128).refine((p) => !/[\u0000-\u001f]/.test(p), 'password contains a control character');
const bindAddress = z.string().min(2).max(64).regex(/^[0-9a-fA-F.:]+$/, 'not an IP address');

export const roomArgSchemas = {
  openRoom: z.tuple([z.object({ password: roomPassword.nullable(), bind: bindAddress.nullable() }).strict()]),
  closeRoom: z.tuple([]),
  roomStatus: z.tuple([]),
} as const satisfies Record<RoomMethod, z.ZodType>;

/** An export's bytes as base64; must fit one WebSocket frame (MAX_FRAME_BYTES) with room to spare. */
export const MAX_EXPORT_CHARS = 78 * 1024 * 1024;
const exportData = z
  .string()
  .max(MAX_EXPORT_CHARS)
  .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'not base64');
const fileName = z.string().min(1).max(255).refine((n) => !/[\0/\\]/.test(n), 'not a file name');

export const exportArgSchemas = {
  writeExport: z.tuple([z.object({ path, data: exportData, overwrite: z.boolean() }).strict()]),
  exportArchive: z.tuple([z.object({ path, anonymised: z.boolean(), overwrite: z.boolean(), lang: z.enum(['fr', 'en']) }).strict()]),
  pickExportPath: z.tuple([z.object({ suggestedName: fileName, extension: z.string().regex(/^[a-z0-9]{1,10}$/) }).strict()]),
} as const satisfies Record<ExportMethod, z.ZodType>;

const apiArgSchemas: Record<ApiMethod, z.ZodType> = { ...hostArgSchemas, ...roomArgSchemas, ...exportArgSchemas };

export function isHostMethod(name: unknown): name is HostMethod {
  return typeof name === 'string' && Object.hasOwn(hostArgSchemas, name);
}

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiArgSchemas, name);
}

/** Checks a method name and its arguments as they arrive from the other side of a bridge. */
export function validateHostCall(method: unknown, args: unknown): Result<{ method: ApiMethod; args: unknown[] }, string> {
  if (!isApiMethod(method)) return err(`unknown method ${JSON.stringify(String(method)).slice(0, 80)}`);
  const parsed = apiArgSchemas[method].safeParse(args);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return err(`${method}: bad argument ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return ok({ method, args: parsed.data as unknown[] });
}
