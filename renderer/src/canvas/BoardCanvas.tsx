import { createRef, Fragment, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Group, Layer, Rect, Stage } from 'react-konva';
import type Konva from 'konva';
import { useTranslation } from 'react-i18next';
import { intersects, type Box } from '@shared/board/geometry';
import type { ItemRecord } from '@shared/board/records';
import { inflate, viewportBox } from './camera';
import type { Editor } from './editor';
import { NOTE_FONT_SIZE, titleScaleFor } from './items/frame-geometry';
import { componentFor } from './items/item-components';
import { Padlock } from './items/Padlock';
import { VoteMark } from './items/VoteMark';
import type { Detail } from './items/item-props';
import { OverviewTiles } from './overview-tiles';
import { OverviewShape, OverviewTilesShape } from './OverviewShape';
import { SelectionOutlines } from './SelectionOutlines';
import { SelectionTransformer } from './SelectionTransformer';
import { TextEditorOverlay } from './TextEditorOverlay';
import { usePointerGestures, type DragSnapshot, type GestureNodes } from './use-pointer-gestures';
import { useFrameTitleTooltip } from './frame-title-tooltip';
import { useDetailBudget } from './use-detail-budget';
import { useVisibleItems } from './use-visible-items';

/** Below this zoom, or with more than MAX_NODES items on screen, the board is painted as blocks. */
const OVERVIEW_ZOOM = 0.12;
const MAX_NODES = 600;
/** Below this zoom, text is not drawn (unreadable, and the costliest part of a card). */
const TEXT_ZOOM = 0.3;
/** Notes and labels whose text would be smaller than this on screen are drawn without it. */
const MIN_TEXT_PX = 8;
/**
 * With this few cards on screen, text costs little: it is drawn further out (down to 3 px), so a
 * small board zoomed out to fit still shows which card says what instead of blank squares.
 */
const FEW_CARDS = 200;
const FEW_TEXT_ZOOM = 0.2;
const FEW_MIN_TEXT_PX = 3;
/** During a zoom or a pan, how many cards a frame may get their texts mounted. */
const FULL_DETAIL_PER_FRAME = 20;

interface Props {
  editor: Editor;
  /** Called after the first frame of this board is on screen. */
  onFirstDraw(): void;
  /** Shows the user a message about what they did on the canvas (the shell's toasts). */
  onNotice(kind: 'error', message: string): void;
}

interface Preview {
  id: string;
  box: Box;
}

export function BoardCanvas({ editor, onFirstDraw, onNotice }: Props) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(editor.subscribe, editor.getState);
  const version = useSyncExternalStore(editor.index.subscribe, editor.index.getVersion);
  // Only while a vote is on: a node more per card on screen, none otherwise.
  const votesShown = useSyncExternalStore(editor.voteMarks.subscribe, editor.voteMarks.active);
  const { camera, size, selection, editing, tool, spacePan } = state;
  const containerRef = useRef<HTMLDivElement>(null);
  const contentLayer = useRef<Konva.Layer>(null);
  const nodes = useMemo<GestureNodes>(
    () => ({ stage: createRef(), dragLayer: createRef(), dragGroup: createRef(), overlay: createRef(), band: createRef() }),
    [],
  );
  const [drag, setDragged] = useState<DragSnapshot | null>(null);
  const dragIds = drag?.ids ?? null;
  const [preview, setPreview] = useState<Preview | null>(null);
  // What is dragged is drawn only near the screen; the window follows the drag in half-screen steps.
  const [dragCull, setDragCull] = useState({ x: 0, y: 0 });
  const onDragOffset = useCallback(
    (dx: number, dy: number) => {
      const { camera: cam, size: sz } = editor.getState();
      const stepX = sz.width / cam.zoom / 2;
      const stepY = sz.height / cam.zoom / 2;
      const x = Math.round(dx / stepX) * stepX;
      const y = Math.round(dy / stepY) * stepY;
      setDragCull((old) => (old.x === x && old.y === y ? old : { x, y }));
    },
    [editor],
  );
  const { onPointerDown } = usePointerGestures(editor, containerRef, nodes, setDragged, onDragOffset);
  useFrameTitleTooltip(editor, containerRef);
  // The drag layer is drawn at the pointer's offset until the drop is on screen; then back to zero.
  useLayoutEffect(() => {
    if (drag) return;
    nodes.dragGroup.current?.position({ x: 0, y: 0 });
    nodes.dragLayer.current?.batchDraw();
  }, [drag, nodes]);

  // The stage fills its container, which fills the window.
  useLayoutEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const measure = (): void => editor.setSize({ width: Math.max(1, el.clientWidth), height: Math.max(1, el.clientHeight) });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [editor]);

  // Ready once Konva has actually drawn this board.
  useEffect(() => {
    const layer = contentLayer.current;
    if (!layer) return;
    let fired = false;
    const handler = (): void => {
      if (fired) return;
      fired = true;
      layer.off('draw.tablee-ready');
      performance.mark('tablee:first-draw');
      onFirstDraw();
    };
    layer.on('draw.tablee-ready', handler);
    layer.batchDraw();
    return () => {
      layer.off('draw.tablee-ready');
    };
  }, [onFirstDraw]);

  const tiles = useMemo(() => new OverviewTiles(editor.index), [editor]);
  useEffect(() => () => tiles.dispose(), [tiles]);

  // The R-tree query covers a margin (reused across pan frames); only what is on screen is drawn.
  // Far out, the board is painted from cached tiles and no per-item list is needed at all.
  const deepOverview = camera.zoom < OVERVIEW_ZOOM;
  const nearby = useVisibleItems(editor.index, camera, size, version, !deepOverview);
  const visible = useMemo(() => {
    // Too many near the screen to draw as nodes anyway: skip the per-frame filter.
    if (nearby.length > MAX_NODES * 4) return null;
    const view = inflate(viewportBox(camera, size), 0.05);
    return nearby.filter((i) => intersects(i, view));
  }, [nearby, camera, size]);
  const overview = deepOverview || visible === null || visible.length > MAX_NODES;
  const few = visible !== null && visible.length <= FEW_CARDS;
  const detail: Detail = camera.zoom >= (few ? FEW_TEXT_ZOOM : TEXT_ZOOM) ? 'full' : 'shapes';
  const minTextPx = few ? FEW_MIN_TEXT_PX : MIN_TEXT_PX;
  const admitFull = useDetailBudget(FULL_DETAIL_PER_FRAME);
  const titleScale = titleScaleFor(camera.zoom);
  const labels = { frame: t('frame.untitled'), text: t('text.placeholder') };

  const withPreview = (item: ItemRecord): ItemRecord =>
    preview && preview.id === item.id ? { ...item, x: preview.box.x, y: preview.box.y, w: preview.box.w, h: preview.box.h } : item;

  const renderItem = (raw: ItemRecord) => {
    const item = withPreview(raw);
    const C = componentFor(item.kind);
    const fontPx = item.kind === 'note' ? NOTE_FONT_SIZE : item.kind === 'text' ? item.fontSize : null;
    const wanted: Detail = detail === 'full' && fontPx !== null && fontPx * camera.zoom < minTextPx ? 'shapes' : detail;
    const itemDetail: Detail = wanted === 'full' && !admitFull(item.id) ? 'shapes' : wanted;
    const card = (
      <C
        key={item.id}
        item={item}
        editing={editing?.id === item.id}
        detail={itemDetail}
        placeholder={item.kind === 'frame' ? labels.frame : labels.text}
        titleScale={item.kind === 'frame' ? titleScale : 1}
      />
    );
    const voteMark = votesShown && item.kind !== 'frame';
    if (item.locked !== true && !voteMark) return card;
    return (
      <Fragment key={item.id}>
        {card}
        {item.locked === true && <Padlock x={item.x} y={item.y} w={item.w} h={item.h} />}
        {voteMark && <VoteMark store={editor.voteMarks} id={item.id} x={item.x} y={item.y} w={item.w} h={item.h} />}
      </Fragment>
    );
  };

  // Drawn as they were when picked up (the doc follows the drag frame by frame, the layer's offset
  // covers the whole way).
  const dragged = useMemo(() => {
    if (!drag) return [];
    // Items that, moved by the drag (to within half a screen), are near the screen: a margin of
    // one screen on every side.
    const near = inflate(viewportBox(camera, size), 1);
    near.x -= dragCull.x;
    near.y -= dragCull.y;
    const out: ItemRecord[] = [];
    for (const item of drag.items.values()) {
      if (intersects(item, near)) out.push(item);
    }
    return out.sort((a, b) => (a.kind === 'frame' ? 0 : 1) - (b.kind === 'frame' ? 0 : 1) || a.z - b.z);
  }, [drag, camera, size, dragCull]);

  const selectedBoxes = useMemo(() => {
    if (selection.size === 0) return [];
    if (visible && visible.length < selection.size) return visible.filter((i) => selection.has(i.id) && !dragIds?.has(i.id)).map(withPreview);
    // Zoomed out, or fewer selected than on screen: walk the selection.
    const view = inflate(viewportBox(camera, size), 0.05);
    const out: ItemRecord[] = [];
    for (const id of selection) {
      const item = dragIds?.has(id) ? undefined : editor.index.get(id);
      if (item && intersects(item, view)) out.push(withPreview(item));
    }
    return out;
  }, [visible, selection, dragIds, preview, camera, size, editor, version]);
  const draggedSelected = useMemo(() => dragged.filter((i) => selection.has(i.id)), [dragged, selection]);

  const single = selection.size === 1 && !editing && !dragIds ? editor.index.get([...selection][0]!) : undefined;
  const editingItem = editing ? editor.index.get(editing.id) : undefined;

  const onPreview = useCallback((id: string, box: Box | null) => setPreview(box ? { id, box } : null), []);

  return (
    <div
      ref={containerRef}
      className="board-canvas"
      data-testid="board-canvas"
      // Focusable, so the keyboard reaches the board and a ring shows where it is.
      tabIndex={0}
      role="application"
      aria-label={t('display.boardLabel')}
      data-tool={spacePan ? 'hand' : tool}
      data-overview={overview ? 'true' : 'false'}
    >
      <Stage
        ref={nodes.stage}
        width={size.width}
        height={size.height}
        x={camera.x}
        y={camera.y}
        scaleX={camera.zoom}
        scaleY={camera.zoom}
        onPointerDown={onPointerDown}
      >
        <Layer ref={contentLayer} listening={false}>
          {overview || !visible ? (
            <OverviewTilesShape tiles={tiles} camera={camera} size={size} hidden={dragIds} />
          ) : (
            visible.filter((i) => !dragIds?.has(i.id)).map(renderItem)
          )}
        </Layer>
        <Layer ref={nodes.dragLayer} listening={false} visible={dragIds !== null}>
          <Group ref={nodes.dragGroup}>
            {dragged.length > MAX_NODES || overview ? (
              <OverviewShape items={dragged} zoom={camera.zoom} hidden={null} />
            ) : (
              dragged.map(renderItem)
            )}
            <SelectionOutlines boxes={draggedSelected} zoom={camera.zoom} />
          </Group>
        </Layer>
        <Layer ref={nodes.overlay}>
          <SelectionOutlines boxes={selectedBoxes} zoom={camera.zoom} />
          <Rect ref={nodes.band} visible={false} listening={false} perfectDrawEnabled={false} />
          {/* A participant gets no handles on what the facilitators locked. */}
          {single && !editor.locks.lockedForMe(single.id) && (
            <SelectionTransformer key={single.id} editor={editor} item={single} onPreview={(box) => onPreview(single.id, box)} />
          )}
        </Layer>
      </Stage>
      {editing && editingItem && (
        <TextEditorOverlay
          key={`${editing.id}:${editing.field}`}
          editor={editor}
          editing={editing}
          item={withPreview(editingItem)}
          camera={camera}
          onNotice={onNotice}
        />
      )}
    </div>
  );
}
