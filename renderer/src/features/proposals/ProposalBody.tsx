import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { itemsOf } from '@shared/board/doc';
import { locateAmendment } from '@shared/residency/amendments';
import { setProposalBody } from '@shared/residency/commands';
import type { Editor } from '../../canvas/editor';
import { useRoomConnection } from '../room/room-context';
import type { TextPresence } from '../room/people';
import { useRoomView } from '../room/use-room';
import { useAmendments } from './use-amendments';

const bodyOf = (doc: Y.Doc, id: string): Y.Text | undefined => {
  const t = itemsOf(doc).get(id)?.get('body');
  return t instanceof Y.Text ? t : undefined;
};

const relJSON = (text: Y.Text, index: number): unknown => Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, index));

/** An index in `text` from a relative position (JSON) sent by a peer; null if it points elsewhere. */
function indexOf(doc: Y.Doc, text: Y.Text, json: unknown): number | null {
  try {
    const abs = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), doc);
    return abs && abs.type === text ? abs.index : null;
  } catch {
    return null;
  }
}

/** What a mirror needs to lay its text out exactly as the textarea does. */
const MIRRORED = ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'boxSizing', 'tabSize'] as const;

interface Remote {
  key: number;
  name: string;
  color: string;
  from: number;
  to: number;
  head: number;
}

/**
 * The proposal's body, bound to its Y.Text: what others type appears as they type, my caret stays
 * where it was in the words (carried through Yjs relative positions, not character counts), and
 * in a room everyone else's caret and selection show with their name and colour, and the open
 * amendments are marked where they apply (`input`: the textarea, for the amendments' buttons).
 */
export function ProposalBody({ editor, id, input }: { editor: Editor; id: string; input?: RefObject<HTMLTextAreaElement | null> }) {
  const { t } = useTranslation();
  const doc = editor.doc;
  const own = useRef<HTMLTextAreaElement>(null);
  const ref = input ?? own;
  const amendments = useAmendments(doc, id);
  const [body, setBody] = useState(() => bodyOf(doc, id)?.toString() ?? '');
  /** My selection as relative positions, to put the caret back after someone else's edit. */
  const mine = useRef<{ anchor: Y.RelativePosition; head: Y.RelativePosition; backward: boolean } | null>(null);
  const restore = useRef(false);
  const room = useRoomConnection();
  const { people } = useRoomView(room);
  const [scroll, setScroll] = useState(0);
  const [mirror, setMirror] = useState<CSSProperties>({});
  // A participant reads a locked proposal but may not write in it (the HOST would refuse it).
  const locked = editor.locks.lockedForMe(id);

  // The Y.Text may be created by the first keystroke: watch the card until it has one.
  const [text, setText] = useState(() => bodyOf(doc, id));
  useEffect(() => {
    const card = itemsOf(doc).get(id);
    if (!card) return;
    const look = (): void => setText(bodyOf(doc, id));
    card.observe(look);
    look();
    return () => card.unobserve(look);
  }, [doc, id]);

  const remember = (): void => {
    const el = ref.current;
    if (!el || !text) return;
    const backward = el.selectionDirection === 'backward';
    const [a, h] = backward ? [el.selectionEnd, el.selectionStart] : [el.selectionStart, el.selectionEnd];
    mine.current = { anchor: Y.createRelativePositionFromTypeIndex(text, a), head: Y.createRelativePositionFromTypeIndex(text, h), backward };
    if (room && document.activeElement === el) {
      room.setPresence({ text: { id, anchor: relJSON(text, a), head: relJSON(text, h) } satisfies TextPresence });
    }
  };

  useEffect(() => {
    if (!text) return;
    const on = (_e: Y.YTextEvent, tr: Y.Transaction): void => {
      // Someone else's edit: my caret must follow the words it was in, not stay at a count.
      if (!tr.local) restore.current = true;
      setBody(text.toString());
    };
    text.observe(on);
    setBody(text.toString());
    return () => text.unobserve(on);
  }, [text]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!restore.current || !el || !text || !mine.current || document.activeElement !== el) return;
    restore.current = false;
    const a = Y.createAbsolutePositionFromRelativePosition(mine.current.anchor, doc)?.index ?? el.selectionStart;
    const h = Y.createAbsolutePositionFromRelativePosition(mine.current.head, doc)?.index ?? el.selectionEnd;
    el.setSelectionRange(Math.min(a, h), Math.max(a, h), mine.current.backward ? 'backward' : 'forward');
  }, [body, doc, text]);

  // Leaving the text: others stop seeing my caret there.
  useEffect(() => () => room?.setPresence({ text: null }), [room]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const copy = (): void => {
      const cs = getComputedStyle(el);
      const style: Record<string, string> = {};
      for (const k of MIRRORED) style[k] = cs[k];
      // The textarea's scrollbar narrows its text: the mirror has none, so it pads instead.
      const bar = el.offsetWidth - el.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
      style.paddingRight = `${parseFloat(cs.paddingRight) + Math.max(0, bar)}px`;
      const next = { ...style, width: `${el.offsetWidth}px`, height: `${el.offsetHeight}px` };
      setMirror((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : (next as CSSProperties)));
    };
    copy();
    const ro = new ResizeObserver(copy);
    ro.observe(el);
    return () => ro.disconnect();
  }, [body]);

  const remotes: Remote[] = [];
  if (text) {
    for (const p of people) {
      const tp = p.text;
      if (p.link === 'me' || !tp || tp.id !== id) continue;
      const a = indexOf(doc, text, tp.anchor);
      const h = indexOf(doc, text, tp.head);
      if (a === null || h === null) continue;
      remotes.push({ key: p.clientId, name: p.user.name, color: p.user.color, from: Math.min(a, h), to: Math.max(a, h), head: h });
    }
  }

  // A layer over the textarea laid out exactly like it, transparent but for what it marks.
  const overlay = (key: string | number, children: ReactNode): ReactNode => (
    <div
      key={key}
      aria-hidden
      style={{
        ...mirror,
        position: 'absolute',
        top: 0,
        left: 0,
        margin: 0,
        overflow: 'hidden',
        pointerEvents: 'none',
        whiteSpace: 'pre-wrap',
        overflowWrap: 'break-word',
        color: 'transparent',
        borderColor: 'transparent',
        borderStyle: 'solid',
        background: 'transparent',
      }}
    >
      <div style={{ transform: `translateY(${-scroll}px)` }}>
        {children}
        {'\u200b'}
      </div>
    </div>
  );

  // Open amendments, in the text's order; one overlapping an earlier one is listed, not marked.
  const marks: Array<{ id: string; from: number; to: number; insert: boolean }> = [];
  if (text) {
    for (const a of amendments) {
      if (a.state !== 'open') continue;
      const at = locateAmendment(doc, a);
      if (at) marks.push({ id: a.id, ...at, insert: a.kind === 'insert' });
    }
    marks.sort((a, b) => a.from - b.from);
  }
  const marked: ReactNode[] = [];
  let upTo = 0;
  for (const m of marks) {
    if (m.from < upTo) continue;
    marked.push(body.slice(upTo, m.from));
    marked.push(
      m.insert ? (
        <span key={m.id} className="amend-insert-mark" data-testid="amendment-mark" />
      ) : (
        <mark key={m.id} className="amend-range-mark" data-testid="amendment-mark" style={{ color: 'transparent' }}>
          {body.slice(m.from, m.to)}
        </mark>
      ),
    );
    upTo = m.to;
  }
  marked.push(body.slice(upTo));

  return (
    <div style={{ position: 'relative' }} data-testid="proposal-body-wrap">
      <textarea
        ref={ref}
        data-testid="proposal-body"
        className="proposal-body-text"
        rows={12}
        value={body}
        readOnly={locked}
        onChange={(e) => {
          setProposalBody(doc, id, e.target.value);
          remember();
        }}
        onSelect={remember}
        onFocus={remember}
        onBlur={() => room?.setPresence({ text: null })}
        onScroll={(e) => setScroll(e.currentTarget.scrollTop)}
      />
      {/* After the textarea, so it is drawn over it (transparent but for the marks). */}
      {marks.length > 0 && overlay('amendments', marked)}
      {remotes.map((r) => {
        const caret = (
          <span
            className="remote-text-caret"
            data-testid="remote-text-caret"
            data-offset={r.head}
            title={t('people.caretOf', { name: r.name })}
            style={{ position: 'relative', borderLeft: `2px solid ${r.color}`, marginLeft: -1, marginRight: -1 }}
          >
            <span style={{ position: 'absolute', bottom: '100%', left: -2, background: r.color, color: '#fff', fontSize: 10, lineHeight: '14px', padding: '0 3px', borderRadius: 2, whiteSpace: 'nowrap' }}>
              {r.name}
            </span>
          </span>
        );
        const sel = r.to > r.from ? (
          <mark data-testid="remote-text-selection" style={{ background: `${r.color}40`, color: 'transparent' }}>
            {body.slice(r.from, r.to)}
          </mark>
        ) : null;
        return overlay(
          r.key,
          <>
            {body.slice(0, r.from)}
            {r.head === r.from && caret}
            {sel}
            {r.head !== r.from && caret}
            {body.slice(r.to)}
          </>,
        );
      })}
    </div>
  );
}
