import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import type * as Y from 'yjs';
import { readItems, snapshotOf } from '@shared/board/doc';
import { contains } from '@shared/board/geometry';
import { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, type FrameRecord, type NoteRecord } from '@shared/board/records';
import { newBoardDoc } from '@shared/project-file/build';
import { loadProjectText } from '@shared/project-file/load';
import { buildSample, HOST_PLACES, SAMPLE_NOTE_MAX, SAMPLE_PATH, SAMPLE_TITLE, sampleText } from '../../scripts/make-sample';

const text = readFileSync(SAMPLE_PATH, 'utf8');

function loadDoc(): Y.Doc {
  const result = loadProjectText(text);
  if (!result.ok) throw new Error(`sample does not load: ${result.error.code} ${result.error.detail}`);
  return result.value.doc;
}

const items = readItems(loadDoc());
const frames = items.filter((i): i is FrameRecord => i.kind === 'frame');
const notes = items.filter((i): i is NoteRecord => i.kind === 'note');
const notesIn = (frame: FrameRecord): NoteRecord[] => notes.filter((n) => n.parentId === frame.id);
const frameTitled = (re: RegExp): FrameRecord[] => frames.filter((f) => re.test(f.title));

/** The last two lines of a quote card: « — Pseudo (pseudo), rôle » then « Lieu · jour mars 2025 ». */
const WHO = /^— \p{L}+ \(pseudo\), (usager|usagère|professionnel|professionnelle|bénévole|élu|élue)$/u;
const WHERE_WHEN = /^(.+) · (\d{1,2}) mars 2025$/;

interface Attribution {
  place: string;
  day: number;
}
function quoteAttribution(note: NoteRecord): Attribution | undefined {
  const lines = note.text.split('\n');
  if (lines.length !== 3 || !/^« .+ »$/.test(lines[0]!) || !WHO.test(lines[1]!)) return undefined;
  const m = WHERE_WHEN.exec(lines[2]!);
  return m ? { place: m[1]!, day: Number(m[2]) } : undefined;
}

describe('sample project (resources/sample/residence-exemple.tablee)', () => {
  it('loads with no migration, no repair and no warning', () => {
    const result = loadProjectText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.report).toEqual({ migrations: [], repairs: [], warnings: [] });
    expect(result.value.meta.title).toBe(SAMPLE_TITLE);
    expect(snapshotOf(result.value.doc).meta.title).toBe(SAMPLE_TITLE);
  });

  it('starts from what newBoardDoc gives a fresh board', () => {
    const fresh = snapshotOf(newBoardDoc(SAMPLE_TITLE, buildSample().meta.createdAt));
    const sample = snapshotOf(loadDoc());
    expect(sample.meta).toEqual(fresh.meta);
    expect(sample.schemaVersion).toBe(fresh.schemaVersion);
  });

  it('mentions exactly the two host places', () => {
    expect(HOST_PLACES).toHaveLength(2);
    const places = new Set<string>();
    for (const n of notes) {
      const quote = quoteAttribution(n);
      if (quote) places.add(quote.place);
      const observation = /^L’équipe · (.+) · \d{1,2} mars 2025$/m.exec(n.text);
      if (observation) places.add(observation[1]!);
    }
    expect([...places].sort()).toEqual([...HOST_PLACES].sort());
  });

  it('holds at least 12 interview quotes inside the Immersion frame, dated in the fortnight', () => {
    const [immersion, ...others] = frameTitled(/^Immersion/);
    expect(others).toHaveLength(0);
    expect(immersion).toBeDefined();
    const interviews = notesIn(immersion!).filter((n) => n.color === 'yellow' && quoteAttribution(n));
    expect(interviews.length).toBeGreaterThanOrEqual(12);
    for (const n of interviews) {
      const { day } = quoteAttribution(n)!;
      expect(day).toBeGreaterThanOrEqual(3);
      expect(day).toBeLessThanOrEqual(14);
    }
    const observations = notesIn(immersion!).filter((n) => n.text.startsWith('Observation — '));
    expect(observations.length).toBeGreaterThanOrEqual(3);
    expect(observations.every((n) => n.color === 'blue')).toBe(true);
  });

  it('has three theme frames of at least three cards, each with a Confirmation and a Pépite', () => {
    const themes = frameTitled(/^Thème \d/);
    expect(themes).toHaveLength(3);
    for (const theme of themes) {
      const cards = notesIn(theme);
      expect(cards.length, theme.title).toBeGreaterThanOrEqual(3);
      expect(cards.some((n) => n.text.startsWith('Confirmation'))).toBe(true);
      expect(cards.some((n) => n.text.startsWith('Pépite'))).toBe(true);
      expect(cards.filter((n) => !quoteAttribution(n)).every((n) => n.color === 'pink')).toBe(true);
    }
  });

  it('has at least three proposals, each citing a theme', () => {
    const [frame] = frameTitled(/^Propositions/);
    expect(frame).toBeDefined();
    const proposals = notesIn(frame!).filter((n) => /^Proposition \d+ — /.test(n.text));
    expect(proposals.length).toBeGreaterThanOrEqual(3);
    for (const p of proposals) {
      expect(p.color).toBe('green');
      expect(p.text).toMatch(/\(Thèmes? \d/);
    }
  });

  it('keeps texts short, cards inside their frames and cards apart', () => {
    for (const n of notes) {
      expect(n.text.length, n.id).toBeLessThanOrEqual(SAMPLE_NOTE_MAX);
      expect(n.text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
      const parent = frames.find((f) => f.id === n.parentId);
      expect(parent, `${n.id} has no frame`).toBeDefined();
      expect(contains(parent!, n), n.id).toBe(true);
    }
    for (const f of frames) expect(f.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    for (const [i, a] of notes.entries()) {
      for (const b of notes.slice(i + 1)) {
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  it('is what the generator writes, byte for byte, at every run', () => {
    const first = buildSample();
    const second = buildSample();
    expect(second).toEqual(first);
    expect(sampleText(first)).toBe(text);
  });
});
