import { memo } from 'react';
import { Shape } from 'react-konva';
import type Konva from 'konva';
import type { ItemRecord } from '@shared/board/records';

const INK = '#37474f';

/**
 * The padlock drawn on a locked card or frame (top right), so everyone sees what the
 * facilitators locked. One shape, drawn by hand: no font or emoji to depend on.
 */
export const Padlock = memo(function Padlock({ x, y, w, h }: Pick<ItemRecord, 'x' | 'y' | 'w' | 'h'>) {
  const size = Math.max(8, Math.min(22, w / 4, h / 4));
  const draw = (context: Konva.Context): void => {
    const ctx = context._context;
    const s = size;
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.beginPath();
    ctx.arc(s / 2, s / 2, s * 0.72, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = INK;
    ctx.lineWidth = s * 0.12;
    ctx.beginPath();
    ctx.arc(s / 2, s * 0.42, s * 0.26, Math.PI, 0);
    ctx.lineTo(s * 0.76, s * 0.5);
    ctx.moveTo(s * 0.24, s * 0.42);
    ctx.lineTo(s * 0.24, s * 0.5);
    ctx.stroke();
    ctx.fillStyle = INK;
    ctx.fillRect(s * 0.14, s * 0.48, s * 0.72, s * 0.46);
  };
  return <Shape x={x + w - size - 8} y={y + 8} width={size} height={size} sceneFunc={draw} listening={false} perfectDrawEnabled={false} />;
});
