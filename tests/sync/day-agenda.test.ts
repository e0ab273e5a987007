import { describe, expect, it } from 'vitest';
import { goToStep, readAgenda, readCurrentStep, writeAgenda, type AgendaStep } from '@shared/day/day-agenda';
import { useRoomPerTest } from './helpers/room-fixture';
import { until } from './helpers/room-host';

/**
 * The day's agenda in the room: the facilitator's steps and current step reach every participant;
 * a participant's own write to the agenda is refused by the HOST, as for the rest of the `day` map.
 */
const rooms = useRoomPerTest();
const PASSWORD = 'prune ardoise ruisseau';

const STEPS: AgendaStep[] = [
  { id: 'hello', title: 'Faisons connaissance', start: '09:30', instructions: 'Chacun se présente.', frames: [] },
  { id: 'paths', title: 'Au croisement des chemins', start: '10:30', instructions: 'Lisez les citations.', frames: ['frame-1'] },
];

describe('the agenda in the room', () => {
  it('moves every participant to the next step; a participant cannot write the agenda', async () => {
    const room = await rooms.start({ password: PASSWORD });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const fanny = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    const awa = rooms.join('Awa', PASSWORD);
    await Promise.all([fanny.room.synced(), awa.room.synced()]);

    writeAgenda(fanny.doc, STEPS, 'hello');
    await until('Awa has the agenda', () => readCurrentStep(awa.doc)?.id === 'hello');
    expect(readAgenda(awa.doc).map((s) => s.title)).toEqual(['Faisons connaissance', 'Au croisement des chemins']);

    expect(goToStep(fanny.doc, 1)?.id).toBe('paths');
    await until('Awa is on the next step', () => readCurrentStep(awa.doc)?.id === 'paths');
    expect(readCurrentStep(awa.doc)).toMatchObject({ title: 'Au croisement des chemins', frames: ['frame-1'] });

    // Awa's page rewrites the agenda itself, as a modified page would: the HOST refuses it and Fanny's agenda stays.
    awa.doc.getMap<unknown>('day').set('agenda', [{ id: 'x', title: 'Pause !', instructions: '', frames: [] }]);
    await until('the HOST refused it', () => awa.room.state().kind === 'refused');
    expect(awa.room.state()).toMatchObject({ kind: 'refused', reason: 'update-refused' });
    const refusals = (await room.host.api.roomStatus()).refusals;
    expect(refusals.map((r) => r.role)).toEqual(['participant']);
    expect(refusals[0]!.reason).toMatch(/"day"/);
    expect(readCurrentStep(fanny.doc)?.id).toBe('paths');
    expect(readAgenda(fanny.doc)).toEqual(STEPS);
  }, 60_000);
});
