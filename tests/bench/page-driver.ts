/**
 * Code run inside the page by the canvas benchmark, as a plain-JavaScript string (a function
 * handed to `page.evaluate` would go through tsx's transform and may reference helpers the page
 * does not have). It installs `window.__tableeBench`.
 *
 * Frame figures come from the page itself:
 *   - interval: the gap between consecutive requestAnimationFrame timestamps (what a viewer
 *     sees; headless Chromium's frame clock runs at 60 Hz, so a frame that fits reads ≈ 16.7 ms);
 *   - work: from the start of the driving rAF callback (which moves the camera or the pointer)
 *     to a message posted from it, which runs after that frame's React commit, Konva draw and
 *     paint — the main-thread cost of the frame, not quantised to the 60 Hz clock.
 */
export const PAGE_DRIVER = String.raw`
(() => {
  if (window.__tableeBench) return;
  const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
  /**
   * Runs one step per animation frame. step(i) does the frame's input (camera, pointer, remote
   * update); returns { intervals, work } in ms.
   */
  async function drive(count, step) {
    for (let i = 0; i < 3; i++) await nextFrame();
    const intervals = [];
    const work = [];
    const channel = new MessageChannel();
    let pending = null;
    channel.port1.onmessage = () => {
      if (pending) {
        work.push(performance.now() - pending);
        pending = null;
      }
    };
    let last = await nextFrame();
    await new Promise((resolve) => {
      let i = 0;
      const frame = (ts) => {
        intervals.push(ts - last);
        last = ts;
        if (i >= count) {
          resolve();
          return;
        }
        pending = performance.now();
        step(i++);
        channel.port2.postMessage(0);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    // Let the last message land.
    await new Promise((r) => setTimeout(r, 50));
    intervals.shift();
    return { intervals, work };
  }
  const t = () => window.tablee;
  window.__tableeBench = {
    async pan(from, dx, dy, count) {
      t().setCamera(from);
      return drive(count, (i) => t().setCamera({ x: from.x + dx * (i + 1), y: from.y + dy * (i + 1), zoom: from.zoom }));
    },
    /** Zooms from 'from' to the whole board and back, centre moving in board space, zoom geometric. */
    async zoomFitAndBack(from, count, width, height) {
      const fit = t().fitCamera();
      const centre = (c) => ({ x: (width / 2 - c.x) / c.zoom, y: (height / 2 - c.y) / c.zoom });
      const a = centre(from);
      const b = centre(fit);
      const at = (s) => {
        const zoom = from.zoom * Math.pow(fit.zoom / from.zoom, s);
        const cx = a.x + (b.x - a.x) * s;
        const cy = a.y + (b.y - a.y) * s;
        return { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom, zoom };
      };
      t().setCamera(from);
      const half = Math.max(1, Math.floor(count / 2));
      const result = await drive(half * 2, (i) => t().setCamera(at(i < half ? (i + 1) / half : (2 * half - i - 1) / half)));
      return { ...result, fitZoom: fit.zoom };
    },
    /** Pans while applying a peer's update at frame 'at'; reports how long applying took. */
    async panWithRemote(from, dx, count, at, update) {
      t().setCamera(from);
      let applyMs = 0;
      const r = await drive(count, (i) => {
        t().setCamera({ x: from.x + dx * (i + 1), y: from.y, zoom: from.zoom });
        if (i === at) {
          const t0 = performance.now();
          t().applyRemoteUpdate(update);
          applyMs = performance.now() - t0;
        }
      });
      return { ...r, applyMs };
    },
    /**
     * Drags with synthetic pointer moves, one per frame, after a real press (the gesture
     * listens to pointermove and pointerup on window). Counts the doc updates the drag makes.
     */
    async drag(start, dx, dy, count) {
      const doc = t().doc;
      let updates = 0;
      let bytes = 0;
      const onUpdate = (u) => {
        updates++;
        bytes += u.length;
      };
      doc.on('update', onUpdate);
      const ev = (type, x, y) => new PointerEvent(type, { clientX: x, clientY: y, pointerId: 1, pointerType: 'mouse', button: 0, buttons: type === 'pointerup' ? 0 : 1, bubbles: true });
      const r = await drive(count, (i) => window.dispatchEvent(ev('pointermove', start.x + dx * (i + 1), start.y + dy * (i + 1))));
      const duringUpdates = updates;
      const duringBytes = bytes;
      window.dispatchEvent(ev('pointerup', start.x + dx * count, start.y + dy * count));
      for (let i = 0; i < 3; i++) await nextFrame();
      doc.off('update', onUpdate);
      return { ...r, updatesDuring: duringUpdates, bytesDuring: duringBytes, updatesTotal: updates, bytesTotal: bytes };
    },
  };
})();
`;
