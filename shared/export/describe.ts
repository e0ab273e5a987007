import type { ExportModel, ExportOptions } from './export-model';
import { messagesFor, plural } from './messages';

/** What an export will hold, for the export dialog ("what will be included") and the command line. */
export interface ExportSummary {
  anonymised: boolean;
  /** Cards of every kind except frames. */
  cards: number;
  frames: number;
  quotes: number;
  /** Quotes absent because the person did not agree to be quoted (or consent is unknown). */
  quotesLeftOut: number;
  /** Quote cards on the board that are absent for the same reason. */
  cardsLeftOut: number;
  interviews: number;
  proposals: number;
  experiments: number;
  /** Whether any pseudonym appears. */
  namesIncluded: boolean;
  notesIncluded: boolean;
  /** The same, as sentences in the export's language. */
  lines: string[];
}

export function describeExport(model: ExportModel, options: Pick<ExportOptions, 'lang'> = model): ExportSummary {
  const m = messagesFor(options.lang).export;
  const s = m.summary as unknown as Record<string, string>;
  const cards = model.items.filter((i) => i.kind !== 'frame').length;
  const frames = model.items.length - cards;
  const namesIncluded = model.quotes.some((q) => q.attribution?.pseudonym) || model.interviews.some((i) => i.pseudonym !== null);
  const notesIncluded = model.interviews.some((i) => i.notes !== null && i.notes.trim() !== '');
  const count = (key: string, n: number): string => plural(s, key, n, options.lang);
  const lines = [
    model.anonymised ? m.summary.anonymised : m.summary.notAnonymised,
    [count('cards', cards), count('themes', frames), count('proposals', model.proposals.length), count('experiments', model.experiments.length)].join(' · '),
    [count('quotes', model.quotes.length), count('interviews', model.interviews.length)].join(' · '),
  ];
  if (model.leftOut.quotes > 0) lines.push(count('leftOut', model.leftOut.quotes));
  return {
    anonymised: model.anonymised,
    cards,
    frames,
    quotes: model.quotes.length,
    quotesLeftOut: model.leftOut.quotes,
    cardsLeftOut: model.leftOut.cards,
    interviews: model.interviews.length,
    proposals: model.proposals.length,
    experiments: model.experiments.length,
    namesIncluded,
    notesIncluded,
    lines,
  };
}
