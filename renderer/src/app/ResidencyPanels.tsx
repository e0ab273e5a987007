import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interviewsOf, quotesOf, tagsOf } from '@shared/residency/doc';
import { isEditableTarget } from '../actions/editable-target';
import { useEscapeLayer } from '../actions/escape-layers';
import { useProvideShell } from '../actions/use-actions';
import { ImagePanel } from '../features/images/ImagePanel';
import { useImages } from '../features/images/use-images';
import { pushToast } from './toast-store';
import type { Editor } from '../canvas/editor';
import { useEditorSelector } from '../canvas/use-editor-selector';
import { ExperimentPanel, ProposalPanel, useItem } from '../features/proposals/CardPanels';
import { installDropLink } from '../features/proposals/drop-link';
import { InterviewsPanel } from '../features/interviews/InterviewsPanel';
import { LinkOverlay } from '../canvas/links/LinkOverlay';
import { storedLinkShow, storeLinkShow } from '../canvas/links/link-show';
import { SearchBar } from '../features/search/SearchBar';
import { SelectionBar } from '../features/selection/SelectionBar';
import { TemplateChooser } from '../features/project/TemplateChooser';
import { TracePanel } from '../features/interviews/TracePanel';

type Side = null | { kind: 'interviews'; id: string | null; quoteId?: string } | { kind: 'card'; id: string } | { kind: 'trace'; id: string };

const OPENS_PANEL = new Set(['proposal', 'experiment', 'quote', 'image']);

/**
 * The residency side of the board: the side panel (interviews, a proposal or experiment, a
 * trace), the search bar and the links. Their actions (and keys) are in the action table, their
 * buttons in the toolbar's "More" menu; this panel lends them what opens and closes here.
 * Enter or a double-click on a proposal or experiment opens it.
 */
export function ResidencyPanels({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [side, setSide] = useState<Side>(null);
  const [search, setSearch] = useState(false);
  // Every link, or only the selection's (the default); remembered for the window's session.
  const [allLinks, setAllLinks] = useState(() => storedLinkShow() === 'all');
  useEffect(() => storeLinkShow(allLinks ? 'all' : 'selection'), [allLinks]);
  const editing = useEditorSelector(editor, (s) => s.editing?.id ?? null);
  // The research tools (interviews, CSV import, traces, what a quote's words became) are the
  // facilitators'; a participant's page has none of them, and its doc has no research to show.
  const research = editor.facilitator;

  // The residency records join the board's undo (my edits only); the cards read them from `editor.residency`.
  useEffect(() => {
    if (research) editor.undo.addToScope([interviewsOf(editor.doc), quotesOf(editor.doc), tagsOf(editor.doc)]);
  }, [editor, research]);

  useImages(editor);

  useEffect(() => installDropLink(editor, (count) => pushToast('info', t('residency.proposal.linked', { count }))), [editor, t]);

  // Cards that are not edited in place open in the side panel instead.
  useEffect(() => {
    if (!editing) return;
    const item = editor.index.get(editing);
    if (!item || !OPENS_PANEL.has(item.kind)) return;
    editor.stopEditing();
    if (item.kind === 'quote') {
      // A quote opens in its interview, which only facilitators have.
      if (!research) return;
      const q = editor.residency.current().quotes.get(item.quoteId);
      setSide({ kind: 'interviews', id: q?.interviewId ?? null, quoteId: item.quoteId });
    } else setSide({ kind: 'card', id: item.id });
  }, [editing, editor, research]);

  const sideNow = useRef(side);
  sideNow.current = side;
  useProvideShell(
    useMemo(
      () => ({
        openProposal: () => {
          const s = sideNow.current;
          return s?.kind === 'card' && s.id.startsWith('proposal:') ? s.id : null;
        },
        toggleInterviews: () => setSide((s) => (s?.kind === 'interviews' ? null : { kind: 'interviews', id: null })),
        openCard: (id: string) => setSide({ kind: 'card', id }),
        openSearch: () => {
          setSearch(true);
          // Already open: give it the focus again.
          document.querySelector<HTMLInputElement>('[data-testid="search-input"]')?.focus();
        },
        toggleLinks: () => setAllLinks((v) => !v),
      }),
      [],
    ),
  );

  // Escape from inside the side panel (not from one of its fields) closes it.
  const aside = useRef<HTMLElement>(null);
  useEscapeLayer(
    (target) => target instanceof Node && !!aside.current?.contains(target) && !isEditableTarget(target),
    () => setSide(null),
    side !== null,
  );

  const close = (): void => setSide(null);
  const openInterview = (id: string | null): void => setSide({ kind: 'interviews', id });
  const openCard = (id: string): void => setSide({ kind: 'card', id });
  const trace = research ? (id: string): void => setSide({ kind: 'trace', id }) : undefined;

  return (
    <>
      <LinkOverlay editor={editor} show={allLinks ? 'all' : 'selection'} />
      <SelectionBar editor={editor} />
      <TemplateChooser editor={editor} />
      {search && (
        <SearchBar
          editor={editor}
          onClose={() => setSearch(false)}
          onShowInterviews={research ? () => setSide({ kind: 'interviews', id: null }) : undefined}
        />
      )}
      {side && (
        // A proposal is written here, often by several at once: the panel is wide while one is open.
        <aside className={side.kind === 'card' && side.id.startsWith('proposal:') ? 'side-panel side-panel-wide' : 'side-panel'} data-testid="side-panel" ref={aside}>
          <div className="panel-head">
            <h2>{heading(side, t)}</h2>
            <button type="button" data-testid="side-panel-close" onClick={close}>
              {t('residency.panel.close')}
            </button>
          </div>
          {side.kind === 'interviews' && trace && <InterviewsPanel editor={editor} openId={side.id} onOpen={openInterview} onTrace={trace} focusQuote={side.quoteId ?? null} />}
          {side.kind === 'card' && <CardPanel editor={editor} id={side.id} onTrace={trace} onGone={close} onOpenCard={openCard} />}
          {side.kind === 'trace' && research && <TracePanel editor={editor} from={side.id} onOpenInterview={openInterview} onOpenCard={openCard} />}
        </aside>
      )}
    </>
  );
}

type HeadingKey = 'residency.panel.interviews' | 'residency.trace.heading' | 'residency.image.heading' | 'residency.experiment.heading' | 'residency.proposal.heading';

function heading(side: NonNullable<Side>, t: (key: HeadingKey) => string): string {
  if (side.kind === 'interviews') return t('residency.panel.interviews');
  if (side.kind === 'trace') return t('residency.trace.heading');
  if (side.id.startsWith('image:')) return t('residency.image.heading');
  return side.id.startsWith('experiment:') ? t('residency.experiment.heading') : t('residency.proposal.heading');
}

function CardPanel({
  editor,
  id,
  onTrace,
  onGone,
  onOpenCard,
}: {
  editor: Editor;
  id: string;
  onTrace: ((id: string) => void) | undefined;
  onGone(): void;
  onOpenCard(id: string): void;
}) {
  const { t } = useTranslation();
  const item = useItem(editor, id);
  useEffect(() => {
    if (!item) onGone();
  }, [item, onGone]);
  const panel =
    item?.kind === 'proposal' ? (
      <ProposalPanel editor={editor} proposal={item} onTrace={onTrace} onOpenCard={onOpenCard} />
    ) : item?.kind === 'experiment' ? (
      <ExperimentPanel editor={editor} experiment={item} onTrace={onTrace} />
    ) : item?.kind === 'image' ? (
      <ImagePanel editor={editor} image={item} />
    ) : null;
  // A participant reads what the facilitators locked, and changes nothing of it.
  if (!panel || !item || !editor.locks.lockedForMe(item.id)) return panel;
  return (
    <fieldset className="locked-card" disabled data-testid="locked-card">
      <p className="muted">{t('roles.lock.refused')}</p>
      {panel}
    </fieldset>
  );
}
