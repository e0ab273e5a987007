import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { peopleOf, recordsMadeBy } from '@shared/board/authorship';
import { filterItems, parseQuery, searchInterviews } from '@shared/residency/search';
import type { Editor } from '../../canvas/editor';
import { useAuthorshipTick } from '../room/AuthorshipLine';
import { useResidency } from '../../session/residency-store';
import { useRevealedDots } from '../votes/use-vote';

/**
 * Ctrl/Cmd+F: matching cards are outlined, the others dimmed; Enter and Shift+Enter jump from
 * match to match (selecting it and bringing it into view). Escape closes and restores the board.
 */
/** `onShowInterviews`: a facilitator's way from the search to the interviews it matches. */
export function SearchBar({ editor, onClose, onShowInterviews }: { editor: Editor; onClose(): void; onShowInterviews: ((query: string) => void) | undefined }) {
  const { t } = useTranslation();
  const residency = useResidency();
  // Revealed votes' dots join what the search knows, for `votes:N` (shared/residency/search-filters.ts).
  const dots = useRevealedDots(editor.doc);
  const data = useMemo(() => ({ ...residency, dots }), [residency, dots]);
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(0);
  const ref = useRef<HTMLInputElement>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => editor.index.subscribe(() => setTick((n) => n + 1)), [editor]);

  // Author filter: the people who made cards on this board; "" is everyone.
  const [author, setAuthor] = useState('');
  const authorship = useAuthorshipTick(editor.doc);
  // `tick` and `authorship` are how the memos learn that the board or its authors changed.
  const authors = useMemo(
    () => peopleOf(editor.doc, [...editor.index.all()].map((i) => i.id)),
    [editor, tick, authorship],
  );
  const matches = useMemo(
    () => {
      const all = [...editor.index.all()];
      const only = author ? recordsMadeBy(editor.doc, author, all.map((i) => i.id)) : null;
      return filterItems(all, query, data, only, (r) => t(`residency.role.${r}`));
    },
    [editor, query, data, t, tick, author, authorship],
  );
  const active = query.trim() !== '' || author !== '';
  // Filters typed in the query (status:retenue…, shared/residency/search-filters.ts); one not known is said.
  const unknown = useMemo(() => parseQuery(query).unknown, [query]);
  const interviews = useMemo(() => searchInterviews(data.interviews.values(), query), [data.interviews, query]);
  const current = matches.length > 0 ? matches[Math.min(at, matches.length - 1)] : undefined;

  useEffect(() => {
    editor.highlight.set(active ? new Set(matches.map((m) => m.id)) : null, current?.id ?? null);
  }, [matches, current, active]);
  useEffect(() => () => editor.highlight.set(null, null), [editor]);
  useEffect(() => ref.current?.focus(), []);

  const jump = (step: number): void => {
    if (matches.length === 0) return;
    const next = (Math.min(at, matches.length - 1) + step + matches.length) % matches.length;
    setAt(next);
    editor.select([matches[next]!.id]);
    editor.zoomToSelection();
  };

  return (
    <div className="search-bar" role="search" data-testid="search-bar" aria-label={t('residency.search.label')}>
      <input
        ref={ref}
        type="search"
        data-testid="search-input"
        aria-label={t('residency.search.label')}
        placeholder={t('residency.search.placeholder')}
        title={t('decisions.searchHelp')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setAt(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            jump(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <select
        data-testid="search-author"
        aria-label={t('people.authorFilter')}
        title={t('people.authorFilter')}
        value={author}
        onChange={(e) => {
          setAuthor(e.target.value);
          setAt(0);
        }}
      >
        <option value="">{t('people.everyone')}</option>
        {authors.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name || t('people.unnamed')}
          </option>
        ))}
      </select>
      <span className="search-count" data-testid="search-count" aria-live="polite">
        {unknown.length > 0
          ? t('decisions.unknownFilter', { filter: unknown.join(' ') })
          : active
            ? matches.length
              ? `${Math.min(at, matches.length - 1) + 1} / ${t('residency.search.results', { count: matches.length })}`
              : t('residency.search.noResult')
            : ''}
      </span>
      <button type="button" data-testid="search-prev" title={t('residency.search.previous')} aria-label={t('residency.search.previous')} onClick={() => jump(-1)}>
        ↑
      </button>
      <button type="button" data-testid="search-next" title={t('residency.search.next')} aria-label={t('residency.search.next')} onClick={() => jump(1)}>
        ↓
      </button>
      {interviews.length > 0 && onShowInterviews && (
        <button type="button" className="link-button" data-testid="search-interviews" onClick={() => onShowInterviews(query)}>
          {t('residency.search.interviews', { count: interviews.length })}
        </button>
      )}
      <button type="button" data-testid="search-close" title={t('residency.search.close')} aria-label={t('residency.search.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
