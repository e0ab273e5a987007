import { useEffect, useState } from 'react';
import { readAgenda, readCurrentStep, stepPlace, type AgendaStep } from '@shared/day/day-agenda';
import { DAY_MAP } from '@shared/day/day-timer';
import type { Camera } from '../../canvas/camera';
import type { Editor } from '../../canvas/editor';

export interface AgendaView {
  steps: AgendaStep[];
  current: AgendaStep | null;
}

const read = (editor: Editor): AgendaView => ({ steps: readAgenda(editor.doc), current: readCurrentStep(editor.doc) });

/** The agenda and its current step, as the `day` map changes (the map is small: re-read whole). */
export function useAgenda(editor: Editor): AgendaView {
  const [view, setView] = useState(() => read(editor));
  useEffect(() => {
    const map = editor.doc.getMap<unknown>(DAY_MAP);
    const update = (): void => setView(read(editor));
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [editor]);
  return view;
}

/** The view was brought to the step's frames; `before`: where "back" returns. Or the step's frames are all gone: nothing moved. */
export type Brought = { title: string; before: Camera } | { title: string; gone: true };

/**
 * Brings this page's view to the current step's frames each time the step changes. A facilitator's
 * board opened with its step already there is left where it opens. A participant's page opens only
 * once the room's state is here (ParticipantApp waits for it), so one that opens — a late joiner, a
 * reload — in a room whose current step has frames on the board is brought there at once. When every frame
 * of the step was deleted, the view stays and the notice says the step's place is gone. Returns the
 * last move, for the notice that offers to go back; null once dismissed or when nothing moved.
 */
export function useAgendaFollow(editor: Editor, current: AgendaStep | null): [Brought | null, () => void] {
  const [brought, setBrought] = useState<Brought | null>(null);
  const [seen, setSeen] = useState<string | null | undefined>(undefined);
  const id = current?.id ?? null;
  useEffect(() => {
    if (seen === id) return;
    setSeen(id);
    if (!current || current.frames.length === 0 || (seen === undefined && editor.facilitator)) return;
    const gone = stepPlace(current, (f) => editor.index.get(f) !== undefined).place === 'gone';
    // A page that opens in a step whose place is gone has nowhere to go, and nothing changed to say.
    if (gone && seen === undefined) return;
    if (gone) return setBrought({ title: current.title, gone: true });
    const before = editor.camera;
    if (editor.zoomToItems(current.frames)) setBrought({ title: current.title, before });
  }, [editor, id, current, seen]);
  return [brought, () => setBrought(null)];
}
