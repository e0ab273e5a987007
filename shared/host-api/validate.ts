import { z } from 'zod';
import { err, ok, type Result } from '../result';
import type { PathStyle } from './absolute-path';
import { argKinds, NOT_ABSOLUTE, type ArgKind } from './arg-schemas';
import type { WireError } from './errors';
import { isMethodName, METHODS, METHOD_NAMES, type ArgSpec, type MethodName } from './methods';

const schemasByStyle = new Map<PathStyle, Record<MethodName, z.ZodTuple>>();

/** A method's argument tuple from the kinds the table names. */
function tupleOf(specs: readonly ArgSpec[], kinds: Record<ArgKind, z.ZodType>): z.ZodTuple {
  const items = specs.map((spec) => (spec.endsWith('?') ? kinds[spec.slice(0, -1) as ArgKind].optional() : kinds[spec as ArgKind]));
  return z.tuple(items as [z.ZodType, ...z.ZodType[]]);
}

/** Every method's argument schema for one path style, built once. */
export function argSchemas(style: PathStyle): Record<MethodName, z.ZodTuple> {
  let schemas = schemasByStyle.get(style);
  if (!schemas) {
    const kinds = argKinds(style);
    schemas = Object.fromEntries(METHOD_NAMES.map((m): [MethodName, z.ZodTuple] => [m, tupleOf(METHODS[m].args, kinds)])) as Record<MethodName, z.ZodTuple>;
    schemasByStyle.set(style, schemas);
  }
  return schemas;
}

/**
 * Checks a method name and its arguments as they arrive from the page, in the main process and
 * in the server: paths as the HOST's machine writes them (`style`).
 * A refused argument is `bad-argument` (or `not-absolute`) with its place in the detail.
 */
export function validateHostCall(method: unknown, args: unknown, style: PathStyle): Result<{ method: MethodName; args: unknown[] }, WireError> {
  if (!isMethodName(method)) return err({ code: 'unknown-method', detail: `unknown method ${JSON.stringify(String(method)).slice(0, 80)}` });
  const parsed = argSchemas(style)[method].safeParse(args);
  if (parsed.success) return ok({ method, args: parsed.data as unknown[] });
  const first = parsed.error.issues[0];
  const where = first?.path.length ? first.path.join('.') : 'arguments';
  const notAbsolute = first?.code === 'custom' && first.params?.hostCode === NOT_ABSOLUTE.hostCode;
  return err({ code: notAbsolute ? 'not-absolute' : 'bad-argument', detail: `${method} argument ${where}: ${first?.message ?? 'invalid'}` });
}
