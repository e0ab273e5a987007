import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newTimer, readDayTimer, startTimer, timeLeft, writeDayTimer } from '@shared/day/day-timer';
import { useRoomPerTest } from './helpers/room-fixture';
import { until } from './helpers/room-host';

/**
 * The shared timer across laptops whose clocks disagree: each page measures its offset to the
 * HOST's clock over the hub, and the timer is stored as HOST-clock instants, so a participant whose
 * clock is minutes off computes the same time left as the facilitator. Participants cannot write it.
 */
const rooms = useRoomPerTest();
const PASSWORD = 'cerise galet moulin';
const MIN = 60_000;

describe('the shared timer in the room', () => {
  it('shows the same time left on a skewed laptop, to a late joiner too; a participant cannot set it', async () => {
    const room = await rooms.start({ password: PASSWORD });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const fanny = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    // Awa's laptop is 7 minutes behind (and Bastien's 3 minutes ahead, below).
    const awaClock = (): number => Date.now() - 7 * MIN;
    const awa = rooms.join('Awa', PASSWORD, { now: awaClock });
    await Promise.all([fanny.room.synced(), awa.room.synced()]);
    await until('both measured the HOST clock', () => fanny.room.hostClockOffset() !== null && awa.room.hostClockOffset() !== null);

    const fannyHostNow = (): number => Date.now() + fanny.room.hostClockOffset()!;
    writeDayTimer(fanny.doc, startTimer(newTimer(10 * MIN), fannyHostNow()));
    await until('the timer reached Awa', () => readDayTimer(awa.doc) !== null);

    // The same instant, read on each laptop's own clock and corrected by its own offset.
    const real = Date.now();
    const fannyLeft = timeLeft(readDayTimer(fanny.doc)!, real + fanny.room.hostClockOffset()!);
    const awaLeft = timeLeft(readDayTimer(awa.doc)!, real - 7 * MIN + awa.room.hostClockOffset()!);
    expect(fannyLeft).toBeGreaterThan(9 * MIN);
    expect(Math.abs(awaLeft - fannyLeft)).toBeLessThan(500);
    // Read against her own clock, Awa would see about 17 minutes left: the offset is what saves her.
    expect(timeLeft(readDayTimer(awa.doc)!, real - 7 * MIN)).toBeGreaterThan(16 * MIN);

    // A late joiner, 3 minutes ahead, sees the running timer with the same time left.
    const bastien = rooms.join('Bastien', PASSWORD, { now: () => Date.now() + 3 * MIN });
    await bastien.room.synced();
    await until('Bastien measured the HOST clock', () => bastien.room.hostClockOffset() !== null);
    const later = Date.now();
    const bastienLeft = timeLeft(readDayTimer(bastien.doc)!, later + 3 * MIN + bastien.room.hostClockOffset()!);
    expect(Math.abs(bastienLeft - timeLeft(readDayTimer(fanny.doc)!, later + fanny.room.hostClockOffset()!))).toBeLessThan(500);

    // Bastien's page writes the timer itself, as a modified page would: the HOST refuses it, logs it, and nobody's timer moves.
    const before = readDayTimer(fanny.doc);
    writeDayTimer(bastien.doc, newTimer(MIN));
    await until('the HOST refused it', () => bastien.room.state().kind === 'refused');
    expect(bastien.room.state()).toMatchObject({ kind: 'refused', reason: 'update-refused' });
    const refusals = (await room.host.api.roomStatus()).refusals;
    expect(refusals.map((r) => r.role)).toEqual(['participant']);
    expect(refusals[0]!.reason).toMatch(/"day"/);
    // The room goes on: a later facilitator change reaches Awa, and the refused timer never did.
    awa.note('Awa: toujours là');
    await until('Fanny sees Awa’s note', () => fanny.texts().includes('Awa: toujours là'));
    expect(readDayTimer(fanny.doc)).toEqual(before);
    expect(readDayTimer(awa.doc)).toEqual(before);
    // The file keeps the timer (a reload of the HOST shows it), as the facilitator set it.
    const saved = await room.savedFile();
    const onDisk = new Y.Doc();
    const bytes = Buffer.from(saved.yjsState, 'base64');
    if (saved.yjsEncoding === 'v2') Y.applyUpdateV2(onDisk, bytes);
    else Y.applyUpdate(onDisk, bytes);
    expect(readDayTimer(onDisk)).toEqual(before);
  }, 60_000);
});
