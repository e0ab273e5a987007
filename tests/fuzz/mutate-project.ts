import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { base64ToBytes, bytesToBase64 } from '@shared/base64';
import { rngFrom, type Rng } from './prng';

/**
 * Mutated project files for fuzzing the loader and the HOST: real files (the sample residency and
 * the schema fixtures) changed the way disks, copies, editors and attackers change them.
 * One seed gives one case, byte for byte.
 */

const REPO = join(import.meta.dirname, '..', '..');
export const CORPUS_FILES = [
  'resources/sample/residence-exemple.tablee',
  'tests/fixtures/schema/schema-0.tablee',
  'tests/fixtures/schema/schema-1.tablee',
  'tests/fixtures/schema/schema-2.tablee',
  'tests/fixtures/schema/schema-3.tablee',
];

export interface CorpusFile {
  name: string;
  text: string;
}

export const loadCorpus = (): CorpusFile[] => CORPUS_FILES.map((name) => ({ name, text: readFileSync(join(REPO, name), 'utf8') }));

/** How big the huge strings and the deep nestings get: small for CI, large for the benchmark. */
export interface FuzzScale {
  hugeString: number;
  deepNesting: number;
}
export const SCALES: Record<'small' | 'large', FuzzScale> = {
  small: { hugeString: 200_000, deepNesting: 5_000 },
  large: { hugeString: 8_000_000, deepNesting: 200_000 },
};

export interface MutatedCase {
  seed: number;
  source: string;
  mutations: string[];
  bytes: Uint8Array;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Stand-in strings replaced by raw JSON text once the tree is serialised (what JSON.stringify cannot write). */
class RawText {
  private readonly raw: string[] = [];
  marker(text: string): string {
    this.raw.push(text);
    return `\u0001raw${this.raw.length - 1}\u0001`;
  }
  /** The tree's text with every marker replaced (markers may hold markers). */
  serialise(value: Json): string {
    let text = JSON.stringify(value);
    for (let guard = 0; guard < 10 && text.includes('\\u0001raw'); guard++) {
      text = text.replace(/"\\u0001raw(\d+)\\u0001"/g, (_, i: string) => this.raw[Number(i)]!);
    }
    return text;
  }
}

const JSON_MUTATIONS = ['wrong-type', 'huge-string', 'deep-nesting', 'duplicate-key', 'remove-field', 'proto-key', 'state-bytes', 'doc-record'] as const;
const BYTE_MUTATIONS = ['bit-flips', 'truncate'] as const;

export function mutateCase(seed: number, corpus: CorpusFile[], scale: FuzzScale): MutatedCase {
  const rng = rngFrom(seed);
  const source = rng.pick(corpus);
  const mutations: string[] = [];
  const raw = new RawText();
  let tree = JSON.parse(source.text) as Json;
  const jsonSteps = rng.int(3) + (rng.chance(0.3) ? 0 : 1);
  for (let i = 0; i < jsonSteps; i++) {
    const kind = rng.pick(JSON_MUTATIONS);
    const done = applyJsonMutation(kind, tree, rng, raw, scale);
    tree = done.tree;
    mutations.push(done.label);
  }
  let bytes: Uint8Array = new TextEncoder().encode(raw.serialise(tree));
  if (jsonSteps === 0 || rng.chance(0.25)) {
    const kind = rng.pick(BYTE_MUTATIONS);
    bytes = kind === 'bit-flips' ? flipBits(bytes, rng) : bytes.slice(0, rng.int(bytes.length));
    mutations.push(kind === 'bit-flips' ? 'bit-flips' : `truncate@${bytes.length}`);
  }
  return { seed, source: source.name, mutations, bytes };
}

function applyJsonMutation(kind: (typeof JSON_MUTATIONS)[number], tree: Json, rng: Rng, raw: RawText, scale: FuzzScale): { tree: Json; label: string } {
  if (kind === 'state-bytes' || kind === 'doc-record') {
    if (!isObject(tree) || typeof tree.yjsState !== 'string') return { tree, label: `${kind}:no-state` };
    const v2 = tree.yjsEncoding === 'v2';
    let bytes: Uint8Array;
    try {
      bytes = base64ToBytes(tree.yjsState);
    } catch {
      return { tree, label: `${kind}:bad-base64` };
    }
    const changed = kind === 'state-bytes' ? mutateBytes(bytes, rng) : mutateDocRecord(bytes, v2, rng);
    tree.yjsState = bytesToBase64(changed.bytes);
    return { tree, label: `${kind}:${changed.label}` };
  }
  const nodes = collectNodes(tree);
  const { path, value } = rng.pick(nodes);
  const at = path.join('.') || '(root)';
  switch (kind) {
    case 'wrong-type':
      return { tree: setAt(tree, path, otherType(value, rng)), label: `wrong-type@${at}` };
    case 'huge-string':
      return { tree: setAt(tree, path, 'é'.repeat(1 + rng.int(scale.hugeString))), label: `huge-string@${at}` };
    case 'deep-nesting': {
      const depth = 1 + rng.int(scale.deepNesting);
      const [open, close] = rng.chance(0.5) ? ['[', ']'] : ['{"a":', '}'];
      return { tree: setAt(tree, path, raw.marker(open.repeat(depth) + '1' + close.repeat(depth))), label: `deep-nesting(${depth})@${at}` };
    }
    case 'remove-field': {
      const objects = nodes.filter((n) => isObject(n.value) && Object.keys(n.value).length > 0);
      if (!objects.length) return { tree, label: 'remove-field:none' };
      const target = rng.pick(objects);
      const key = rng.pick(Object.keys(target.value as object));
      delete (target.value as Record<string, Json>)[key];
      return { tree, label: `remove-field@${[...target.path, key].join('.')}` };
    }
    case 'duplicate-key':
    case 'proto-key': {
      const objects = nodes.filter((n) => isObject(n.value));
      if (!objects.length) return { tree, label: `${kind}:none` };
      const target = rng.pick(objects);
      const object = target.value as Record<string, Json>;
      const keys = Object.keys(object);
      const extra: [string, Json][] =
        kind === 'proto-key'
          ? [[rng.pick(['__proto__', 'constructor', 'prototype']), rng.chance(0.5) ? { polluted: 'yes' } : { prototype: { polluted: 'yes' } }]]
          : keys.length
            ? [[rng.pick(keys), otherType(object[rng.pick(keys)]!, rng)]]
            : [];
      const entries = [...Object.entries(object), ...extra];
      if (rng.chance(0.5)) entries.reverse();
      const text = `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;
      return { tree: setAt(tree, target.path, raw.marker(text)), label: `${kind}:${extra[0]?.[0] ?? ''}@${target.path.join('.') || '(root)'}` };
    }
  }
}

/** A few byte edits inside the binary board state: what a bad sector or a bad copy does. */
function mutateBytes(bytes: Uint8Array, rng: Rng): { bytes: Uint8Array; label: string } {
  let out = Uint8Array.from(bytes);
  const labels: string[] = [];
  for (let n = 1 + rng.int(4); n > 0 && out.length > 0; n--) {
    const i = rng.int(out.length);
    const op = rng.pick(['flip', 'set', 'delete', 'insert', 'duplicate'] as const);
    if (op === 'flip') out[i] = out[i]! ^ (1 << rng.int(8));
    else if (op === 'set') out[i] = rng.pick([0, 0x7f, 0x80, 0xff, rng.int(256)]);
    else if (op === 'delete') out = Uint8Array.from([...out.subarray(0, i), ...out.subarray(i + 1 + rng.int(16))]);
    else if (op === 'insert') out = Uint8Array.from([...out.subarray(0, i), ...Array.from({ length: 1 + rng.int(8) }, () => rng.int(256)), ...out.subarray(i)]);
    else out = Uint8Array.from([...out.subarray(0, i), ...out.subarray(i, i + 1 + rng.int(64)), ...out.subarray(i)]);
    labels.push(`${op}@${i}`);
  }
  return { bytes: out, label: labels.join(',') };
}

const ROOT_MAPS = ['items', 'interviews', 'quotes', 'tags', 'meta'];
const FIELD_NAMES = ['kind', 'text', 'x', 'y', 'w', 'h', 'id', 'parentId', 'from', 'to', 'title', 'schemaVersion', '__proto__', 'constructor'];

/** A record inside the board with a field of the wrong type, a field removed, or the record itself replaced. */
function mutateDocRecord(bytes: Uint8Array, v2: boolean, rng: Rng): { bytes: Uint8Array; label: string } {
  const doc = new Y.Doc();
  try {
    if (v2) Y.applyUpdateV2(doc, bytes);
    else Y.applyUpdate(doc, bytes);
  } catch {
    return { bytes, label: 'undecodable' };
  }
  const maps = ROOT_MAPS.flatMap((name) => {
    try {
      return [[name, doc.getMap<unknown>(name)] as const];
    } catch {
      return [];
    }
  }).filter(([, map]) => map.size > 0);
  if (!maps.length) return { bytes, label: 'empty' };
  const [name, map] = rng.pick(maps);
  const key = rng.pick([...map.keys()]);
  const record = map.get(key);
  let label: string;
  if (record instanceof Y.Map && rng.chance(0.8)) {
    const field = rng.chance(0.7) && record.size ? rng.pick([...record.keys()]) : rng.pick(FIELD_NAMES);
    if (rng.chance(0.2)) {
      record.delete(field);
      label = `delete ${name}.${key}.${field}`;
    } else {
      record.set(field, yValue(rng));
      label = `set ${name}.${key}.${field}`;
    }
  } else {
    map.set(key, yValue(rng));
    label = `replace ${name}.${key}`;
  }
  return { bytes: v2 ? Y.encodeStateAsUpdateV2(doc) : Y.encodeStateAsUpdate(doc), label };
}

function yValue(rng: Rng): unknown {
  switch (rng.int(9)) {
    case 0:
      return rng.pick([0, -1, 1e308, -1e308, 0.5, 2 ** 53 + 1]);
    case 1:
      return rng.pick(['', 'x', 'é'.repeat(10_000), '<script>alert(1)</script>']);
    case 2:
      return rng.chance(0.5);
    case 3:
      return null;
    case 4:
      return [1, 'a', null];
    case 5:
      return { nested: { deeper: [1, 2, 3] } };
    case 6:
      return new Uint8Array([1, 2, 3]);
    case 7: {
      const inner = new Y.Map<unknown>();
      inner.set('kind', 'note');
      return inner;
    }
    default:
      return new Y.Array<unknown>();
  }
}

function flipBits(bytes: Uint8Array, rng: Rng): Uint8Array {
  const out = Uint8Array.from(bytes);
  for (let n = 1 + rng.int(8); n > 0 && out.length > 0; n--) {
    const i = rng.int(out.length);
    out[i] = out[i]! ^ (1 << rng.int(8));
  }
  return out;
}

function otherType(value: Json, rng: Rng): Json {
  const candidates: Json[] = [0, -1, 1e308, 'x', '', true, null, [], {}, [1, 'a'], { a: 1 }];
  const kind = (v: Json): string => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
  const others = candidates.filter((c) => kind(c) !== kind(value));
  return rng.pick(others);
}

const isObject = (v: Json | undefined): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every node of the tree with its path (at most `cap`, breadth first: the envelope is always in). */
function collectNodes(tree: Json, cap = 5000): { path: Path; value: Json }[] {
  const out: { path: Path; value: Json }[] = [];
  const queue: { path: Path; value: Json }[] = [{ path: [], value: tree }];
  while (queue.length && out.length < cap) {
    const node = queue.shift()!;
    out.push(node);
    if (Array.isArray(node.value)) node.value.forEach((v, i) => queue.push({ path: [...node.path, i], value: v }));
    else if (isObject(node.value)) for (const [k, v] of Object.entries(node.value)) queue.push({ path: [...node.path, k], value: v });
  }
  return out;
}

function setAt(tree: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  let parent = tree as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  parent[path.at(-1)!] = value;
  return tree;
}
