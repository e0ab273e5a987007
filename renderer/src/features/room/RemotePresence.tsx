import { useEffect, useSyncExternalStore } from 'react';
import { boardToScreen } from '../../canvas/camera';
import type { Editor } from '../../canvas/editor';
import { useRoomConnection } from './room-context';
import { useRoomView } from './use-room';

/** Pointer positions go out at most this often: 35 people moving at once stay a trickle. */
const CURSOR_EVERY_MS = 80;
/** A selection this long is shown by its first items only. */
const MAX_SHARED_SELECTION = 200;

/**
 * Presence on the board: publishes my pointer (in board coordinates) and my selection, and draws
 * everyone else's, with names, over the canvas. An HTML layer: the canvas' own layers stay as
 * they are, and it never takes a click.
 */
export function RemotePresence({ editor }: { editor: Editor }) {
  const connection = useRoomConnection();
  const { people } = useRoomView(connection);
  const { camera } = useSyncExternalStore(editor.subscribe, editor.getState);

  useEffect(() => {
    const canvas = document.querySelector<HTMLElement>('[data-testid="board-canvas"]');
    if (!connection || !canvas) return;
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let pending: { x: number; y: number } | null = null;
    const send = (): void => {
      timer = null;
      last = Date.now();
      connection.setPresence({ cursor: pending });
    };
    const onMove = (e: PointerEvent): void => {
      const r = canvas.getBoundingClientRect();
      const p = editor.toBoard(e.clientX - r.left, e.clientY - r.top);
      pending = { x: Math.round(p.x), y: Math.round(p.y) };
      if (!timer) timer = setTimeout(send, Math.max(0, CURSOR_EVERY_MS - (Date.now() - last)));
    };
    const onLeave = (): void => {
      pending = null;
      if (!timer) timer = setTimeout(send, 0);
    };
    let shared = '';
    const onEditor = (): void => {
      const selection = [...editor.selection].slice(0, MAX_SHARED_SELECTION);
      const key = selection.join();
      if (key === shared) return;
      shared = key;
      connection.setPresence({ selection });
    };
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerleave', onLeave);
    const offEditor = editor.subscribe(onEditor);
    onEditor();
    return () => {
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerleave', onLeave);
      offEditor();
      if (timer) clearTimeout(timer);
    };
  }, [editor, connection]);

  const screen = (x: number, y: number): { left: number; top: number } => {
    const p = boardToScreen(camera, x, y);
    return { left: p.x, top: p.y };
  };
  return (
    <div className="remote-presence" aria-hidden="true" data-testid="remote-presence">
      {people
        .filter((p) => p.link !== 'me')
        .map((p) => (
          <div key={p.clientId}>
            {(p.selection ?? []).map((id) => {
              const item = editor.index.get(id);
              if (!item) return null;
              const at = screen(item.x, item.y);
              return (
                <div
                  key={id}
                  className="remote-selection"
                  style={{ ...at, width: item.w * camera.zoom, height: item.h * camera.zoom, borderColor: p.user.color }}
                />
              );
            })}
            {p.cursor && (
              <div className="remote-cursor" data-testid="remote-cursor" style={screen(p.cursor.x, p.cursor.y)}>
                <svg width="14" height="18" viewBox="0 0 14 18">
                  <path d="M1 1 L1 15 L5 11 L8 17 L10 16 L7 10 L13 10 Z" fill={p.user.color} stroke="white" strokeWidth="1.2" />
                </svg>
                <span style={{ background: p.user.color }}>{p.user.name}</span>
              </div>
            )}
          </div>
        ))}
    </div>
  );
}
