import { memo } from 'react';
import { Shape } from 'react-konva';
import type Konva from 'konva';
import type { ItemRecord } from '@shared/board/records';
import { useVoteMark, type VoteMarkStore } from '../vote-marks';
import { FONT_FAMILY } from './frame-geometry';

const DOT = '#d81b60';
const BADGE = '#263238';
/** Past this many of my dots on one card, a number says how many. */
const MAX_DRAWN_DOTS = 6;

/**
 * A dot vote on a card: my own dots along its bottom edge (nobody else's), and after the reveal
 * the card's total in a badge at its top left. One shape, drawn by hand.
 */
export const VoteMark = memo(function VoteMark({ store, id, x, y, w, h }: Pick<ItemRecord, 'id' | 'x' | 'y' | 'w' | 'h'> & { store: VoteMarkStore }) {
  const { mine, total } = useVoteMark(store, id);
  if (mine === 0 && total < 0) return null;
  const r = Math.max(4, Math.min(10, w / 24, h / 16));
  const draw = (context: Konva.Context): void => {
    const ctx = context._context;
    if (mine > 0) {
      const drawn = Math.min(mine, MAX_DRAWN_DOTS);
      ctx.fillStyle = DOT;
      for (let i = 0; i < drawn; i++) {
        ctx.beginPath();
        ctx.arc(r * 1.5 + i * r * 2.6, h - r * 1.5, r, 0, Math.PI * 2);
        ctx.fill();
      }
      if (mine > drawn) {
        ctx.font = `bold ${r * 2}px ${FONT_FAMILY}`;
        ctx.textBaseline = 'middle';
        ctx.fillText(`×${mine}`, r * 1.5 + drawn * r * 2.6, h - r * 1.5);
      }
    }
    if (total >= 0) {
      const size = r * 2.6;
      const text = String(total);
      ctx.font = `bold ${size * 0.7}px ${FONT_FAMILY}`;
      const width = Math.max(size, ctx.measureText(text).width + size * 0.6);
      ctx.fillStyle = BADGE;
      ctx.beginPath();
      ctx.roundRect(-size * 0.3, -size * 0.3, width, size, size / 2);
      ctx.fill();
      ctx.fillStyle = '#fff';
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'center';
      ctx.fillText(text, -size * 0.3 + width / 2, size * 0.2);
      ctx.textAlign = 'start';
    }
  };
  return <Shape x={x} y={y} width={w} height={h} sceneFunc={draw} listening={false} perfectDrawEnabled={false} />;
});
