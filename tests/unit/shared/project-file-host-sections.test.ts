import { describe, expect, it } from 'vitest';
import { buildProjectFile, newBoardDoc } from '@shared/project-file/build';
import { loadProjectText } from '@shared/project-file/load';

const META = { title: 'Atelier', createdAt: '2026-05-01T09:00:00.000Z', savedAt: '2026-05-01T09:00:00.000Z', app: 'Tablée' };

describe("the project file's HOST sections (ballots, kept room tickets)", () => {
  it('are written beside the doc and read back as they were', () => {
    const tickets = [{ hash: 'a'.repeat(64), personId: 'p1', role: 'participant' }];
    const ballots = { 'vote:1': { p1: { card: 2 } } };
    const text = JSON.stringify(buildProjectFile(newBoardDoc('Atelier', META.createdAt), META, [], ballots, tickets));
    const loaded = loadProjectText(text);
    if (!loaded.ok) throw new Error(loaded.error.code);
    expect(loaded.value.tickets).toEqual(tickets);
    expect(loaded.value.ballots).toEqual(ballots);
  });

  it('are absent from a file that never had a room, which opens as before', () => {
    const file = buildProjectFile(newBoardDoc('Atelier', META.createdAt), META, []);
    expect('tickets' in file).toBe(false);
    const loaded = loadProjectText(JSON.stringify(file));
    if (!loaded.ok) throw new Error(loaded.error.code);
    expect(loaded.value.tickets).toBeUndefined();
  });
});
