import { useEffect, useRef } from 'react';

/**
 * What Escape closes: the open dialogs and panels, the newest first. A layer says which key
 * presses it takes (the export dialog takes any, a side panel only those from inside it); when
 * none does, Escape goes to the board (deselect).
 */
interface EscapeLayer {
  accepts(target: EventTarget | null): boolean;
  close(): void;
}

const layers: EscapeLayer[] = [];

/** The layer that takes an Escape pressed on `target`, if any. */
export function escapeLayerFor(target: EventTarget | null): EscapeLayer | undefined {
  for (let i = layers.length - 1; i >= 0; i--) if (layers[i]!.accepts(target)) return layers[i];
  return undefined;
}

export function pushEscapeLayer(layer: EscapeLayer): () => void {
  layers.push(layer);
  return () => {
    const at = layers.indexOf(layer);
    if (at >= 0) layers.splice(at, 1);
  };
}

/** A panel's Escape while it is mounted; the latest callbacks are used without re-pushing the layer. */
export function useEscapeLayer(accepts: (target: EventTarget | null) => boolean, close: () => void, active = true): void {
  const latest = useRef({ accepts, close });
  latest.current = { accepts, close };
  useEffect(() => {
    if (!active) return;
    return pushEscapeLayer({ accepts: (t) => latest.current.accepts(t), close: () => latest.current.close() });
  }, [active]);
}
