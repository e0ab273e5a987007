import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProvideShell } from '../../actions/use-actions';
import type { Editor } from '../../canvas/editor';
import { announce } from './announcer';
import { readingOrder } from '@shared/board/reading-order';
import { CardPicker, type PickChoice } from './CardPicker';
import { linkToProposal, moveIntoTheme } from './keyboard-commands';

type Open = null | 'theme' | 'proposal';

/**
 * The non-drag ways (WCAG 2.5.7) of what the board otherwise does by dragging: "move to theme…"
 * and "link to proposal…", each a searchable list of the board's themes or proposals, read when
 * it opens (a walk of the board on a key press, never per frame).
 */
export function KeyboardDialogs({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  useProvideShell(useMemo(() => ({ moveToTheme: () => setOpen('theme'), linkToProposal: () => setOpen('proposal') }), []));
  if (open === null) return null;

  const kind = open === 'theme' ? 'frame' : 'proposal';
  const choices: PickChoice[] = readingOrder([...editor.index.all()].filter((i) => i.kind === kind)).map((i) => ({
    id: i.id,
    label: ('title' in i && i.title.trim()) || t('reader.untitled'),
  }));
  const labelOf = (id: string): string => choices.find((c) => c.id === id)?.label ?? '';
  const close = (): void => setOpen(null);
  const pick = (id: string): void => {
    if (open === 'theme' && moveIntoTheme(editor, id) > 0) announce(t('reader.moved', { theme: labelOf(id) }));
    if (open === 'proposal' && linkToProposal(editor, id) > 0) announce(t('reader.linked', { proposal: labelOf(id) }));
    close();
  };
  return (
    <CardPicker
      title={t(open === 'theme' ? 'cardPick.themeTitle' : 'cardPick.proposalTitle')}
      choices={choices}
      onPick={pick}
      onClose={close}
      testId={open === 'theme' ? 'move-to-theme' : 'link-to-proposal'}
    />
  );
}
