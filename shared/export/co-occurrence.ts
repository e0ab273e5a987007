import { toCsv, type CsvOptions } from './csv';
import type { ExportModel } from './export-model';
import { fill, messagesFor } from './messages';

/**
 * Which codes go together: the project's codes (themes, then tags) crossed with themselves
 * (how many quotes carry both; the diagonal is how many carry the code), with the profiles and
 * with the places of the people quoted. Read from the anonymised model, like every export.
 */
export interface CoOccurrence {
  codes: { key: string; name: string; kind: 'theme' | 'tag' }[];
  /** counts[i][j]: quotes carrying codes i and j. */
  counts: number[][];
  profiles: string[];
  /** byProfile[i][k]: quotes carrying code i said by someone of profile k. */
  byProfile: number[][];
  places: string[];
  byPlace: number[][];
}

export function coOccurrence(model: ExportModel): CoOccurrence {
  const themes = model.themes.filter((t) => !t.area);
  const codes = [...themes.map((t) => ({ key: `theme:${t.id}`, name: t.title, kind: 'theme' as const })), ...model.tags.map((t) => ({ key: `tag:${t.label}`, name: t.label, kind: 'tag' as const }))];
  const index = new Map(codes.map((c, i) => [c.key, i]));
  const profiles = [...new Set(model.quotes.flatMap((q) => (q.attribution ? [q.attribution.profile] : [])))].sort();
  const places = [...new Set(model.quotes.flatMap((q) => (q.attribution?.place.trim() ? [q.attribution.place.trim()] : [])))].sort();
  const zeros = (n: number): number[][] => codes.map(() => new Array<number>(n).fill(0));
  const counts = zeros(codes.length);
  const byProfile = zeros(profiles.length);
  const byPlace = zeros(places.length);
  for (const q of model.quotes) {
    const held = [...new Set([...q.themeIds.map((t) => index.get(`theme:${t}`)), ...q.tags.map((t) => index.get(`tag:${t}`))])].filter((i): i is number => i !== undefined);
    const profile = q.attribution ? profiles.indexOf(q.attribution.profile) : -1;
    const place = q.attribution ? places.indexOf(q.attribution.place.trim()) : -1;
    for (const a of held) {
      for (const b of held) (counts[a] as number[])[b] = ((counts[a] as number[])[b] as number) + 1;
      if (profile >= 0) (byProfile[a] as number[])[profile] = ((byProfile[a] as number[])[profile] as number) + 1;
      if (place >= 0) (byPlace[a] as number[])[place] = ((byPlace[a] as number[])[place] as number) + 1;
    }
  }
  return { codes, counts, profiles, byProfile, places, byPlace };
}

/** One row per code: its kind, then its count with every code, every profile and every place. */
export function coOccurrenceCsv(model: ExportModel, options: CsvOptions = {}): string {
  const h = messagesFor(model.lang).export.csv.cooccurrence;
  const m = coOccurrence(model);
  const header = [h.code, h.kind, ...m.codes.map((c) => c.name), ...m.profiles.map((profile) => fill(h.profile, { profile })), ...m.places.map((place) => fill(h.place, { place }))];
  const rows = m.codes.map((c, i) => [c.name, c.kind === 'theme' ? h.theme : h.tag, ...[...(m.counts[i] ?? []), ...(m.byProfile[i] ?? []), ...(m.byPlace[i] ?? [])].map(String)]);
  return toCsv(header, rows, options);
}
