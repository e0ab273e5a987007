type Merged<T extends readonly object[]> = T extends readonly [infer H, ...infer R extends readonly object[]] ? H & Merged<R> : unknown;

type Branch = Record<string, unknown>;
const isBranch = (v: unknown): v is Branch => typeof v === 'object' && v !== null;

/** Copies `source` into `target`, branch by branch; a word given twice is refused. */
function mergeInto(target: Branch, source: Branch, path: string): Branch {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (existing === undefined) target[key] = isBranch(value) ? mergeInto({}, value, `${path}${key}.`) : value;
    else if (isBranch(existing) && isBranch(value)) mergeInto(existing, value, `${path}${key}.`);
    else throw new Error(`Two dictionaries give the words of "${path}${key}"`);
  }
  return target;
}

/**
 * One dictionary from the features' files: a namespace several files fill (`residency`) is
 * merged key by key. Two files giving the same word is a mistake, refused at start-up.
 */
export function mergeDictionaries<T extends readonly object[]>(...parts: T): Merged<T> {
  const out: Branch = {};
  for (const part of parts) mergeInto(out, part as Branch, '');
  return out as Merged<T>;
}
