import { describe, expect, it } from 'vitest';
import { escapeLayerFor, pushEscapeLayer } from '../../../renderer/src/actions/escape-layers';

describe('escape layers', () => {
  it('Escape goes to the newest panel that takes it, then to the older ones, then to none', () => {
    const closed: string[] = [];
    const inside = { tagName: 'DIV' } as unknown as EventTarget;
    const elsewhere = { tagName: 'CANVAS' } as unknown as EventTarget;
    const removeSide = pushEscapeLayer({ accepts: (t) => t === inside, close: () => closed.push('side') });
    const removeList = pushEscapeLayer({ accepts: (t) => t !== inside, close: () => closed.push('list') });

    escapeLayerFor(elsewhere)?.close();
    escapeLayerFor(inside)?.close();
    expect(closed).toEqual(['list', 'side']);

    removeList();
    expect(escapeLayerFor(elsewhere)).toBeUndefined();
    removeSide();
    expect(escapeLayerFor(inside)).toBeUndefined();
  });
});
