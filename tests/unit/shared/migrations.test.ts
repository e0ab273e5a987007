import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsOf, readItems, readMeta } from '@shared/board/doc';
import { loadProjectText } from '@shared/project-file/load';
import { MIGRATIONS, migrate } from '@shared/schema/migrate';
import { boardMeta } from '@shared/schema/migrations/0001-board-meta';
import { frameMembership } from '@shared/schema/migrations/0002-frame-membership';
import { SCHEMA_VERSION } from '@shared/schema/version';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/schema/${name}`, import.meta.url), 'utf8');

function rawDoc(items: Record<string, Record<string, unknown>>): Y.Doc {
  const doc = new Y.Doc();
  for (const [id, fields] of Object.entries(items)) {
    const map = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ id, ...fields })) map.set(k, v);
    itemsOf(doc).set(id, map);
  }
  return doc;
}

describe('migrations', () => {
  it('there is exactly one migration per schema version, in order, up to SCHEMA_VERSION', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    expect(new Set(MIGRATIONS.map((m) => m.id)).size).toBe(MIGRATIONS.length);
  });

  it('a fixture exists for every past schema version, and each opens at the current schema', () => {
    const names = readdirSync(new URL('../../fixtures/schema/', import.meta.url));
    for (let v = 0; v < SCHEMA_VERSION; v++) {
      expect(names).toContain(`schema-${v}.tablee`);
      const loaded = loadProjectText(fixture(`schema-${v}.tablee`));
      expect(loaded.ok, `schema-${v}`).toBe(true);
      if (!loaded.ok) continue;
      // Every migration newer than the fixture ran, in order.
      expect(loaded.value.report.migrations).toEqual(MIGRATIONS.filter((m) => m.version > v).map((m) => m.id));
      expect(loaded.value.report.repairs).toEqual([]);
      expect(readMeta(loaded.value.doc).schemaVersion).toBe(SCHEMA_VERSION);
      // From schema 3 on, the fixture also holds a quote card and a proposal; from schema 4, an image card.
      expect(readItems(loaded.value.doc)).toHaveLength(v >= 4 ? 7 : v >= 3 ? 6 : 4);
    }
  });

  it('0001 gives the board a title and a creation date without overwriting existing ones', () => {
    const doc = new Y.Doc();
    boardMeta.up(doc);
    expect(readMeta(doc)).toMatchObject({ title: '', createdAt: '1970-01-01T00:00:00.000Z' });
    doc.getMap('meta').set('title', 'Ma résidence');
    boardMeta.up(doc);
    expect(readMeta(doc).title).toBe('Ma résidence');
  });

  it('0002 puts each card in the topmost frame under its centre, and is idempotent', () => {
    const doc = rawDoc({
      'frame:low': { kind: 'frame', x: 0, y: 0, w: 1000, h: 1000, z: 1 },
      'frame:high': { kind: 'frame', x: 0, y: 0, w: 400, h: 400, z: 2 },
      'note:a': { kind: 'note', x: 50, y: 50, w: 100, h: 100, z: 3 },
      'note:b': { kind: 'note', x: 600, y: 600, w: 100, h: 100, z: 4 },
      'note:c': { kind: 'note', x: 5000, y: 0, w: 100, h: 100, z: 5 },
    });
    frameMembership.up(doc);
    const parent = (id: string) => itemsOf(doc).get(id)!.get('parentId');
    expect([parent('note:a'), parent('note:b'), parent('note:c'), parent('frame:low')]).toEqual(['frame:high', 'frame:low', null, null]);
    itemsOf(doc).get('note:a')!.set('parentId', null);
    frameMembership.up(doc);
    expect(parent('note:a')).toBeNull();
  });

  it('two peers migrating the same old board offline converge on the same content', () => {
    const base = Y.encodeStateAsUpdate(rawDoc({ 'note:x': { kind: 'note', x: 0, y: 0, w: 100, h: 100, z: 1, text: '', color: 'yellow' } }));
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, base);
    Y.applyUpdate(b, base);
    migrate(a, 0);
    migrate(b, 0);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(a.getMap('meta').toJSON()).toEqual(b.getMap('meta').toJSON());
    expect(readItems(a)).toEqual(readItems(b));
    expect(readItems(a)).toHaveLength(1);
    expect(readItems(a)[0]?.parentId).toBeNull();
  });
});
