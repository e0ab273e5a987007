import { z } from 'zod';
import { EXPORT_METHODS, HOST_METHODS, ROOM_METHODS, type ApiMethod, type ExportMethod, type HostMethod, type RoomMethod } from './contract';
import { err, ok, type Result } from '../result';
import { isAbsolutePath, RELATIVE_PATH_MESSAGE, type PathStyle } from './absolute-path';

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
    .refine((p) => isAbsolutePath(p, style), RELATIVE_PATH_MESSAGE[style]);
const title = z.string().max(300);
/** An update is base64; 64 MB of it is far beyond any real edit. */
export const MAX_UPDATE_CHARS = 64 * 1024 * 1024;
const update = z
  .string()
  .min(4)
  .max(MAX_UPDATE_CHARS)
  .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'not base64');

/** Argument tuples of every HostApi method, paths as the HOST's machine (`style`) writes them. */
export function hostArgSchemas(style: PathStyle) {
  const path = pathOf(style);
  return {
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
}

export type HostArgs<M extends HostMethod> = z.infer<ReturnType<typeof hostArgSchemas>[M]>;

/** A room password as the facilitator typed it: printable, short enough to read out loud. */
const roomPassword = z.string().min(1).max(128).refine((p) => !/[\u0000-\u001f]/.test(p), 'password contains a control character');
const bindAddress = z.string().min(2).max(64).regex(/^[0-9a-fA-F.:]+$/, 'not an IP address');

export const roomArgSchemas = {
  openRoom: z.tuple([z.object({ password: roomPassword.nullable(), bind: bindAddress.nullable(), openToNetwork: z.boolean().optional() }).strict()]),
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

export function exportArgSchemas(style: PathStyle) {
  const path = pathOf(style);
  return {
    writeExport: z.tuple([z.object({ path, data: exportData, overwrite: z.boolean() }).strict()]),
    exportArchive: z.tuple([z.object({ path, anonymised: z.boolean(), overwrite: z.boolean(), lang: z.enum(['fr', 'en']) }).strict()]),
    pickExportPath: z.tuple([z.object({ suggestedName: fileName, extension: z.string().regex(/^[a-z0-9]{1,10}$/) }).strict()]),
  } as const satisfies Record<ExportMethod, z.ZodType>;
}

const apiArgSchemasByStyle = new Map<PathStyle, Record<ApiMethod, z.ZodType>>();

/** Every method's schema, built once per path style. */
function apiArgSchemas(style: PathStyle): Record<ApiMethod, z.ZodType> {
  let schemas = apiArgSchemasByStyle.get(style);
  if (!schemas) {
    schemas = { ...hostArgSchemas(style), ...roomArgSchemas, ...exportArgSchemas(style) };
    apiArgSchemasByStyle.set(style, schemas);
  }
  return schemas;
}

const HOST_METHOD_SET: ReadonlySet<string> = new Set(HOST_METHODS);
const API_METHOD_SET: ReadonlySet<string> = new Set([...HOST_METHODS, ...ROOM_METHODS, ...EXPORT_METHODS]);

export function isHostMethod(name: unknown): name is HostMethod {
  return typeof name === 'string' && HOST_METHOD_SET.has(name);
}

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && API_METHOD_SET.has(name);
}

/**
 * Checks a method name and its arguments as they arrive from the other side of a bridge; paths
 * must be absolute in the `style` of the machine the HOST runs on.
 */
export function validateHostCall(method: unknown, args: unknown, style: PathStyle): Result<{ method: ApiMethod; args: unknown[] }, string> {
  if (!isApiMethod(method)) return err(`unknown method ${JSON.stringify(String(method)).slice(0, 80)}`);
  const parsed = apiArgSchemas(style)[method].safeParse(args);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return err(`${method}: bad argument ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return ok({ method, args: parsed.data as unknown[] });
}
