import type { PictureLayout } from '@shared/export-pictures/layout';
import { buildSvg } from '@shared/export-pictures/svg';

/**
 * Chromium refuses canvases wider or taller than 16,384 px (32,767 in recent versions, but not
 * everywhere) and runs out of memory long before its area limit; 128 Mpx is half a gigabyte of
 * RGBA, which most laptops can still spare.
 */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_PIXELS = 128_000_000;

export interface PngPlan {
  /** The scale used (board units → pixels); below `asked` when the picture had to be made smaller. */
  scale: number;
  asked: number;
  width: number;
  height: number;
  reduced: boolean;
}

/** The largest scale up to the one asked whose canvas this browser can draw. */
export function planPng(view: { w: number; h: number }, asked: number): PngPlan {
  const fit = Math.min(asked, MAX_CANVAS_SIDE / view.w, MAX_CANVAS_SIDE / view.h, Math.sqrt(MAX_CANVAS_PIXELS / (view.w * view.h)));
  // Rounded down to 1/1000 so width and height never overshoot the limits after rounding up.
  const scale = fit >= asked ? asked : Math.floor(fit * 1000) / 1000;
  return { scale, asked, width: Math.max(1, Math.ceil(view.w * scale)), height: Math.max(1, Math.ceil(view.h * scale)), reduced: scale < asked };
}

/**
 * Draws the picture into a canvas through the browser's own SVG renderer (the very SVG the SVG
 * export writes, so both look the same) and encodes it as PNG.
 */
export async function rasterise(layout: PictureLayout, plan: PngPlan, signal?: AbortSignal): Promise<Blob> {
  const svg = buildSvg(layout, { scale: plan.scale });
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(plan.width, plan.height);
    image.src = url;
    await image.decode();
    signal?.throwIfAborted();
    const canvas = document.createElement('canvas');
    canvas.width = plan.width;
    canvas.height = plan.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error(`no 2D canvas of ${plan.width} × ${plan.height} px`);
    ctx.drawImage(image, 0, 0, plan.width, plan.height);
    signal?.throwIfAborted();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    // Gives the memory back now rather than at the next collection.
    canvas.width = 0;
    canvas.height = 0;
    if (!blob) throw new Error(`the browser could not encode a PNG of ${plan.width} × ${plan.height} px`);
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
