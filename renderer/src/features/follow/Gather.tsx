import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roundView } from '@shared/day/day-follow';
import { readGather, writeGather } from '@shared/day/day-gather';
import { DAY_MAP } from '@shared/day/day-timer';
import { isEditableTarget, isInPanel } from '../../actions/editable-target';
import { useEscapeLayer } from '../../actions/escape-layers';
import { useProvideShell } from '../../actions/use-actions';
import { closeCameras, containCamera, type Camera } from '../../canvas/camera';
import type { Editor } from '../../canvas/editor';
import type { PresenceState } from '../room/people';
import { useRoomConnection } from '../room/room-context';

/** Not an undoable edit: Ctrl+Z undoes the board, never a gathering. */
const GATHER_ORIGIN = 'tablee:gather';

interface Gathered {
  by: string;
  /** The view before, where Escape returns. */
  before: Camera;
  /** The camera the gathering set: once mine differs (my own pan or zoom), the notice goes. */
  at: Camera;
}

/** The notice goes by itself after this long: an Escape minutes later is not an answer to it. */
export const GATHER_NOTICE_MS = 20_000;

/**
 * "Bring everyone here": a facilitator's page lends the action its effect (writes the area it sees
 * to the `day` map); every other page that sees a new gathering after it opened moves its view
 * there and says who brought it, with the way back to its own view in one key.
 */
export function Gather({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const connection = useRoomConnection();
  const [gathered, setGathered] = useState<Gathered | null>(null);
  /** The gathering this page has seen: the one there when it opened moves nobody. */
  const seen = useRef(readGather(editor.doc)?.seq ?? 0);

  useEffect(() => {
    const map = editor.doc.getMap<unknown>(DAY_MAP);
    const onDay = (_: unknown, tx: { origin: unknown; local: boolean }): void => {
      const g = readGather(editor.doc);
      if (!g || g.seq === seen.current) return;
      seen.current = g.seq;
      // The page that gathered stays where it is.
      if (tx.local && tx.origin === GATHER_ORIGIN) return;
      const before = editor.camera;
      const at = containCamera(g.rect, editor.getState().size);
      editor.setCamera(at);
      setGathered((prev) => ({ by: g.by, before: prev?.before ?? before, at }));
    };
    map.observe(onDay);
    return () => map.unobserve(onDay);
  }, [editor]);

  const commands = useMemo(
    () =>
      editor.facilitator
        ? {
            gather: () => {
              const me = (connection?.awareness.getLocalState() as PresenceState | null)?.user?.name;
              writeGather(editor.doc, roundView(editor.viewport()), me || t('room.facilitator'), GATHER_ORIGIN);
            },
          }
        : {},
    [editor, connection, t],
  );
  useProvideShell(commands);

  // The notice ends on my own pan or zoom, or after a while.
  useEffect(() => {
    if (!gathered) return;
    const off = editor.subscribe(() => {
      if (!closeCameras(editor.camera, gathered.at)) setGathered(null);
    });
    const id = setTimeout(() => setGathered(null), GATHER_NOTICE_MS);
    return () => {
      off();
      clearTimeout(id);
    };
  }, [editor, gathered]);

  const back = (): void => {
    // Back only from where the gathering put me: a view I moved since is mine.
    if (gathered && closeCameras(editor.camera, gathered.at)) editor.setCamera(gathered.before);
    setGathered(null);
  };
  useEscapeLayer((target) => !isEditableTarget(target) && !isInPanel(target), back, gathered !== null);

  if (!gathered) return null;
  return (
    <div className="agenda-notice gather-notice" role="status" data-testid="gather-notice">
      <span>{t('day.follow.gathered', { name: gathered.by })}</span>
      <button type="button" className="link-button" data-testid="gather-back" onClick={back}>
        {t('day.follow.backToMine')}
      </button>
      <button type="button" className="icon-button" aria-label={t('day.follow.dismiss')} onClick={() => setGathered(null)}>
        ×
      </button>
    </div>
  );
}
