import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateQuoteText } from '@shared/residency/commands';
import { MAX_QUOTE_LENGTH, type QuoteRecord } from '@shared/residency/records';
import type { Editor } from '../../canvas/editor';
import { pushToast } from '../../app/toast-store';

/**
 * A quote's words, with "Fix the wording" for a typo: the quote record changes (one undo step),
 * so every card showing it and every proposal grounded in it follow; consent is untouched.
 */
export function QuoteWording({ editor, quote }: { editor: Editor; quote: QuoteRecord }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <>
        <blockquote>{quote.text}</blockquote>
        <button type="button" className="link-button" data-testid="edit-quote" onClick={() => setDraft(quote.text)}>
          {t('residency.quoteEdit.edit')}
        </button>
      </>
    );
  }
  const save = (): void => {
    if (draft.trim() === quote.text) return setDraft(null);
    const result = editor.command(() => updateQuoteText(editor.doc, quote.id, draft));
    if (!result.ok) {
      pushToast('error', result.error === 'too-long' ? t('residency.quoteEdit.tooLong', { max: MAX_QUOTE_LENGTH }) : t('residency.quoteEdit.empty'));
      return;
    }
    pushToast('info', t('residency.quoteEdit.saved'));
    setDraft(null);
  };
  return (
    <div className="quote-edit">
      <textarea
        data-testid="quote-text"
        aria-label={t('residency.quoteEdit.edit')}
        rows={4}
        autoFocus
        value={draft}
        maxLength={MAX_QUOTE_LENGTH}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            setDraft(null);
          }
        }}
      />
      <div className="side-row">
        <button type="button" data-testid="save-quote" onClick={save}>
          {t('residency.quoteEdit.save')}
        </button>
        <button type="button" data-testid="cancel-quote" onClick={() => setDraft(null)}>
          {t('residency.quoteEdit.cancel')}
        </button>
      </div>
    </div>
  );
}
