import type { z } from 'zod';
import { err, ok, type Result } from '../result';
import type { PathRule } from './absolute-path';
import { NOT_ABSOLUTE } from './arg-schemas';
import type { WireError } from './errors';
import { isMethodName, METHODS, METHOD_NAMES, type MethodName } from './methods';

const schemasByRule = new Map<PathRule, Record<MethodName, z.ZodTuple>>();

/** Every method's argument schema for one path rule, built once. */
export function argSchemas(rule: PathRule): Record<MethodName, z.ZodTuple> {
  let schemas = schemasByRule.get(rule);
  if (!schemas) {
    schemas = Object.fromEntries(METHOD_NAMES.map((m): [MethodName, z.ZodTuple] => [m, METHODS[m].args(rule)])) as Record<MethodName, z.ZodTuple>;
    schemasByRule.set(rule, schemas);
  }
  return schemas;
}

/**
 * The arguments a caller sends: at most the method's declared count, without trailing
 * `undefined` (an optional argument left out), so nothing extra ever leaves the page.
 */
export function callArgs(method: MethodName, args: readonly unknown[]): unknown[] {
  const out = args.slice(0, argSchemas('either')[method].def.items.length);
  while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
  return out;
}

/**
 * Checks a method name and its arguments, on either side of a bridge: the HOST's side judges
 * paths as its machine writes them (`rule` its PathStyle), the page's side as either system does.
 * A refused argument is `bad-argument` (or `not-absolute`) with its place in the detail.
 */
export function validateHostCall(method: unknown, args: unknown, rule: PathRule): Result<{ method: MethodName; args: unknown[] }, WireError> {
  if (!isMethodName(method)) return err({ code: 'unknown-method', detail: `unknown method ${JSON.stringify(String(method)).slice(0, 80)}` });
  const parsed = argSchemas(rule)[method].safeParse(args);
  if (parsed.success) return ok({ method, args: parsed.data as unknown[] });
  const first = parsed.error.issues[0];
  const where = first?.path.length ? first.path.join('.') : 'arguments';
  const notAbsolute = first?.code === 'custom' && first.params?.hostCode === NOT_ABSOLUTE.hostCode;
  return err({ code: notAbsolute ? 'not-absolute' : 'bad-argument', detail: `${method} argument ${where}: ${first?.message ?? 'invalid'}` });
}
