import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { shownName } from './shown-name';
import { authorsOf, changedByOf, createdBy, lastEditedBy, madeByOf } from '@shared/board/authorship';

/** Re-renders when anyone's authorship changes (the maps are small and change only when the last editor does). */
export function useAuthorshipTick(doc: Y.Doc): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const maps = [madeByOf(doc), changedByOf(doc), authorsOf(doc)];
    const on = (): void => setTick((n) => n + 1);
    for (const m of maps) m.observe(on);
    return () => {
      for (const m of maps) m.unobserve(on);
    };
  }, [doc]);
  return tick;
}

/** "Made by Awa · changed by Basile", discreetly, for one record. */
export function AuthorshipLine({ doc, id }: { doc: Y.Doc; id: string }) {
  const { t } = useTranslation();
  useAuthorshipTick(doc);
  const made = createdBy(doc, id);
  const changed = lastEditedBy(doc, id);
  const name = (a: { name: string } | undefined): string => (a?.name ? shownName(a.name, t) : t('people.unnamed'));
  let text: string;
  if (!made && !changed) text = t('people.notRecorded');
  else if (changed && made?.id !== changed.id) text = t('people.madeAndChanged', { made: made ? name(made) : '?', changed: name(changed) });
  else text = t('people.madeBy', { made: name(made) });
  return (
    <p className="authorship muted" data-testid="authorship">
      {text}
    </p>
  );
}
