import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interviewsOf, quotesOf, tagsOf } from '@shared/residency/doc';
import { isEditableTarget } from '../actions/keyboard-shortcuts';
import { ImagePanel } from '../features/images/ImagePanel';
import { useImages } from '../features/images/use-images';
import { pushToast } from './toast-store';
import type { Editor } from '../canvas/editor';
import { useEditorSelector } from '../canvas/use-editor-selector';
import { ExperimentPanel, ProposalPanel, useItem } from '../features/proposals/CardPanels';
import { installDropLink } from '../features/proposals/drop-link';
import { InterviewsPanel } from '../features/interviews/InterviewsPanel';
import { LinkOverlay } from '../canvas/links/LinkOverlay';
import { SearchBar } from '../features/search/SearchBar';
import { SelectionBar } from '../features/selection/SelectionBar';
import { TemplateChooser } from '../features/project/TemplateChooser';
import { TracePanel } from '../features/interviews/TracePanel';

type Side = null | { kind: 'interviews'; id: string | null; quoteId?: string } | { kind: 'card'; id: string } | { kind: 'trace'; id: string };

const OPENS_PANEL = new Set(['proposal', 'experiment', 'quote', 'image']);

/**
 * The residency side of the board: buttons (interviews, new proposal, new experiment, search),
 * the side panel (interviews, a proposal or experiment, a trace) and the search bar.
 * Keys: I interviews, P proposal, E experiment, Ctrl/Cmd+F search; Enter or a double-click on a
 * proposal or experiment opens it.
 */
export function ResidencyPanels({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [side, setSide] = useState<Side>(null);
  const [search, setSearch] = useState(false);
  const [links, setLinks] = useState(false);
  const editing = useEditorSelector(editor, (s) => s.editing?.id ?? null);

  // The residency records join the board's undo (my edits only); the cards read them from `editor.residency`.
  useEffect(() => {
    editor.undo.addToScope([interviewsOf(editor.doc), quotesOf(editor.doc), tagsOf(editor.doc)]);
  }, [editor]);

  useImages(editor);

  useEffect(() => installDropLink(editor, (count) => pushToast('info', t('residency.proposal.linked', { count }))), [editor, t]);

  // Cards that are not edited in place open in the side panel instead.
  useEffect(() => {
    if (!editing) return;
    const item = editor.index.get(editing);
    if (!item || !OPENS_PANEL.has(item.kind)) return;
    editor.stopEditing();
    if (item.kind === 'quote') {
      const q = editor.residency.get().quotes.get(item.quoteId);
      setSide({ kind: 'interviews', id: q?.interviewId ?? null, quoteId: item.quoteId });
    } else setSide({ kind: 'card', id: item.id });
  }, [editing, editor]);

  const create = useCallback(
    (kind: 'proposal' | 'experiment') => {
      const p = editor.placementPoint();
      const id = editor.create({ kind, x: Math.round(p.x - 140), y: Math.round(p.y - 100) }, false);
      setSide({ kind: 'card', id });
    },
    [editor],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.isComposing) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        setSearch(true);
        // Already open: give it the focus again.
        document.querySelector<HTMLInputElement>('[data-testid="search-input"]')?.focus();
        return;
      }
      if (mod || e.altKey || isEditableTarget(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'i') {
        e.preventDefault();
        setSide((s) => (s?.kind === 'interviews' ? null : { kind: 'interviews', id: null }));
      } else if (key === 'p') {
        e.preventDefault();
        create('proposal');
      } else if (key === 'e') {
        e.preventDefault();
        create('experiment');
      } else if (key === 'l') {
        e.preventDefault();
        setLinks((v) => !v);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [create]);

  const close = (): void => setSide(null);
  const openInterview = (id: string | null): void => setSide({ kind: 'interviews', id });
  const openCard = (id: string): void => setSide({ kind: 'card', id });
  const trace = (id: string): void => setSide({ kind: 'trace', id });

  return (
    <>
      <div className="residency-bar" role="toolbar" aria-label={t('residency.panel.interviews')}>
        <button type="button" data-testid="open-interviews" aria-pressed={side?.kind === 'interviews'} onClick={() => setSide(side?.kind === 'interviews' ? null : { kind: 'interviews', id: null })}>
          {t('residency.open.interviews')}
        </button>
        <button type="button" data-testid="new-proposal" onClick={() => create('proposal')}>
          {t('residency.open.proposal')}
        </button>
        <button type="button" data-testid="new-experiment" onClick={() => create('experiment')}>
          {t('residency.open.experiment')}
        </button>
        <button type="button" data-testid="open-search" onClick={() => setSearch(true)}>
          {t('residency.open.search')}
        </button>
        <button type="button" data-testid="toggle-links" aria-pressed={links} onClick={() => setLinks(!links)}>
          {t('residency.open.links')}
        </button>
      </div>
      {links && <LinkOverlay editor={editor} />}
      <SelectionBar editor={editor} />
      <TemplateChooser editor={editor} />
      {search && (
        <SearchBar
          editor={editor}
          onClose={() => setSearch(false)}
          onShowInterviews={() => setSide({ kind: 'interviews', id: null })}
        />
      )}
      {side && (
        <aside className="side-panel" data-testid="side-panel" onKeyDown={(e) => e.key === 'Escape' && !isEditableTarget(e.target) && close()}>
          <div className="panel-head">
            <h2>{heading(side, t)}</h2>
            <button type="button" data-testid="side-panel-close" onClick={close}>
              {t('residency.panel.close')}
            </button>
          </div>
          {side.kind === 'interviews' && <InterviewsPanel editor={editor} openId={side.id} onOpen={openInterview} onTrace={trace} focusQuote={side.quoteId ?? null} />}
          {side.kind === 'card' && <CardPanel editor={editor} id={side.id} onTrace={trace} onGone={close} />}
          {side.kind === 'trace' && <TracePanel editor={editor} from={side.id} onOpenInterview={openInterview} onOpenCard={openCard} />}
        </aside>
      )}
    </>
  );
}

function heading(side: NonNullable<Side>, t: ReturnType<typeof useTranslation>['t']): string {
  if (side.kind === 'interviews') return t('residency.panel.interviews');
  if (side.kind === 'trace') return t('residency.trace.heading');
  if (side.id.startsWith('image:')) return t('residency.image.heading');
  return side.id.startsWith('experiment:') ? t('residency.experiment.heading') : t('residency.proposal.heading');
}

function CardPanel({ editor, id, onTrace, onGone }: { editor: Editor; id: string; onTrace(id: string): void; onGone(): void }) {
  const item = useItem(editor, id);
  useEffect(() => {
    if (!item) onGone();
  }, [item, onGone]);
  if (item?.kind === 'proposal') return <ProposalPanel editor={editor} proposal={item} onTrace={onTrace} />;
  if (item?.kind === 'experiment') return <ExperimentPanel editor={editor} experiment={item} onTrace={onTrace} />;
  if (item?.kind === 'image') return <ImagePanel editor={editor} image={item} />;
  return null;
}
