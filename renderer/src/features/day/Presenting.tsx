import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { endPresenting, stepPresenting } from '@shared/day/day-presenting';
import { isEditableTarget } from '../../actions/editable-target';
import { fitBox, type Camera, type Insets } from '../../canvas/camera';
import type { Editor } from '../../canvas/editor';
import { myPersonId } from '../room/my-person';
import { useRoomConnection } from '../room/room-context';
import { PRESENT_ORIGIN, usePresenting } from './use-presenting';

/** The presenter's keys (those a presentation remote sends too). */
const PRESENTER_KEYS: ReadonlyMap<string, 1 | -1 | 'end'> = new Map<string, 1 | -1 | 'end'>([
  ['ArrowRight', 1],
  [' ', 1],
  ['PageDown', 1],
  ['ArrowLeft', -1],
  ['PageUp', -1],
  ['Escape', 'end'],
]);

/** The bars are hidden in presenting mode: the frame takes the screen but the banner's strip at the bottom. */
const PRESENT_INSETS: Insets = { top: 24, right: 24, bottom: 56, left: 24 };

/**
 * A presentation under way (shared/day/day-presenting.ts), on every page that sees it: the page
 * fits its view to the frame on screen, in presenting mode (the board view's `presenting` class hides
 * the bars and panels so the frame takes the screen), with a slim banner "Fanny presents — 2/5"; when
 * the presenter moves on, the view moves.
 *
 * - Someone else's page: Escape leaves the presentation for that page alone (the banner then offers
 *   to follow it again); panning or zooming ends nothing for anyone, and the next frame brings the
 *   view back.
 * - The presenter's page (the person who started it, in whichever page they did): arrows, Space,
 *   PageDown/PageUp and a click on the board go on or back; Escape, or leaving the full screen (where
 *   the browser keeps Escape for itself), ends the presentation for everyone — the presenter is the one
 *   who runs it, so there is nothing of theirs left to follow — and brings the presenter's view back
 *   to where it was before. If the presenter leaves the room, the HOST ends it (room-presenting.ts).
 *
 * These keys are taken on the window's capture phase, before the board's key dispatcher, so they never
 * also run a board action (Space would pan); never while typing in a field, never with a modifier.
 */
export function Presenting({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const connection = useRoomConnection();
  const presenting = usePresenting(editor);
  // Only a facilitator's page runs a presentation: a participant claiming the presenter's id gets no presenter's keys.
  const mine = editor.facilitator && presenting !== null && presenting.by === myPersonId(connection?.awareness);
  // The presentation this page left (someone else's), by who and what it shows: a new one is followed again.
  const which = presenting ? `${presenting.by}\n${presenting.frames.join('\n')}` : null;
  const [leftOne, setLeftOne] = useState<string | null>(null);
  const left = which !== null && leftOne === which;
  const following = presenting !== null && (mine || !left);
  const frame = presenting ? presenting.frames[presenting.index]! : null;
  // The window's size: a resize (the full screen) fits the frame again.
  const size = useSyncExternalStore(editor.subscribe, () => editor.getState().size);

  // The presenter's view before presenting, given back when their presentation ends (however it ends).
  const before = useRef<Camera | null>(null);
  useEffect(() => {
    if (!mine) return;
    before.current ??= editor.camera;
    return () => {
      if (before.current) editor.setCamera(before.current);
      before.current = null;
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    };
  }, [mine, editor]);

  useEffect(() => {
    const item = following && frame ? editor.index.get(frame) : undefined;
    // A frame deleted meanwhile: the view stays where it is.
    if (item) editor.setCamera(fitBox(item, size, PRESENT_INSETS, 2));
  }, [editor, following, frame, size]);

  useEffect(() => {
    if (!following) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.isComposing || e.ctrlKey || e.altKey || e.metaKey || isEditableTarget(e.target)) return;
      const act = mine ? PRESENTER_KEYS.get(e.key) : e.key === 'Escape' ? 'leave' : undefined;
      if (act === undefined) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.repeat) return;
      if (act === 'leave') setLeftOne(which);
      else if (act === 'end') endPresenting(editor.doc, PRESENT_ORIGIN);
      else stepPresenting(editor.doc, act, PRESENT_ORIGIN);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [following, mine, editor, which]);

  // Leaving the full screen is the presenter's Escape (the browser does not hand that Escape to the page).
  useEffect(() => {
    if (!mine) return;
    let full = document.fullscreenElement !== null;
    const onChange = (): void => {
      const now = document.fullscreenElement !== null;
      if (full && !now) endPresenting(editor.doc, PRESENT_ORIGIN);
      full = now;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [mine, editor]);

  // Presenting mode is a class on the board view (the banner's ancestor), so only styles change.
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const view = banner.current?.closest('.board-view');
    if (!view || !following) return;
    view.classList.add('presenting');
    return () => view.classList.remove('presenting');
  }, [following]);

  if (!presenting) return null;
  const at = { at: presenting.index + 1, total: presenting.frames.length };
  const title = mine ? t('day.present.youPresent', at) : t('day.present.presents', { ...at, name: presenting.name || t('day.present.someone') });
  return (
    <>
      {mine && <div className="present-clicks" data-testid="present-clicks" onClick={() => step(editor, 1)} onContextMenu={(e) => (e.preventDefault(), step(editor, -1))} />}
      <div
        ref={banner}
        className={following ? 'present-banner' : 'present-banner left'}
        role="status"
        data-testid="present-banner"
        data-mode={mine ? 'presenter' : following ? 'following' : 'left'}
      >
        <strong>{title}</strong>
        {mine ? (
          <>
            <span className="present-hint">{t('day.present.presenterKeys')}</span>
            <button type="button" className="icon-button" aria-label={t('day.present.previous')} data-testid="present-previous" onClick={() => step(editor, -1)}>
              ←
            </button>
            <button type="button" className="icon-button" aria-label={t('day.present.next')} data-testid="present-next" onClick={() => step(editor, 1)}>
              →
            </button>
            <button type="button" className="link-button" data-testid="present-end" onClick={() => endPresenting(editor.doc, PRESENT_ORIGIN)}>
              {t('day.present.end')}
            </button>
          </>
        ) : following ? (
          <span className="present-hint">{t('day.present.leaveHint')}</span>
        ) : (
          <button type="button" className="link-button" data-testid="present-follow" onClick={() => setLeftOne(null)}>
            {t('day.present.follow')}
          </button>
        )}
        {/* Another facilitator can end it: a presenter who cannot (a frozen laptop) never leaves the room stuck. */}
        {!mine && editor.facilitator && (
          <button type="button" className="link-button" data-testid="present-end-all" onClick={() => endPresenting(editor.doc, PRESENT_ORIGIN)}>
            {t('day.present.endForAll')}
          </button>
        )}
      </div>
    </>
  );
}

function step(editor: Editor, direction: 1 | -1): void {
  stepPresenting(editor.doc, direction, PRESENT_ORIGIN);
}

