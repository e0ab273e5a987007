import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import type * as Y from 'yjs';
import { readItems, snapshotOf } from '@shared/board/doc';
import { contains } from '@shared/board/geometry';
import {
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  type ExperimentRecord,
  type FrameRecord,
  type ImageCardRecord,
  type ItemRecord,
  type NoteRecord,
  type ProposalRecord,
  type QuoteCardRecord,
} from '@shared/board/records';
import { readAgenda, readCurrentStep } from '@shared/day/day-agenda';
import { newBoardDoc } from '@shared/project-file/build';
import { loadProjectText } from '@shared/project-file/load';
import { assetRefusal, assetsOf, MAX_ASSET_BYTES, readAsset } from '@shared/residency/assets';
import { readInterviews, readQuotes, readTags } from '@shared/residency/doc';
import { searchItems } from '@shared/residency/search';
import { themeCounts, traceBack } from '@shared/residency/trace';
import { readExportModel } from '@shared/export/export-model';
import { projectLang } from '@shared/export/project-lang';
import { reportMarkdown } from '@shared/export/report-markdown';
import { RESTITUTION_SECTIONS, restitutionSection } from '@shared/export/sections';
import { readProjectLang } from '@shared/records/meta';
import { leakedIn, sampleSecrets } from '../sync/helpers/sample-secrets';
import { buildSample, HOST_PLACES, SAMPLE_NOTE_MAX, SAMPLE_PATH, SAMPLE_TITLE, sampleText } from '../../scripts/make-sample';

const text = readFileSync(SAMPLE_PATH, 'utf8');

function loadDoc(): Y.Doc {
  const result = loadProjectText(text);
  if (!result.ok) throw new Error(`sample does not load: ${result.error.code} ${result.error.detail}`);
  return result.value.doc;
}

const doc = loadDoc();
const items = readItems(doc);
const interviews = readInterviews(doc);
const quotes = readQuotes(doc);
const frames = items.filter((i): i is FrameRecord => i.kind === 'frame');
const notes = items.filter((i): i is NoteRecord => i.kind === 'note');
const quoteCards = items.filter((i): i is QuoteCardRecord => i.kind === 'quote');
const proposals = items.filter((i): i is ProposalRecord => i.kind === 'proposal');
const experiments = items.filter((i): i is ExperimentRecord => i.kind === 'experiment');
const cards = items.filter((i) => i.kind !== 'frame' && i.kind !== 'text');
const inFrame = <T extends ItemRecord>(list: T[], frame: FrameRecord): T[] => list.filter((n) => n.parentId === frame.id);
const frameTitled = (re: RegExp): FrameRecord[] => frames.filter((f) => re.test(f.title));
const interviewOf = (card: QuoteCardRecord) => {
  const quote = quotes.find((q) => q.id === card.quoteId);
  return interviews.find((i) => i.id === quote?.interviewId);
};

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

  it('holds at least 12 interviews in exactly the two host places, dated in the fortnight, with their consent', () => {
    expect(HOST_PLACES).toHaveLength(2);
    expect(interviews.length).toBeGreaterThanOrEqual(12);
    expect([...new Set(interviews.map((i) => i.place))].sort()).toEqual([...HOST_PLACES].sort());
    for (const i of interviews) {
      expect(i.date >= '2025-03-03' && i.date <= '2025-03-14', i.id).toBe(true);
      expect(i.pseudonym).not.toBe('');
      expect(i.transcript.length).toBeGreaterThan(0);
    }
    expect(new Set(interviews.map((i) => i.consent))).toEqual(new Set(['quote', 'anonymous', 'none']));
  });

  it('every quote comes from its interview’s transcript; a quote its person refused never reaches the board', () => {
    for (const q of quotes) {
      const interview = interviews.find((i) => i.id === q.interviewId);
      expect(interview, q.id).toBeDefined();
      expect(interview!.transcript).toContain(q.text);
    }
    for (const card of quoteCards) expect(interviewOf(card)?.consent, card.id).not.toBe('none');
    const refused = interviews.filter((i) => i.consent === 'none').map((i) => i.id);
    expect(quotes.some((q) => refused.includes(q.interviewId ?? ''))).toBe(true);
    // Nor a synthesis note names a person who asked to stay anonymous.
    const anonymous = interviews.filter((i) => i.consent !== 'quote').map((i) => i.pseudonym);
    for (const n of notes) for (const name of anonymous) expect(n.text, n.id).not.toContain(name);
  });

  it('gives each interview a real-length transcript, most of it never quoted, and the team’s notes', () => {
    for (const i of interviews) {
      const quoted = quotes.filter((q) => q.interviewId === i.id).reduce((n, q) => n + q.text.length, 0);
      expect(i.transcript.split('\n').length, i.id).toBeGreaterThanOrEqual(6);
      expect(i.transcript.length, i.id).toBeGreaterThan(1000);
      expect(quoted / i.transcript.length, i.id).toBeLessThan(0.25);
      expect(i.notes.split('\n').length, i.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps its research apart: no unquoted passage, note, interview id or withheld name is on the board or in a quote the room may show', () => {
    const secrets = sampleSecrets(SAMPLE_PATH);
    // Each interview gives passages of its transcript, a line of its notes and its id; a name only where it was withheld.
    expect(new Set(secrets.filter((s) => s.what === 'transcript').map((s) => s.interviewId)).size).toBe(interviews.length);
    expect(secrets.filter((s) => s.what === 'pseudonym').map((s) => s.text).sort()).toEqual(['Rose', 'Théo', 'Théo']);
    const consentOf = new Map(interviews.map((i) => [i.id, i.consent]));
    const shown = [JSON.stringify(items), ...quotes.filter((q) => consentOf.get(q.interviewId ?? '') !== 'none').map((q) => q.text)].join('\n');
    expect(leakedIn(shown, secrets)).toEqual([]);
  });

  it('the Immersion frame holds at least 12 quote cards and 3 blue observations', () => {
    const [immersion, ...others] = frameTitled(/^Immersion/);
    expect(others).toHaveLength(0);
    expect(inFrame(quoteCards, immersion!).length).toBeGreaterThanOrEqual(12);
    const observations = inFrame(notes, immersion!).filter((n) => n.text.startsWith('Observation — '));
    expect(observations.length).toBeGreaterThanOrEqual(3);
    expect(observations.every((n) => n.color === 'blue')).toBe(true);
  });

  it('has three marked themes, each with a Confirmation, a Pépite and quotes from at least two interviews', () => {
    const themes = frameTitled(/^Thème \d/);
    expect(themes).toHaveLength(3);
    expect(themes.map((t) => t.mark).sort()).toEqual(['confirmation', 'confirmation', 'nugget']);
    for (const theme of themes) {
      const own = inFrame(notes, theme);
      expect(own.some((n) => n.text.startsWith('Confirmation'))).toBe(true);
      expect(own.some((n) => n.text.startsWith('Pépite'))).toBe(true);
      expect(own.every((n) => n.color === 'pink')).toBe(true);
      const counts = themeCounts(doc, theme.id);
      expect(counts.quotes, theme.title).toBeGreaterThanOrEqual(3);
      expect(counts.interviews, theme.title).toBeGreaterThanOrEqual(2);
    }
  });

  it('has at least three proposals grounded in quotes and themes, and experiments tracing back to interviews', () => {
    expect(proposals.length).toBeGreaterThanOrEqual(3);
    for (const p of proposals) {
      expect(p.title).toMatch(/^Proposition \d+ — /);
      expect(p.body.length).toBeGreaterThan(20);
      const trace = traceBack(doc, p.id);
      expect(trace.themes.length, p.id).toBeGreaterThanOrEqual(1);
      expect(trace.quotes.length, p.id).toBeGreaterThanOrEqual(2);
      expect(trace.interviews.length, p.id).toBeGreaterThanOrEqual(2);
    }
    expect(experiments.length).toBeGreaterThanOrEqual(2);
    for (const e of experiments) {
      expect(HOST_PLACES).toContain(e.place);
      expect(e.hypothesis && e.tested && e.indicator && e.partners).toBeTruthy();
      const trace = traceBack(doc, e.id);
      expect(trace.proposal?.id).toBe(e.proposalId);
      expect(trace.interviews.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('uses the project’s tag lists: place patterns and actors’ fields', () => {
    const tags = readTags(doc);
    expect(new Set(tags.map((t) => t.group))).toEqual(new Set(['pattern', 'field']));
    expect(tags.map((t) => t.label)).toEqual(expect.arrayContaining(['Aiguillage', 'Totem', 'Greffe', 'Couteau suisse', 'Lieu vivant']));
    const used = new Set(cards.flatMap((c) => c.tags ?? []));
    expect(used.size).toBeGreaterThanOrEqual(3);
    for (const id of used) expect(tags.some((t) => t.id === id)).toBe(true);
  });

  it('keeps texts short, cards inside their frames and cards apart', () => {
    for (const n of notes) {
      expect(n.text.length, n.id).toBeLessThanOrEqual(SAMPLE_NOTE_MAX);
      expect(n.text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    }
    for (const c of cards) {
      const parent = frames.find((f) => f.id === c.parentId);
      expect(parent, `${c.id} has no frame`).toBeDefined();
      expect(contains(parent!, c), c.id).toBe(true);
    }
    for (const f of frames) expect(f.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    for (const [i, a] of cards.entries()) {
      for (const b of cards.slice(i + 1)) {
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  it('shows a few photos from immersion, in the immersion area, described and sized for the room', () => {
    const images = items.filter((i): i is ImageCardRecord => i.kind === 'image');
    expect(images.length).toBeGreaterThanOrEqual(2);
    expect(images.length).toBeLessThanOrEqual(3);
    const immersion = frameTitled(/^Immersion/)[0]!;
    for (const image of images) {
      expect(image.parentId, image.id).toBe(immersion.id);
      expect(image.alt.length, image.id).toBeGreaterThan(20);
      const asset = readAsset(doc, image.assetId);
      expect(asset, image.id).toBeDefined();
      expect(assetRefusal(asset!)).toBeNull();
      expect(asset!.bytes.byteLength).toBeLessThanOrEqual(MAX_ASSET_BYTES);
      // The card keeps the picture's proportions.
      expect(Math.abs(image.w / image.h - asset!.width / asset!.height)).toBeLessThan(0.01);
    }
    // One asset per picture, and none left over.
    expect(assetsOf(doc).size).toBe(new Set(images.map((i) => i.assetId)).size);
    expect(searchItems(items, 'auvents', { interviews: new Map(), quotes: new Map(), tags: new Map() }).map((i) => i.kind)).toEqual(['image']);
  });

  it('carries the workshop day’s agenda, its steps pointing at frames of the board, none under way', () => {
    const agenda = readAgenda(doc);
    expect(agenda.map((s) => `${s.start} ${s.title}`)).toEqual([
      '09:30 Faisons connaissance',
      '10:30 Au croisement des chemins',
      '12:30 Autour d’une belle tablée (déjeuner)',
      '14:00 En action : on creuse un défi, on s’outille, on produit',
      '16:00 À nous de jouer : on partage nos livrables',
      '16:30 Goûter de clôture',
    ]);
    const frameIds = new Set(frames.map((f) => f.id));
    expect(agenda.flatMap((s) => s.frames).every((id) => frameIds.has(id))).toBe(true);
    expect(agenda[1]!.frames.length).toBeGreaterThanOrEqual(2);
    expect(readCurrentStep(doc)).toBeNull();
  });

  it('ends with the restitution: the four boxes of the axis and the summary diagram, each built from the themes, in its report', () => {
    const sections = new Map(frames.map((f) => [restitutionSection(f.title), f]));
    for (const section of RESTITUTION_SECTIONS) {
      const frame = sections.get(section);
      expect(frame, section).toBeDefined();
      const held = inFrame(notes, frame!);
      expect(held.length, section).toBeGreaterThanOrEqual(2);
    }
    // The axis's cards say which theme they come from.
    for (const section of RESTITUTION_SECTIONS.filter((s) => s !== 'summary')) {
      for (const n of inFrame(notes, sections.get(section)!)) expect(n.text, n.id).toMatch(/\(thèmes? \d( et \d)?\)$/);
    }
    const report = reportMarkdown(readExportModel(doc, { anonymised: true, lang: projectLang(doc) }));
    const headings = report.split('\n').filter((l) => l.startsWith('### ')).map((l) => l.slice(4));
    expect(headings.slice(0, 5)).toEqual(['Opportunités', 'Points de vigilance', 'Enjeux', 'Éléments à enquêter', 'Schéma de synthèse']);
    expect(report.indexOf('## Restitution')).toBeLessThan(report.indexOf('## Thèmes'));
  });

  it('is a French project, and its French reads right (“au Grenier”, never “au Le Grenier”)', () => {
    expect(readProjectLang(doc)).toBe('fr');
    const words = JSON.stringify(doc.toJSON());
    expect(words).not.toMatch(/\b(?:au|à|de) Les? [A-ZÉ]/);
  });

  it('is what the generator writes, byte for byte, at every run', () => {
    const first = buildSample();
    const second = buildSample();
    expect(second).toEqual(first);
    expect(sampleText(first)).toBe(text);
  });
});
