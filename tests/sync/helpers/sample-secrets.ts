import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProjectText } from '@shared/project-file/load';
import { readInterviews, readQuotes } from '@shared/residency/doc';

/**
 * What a participant of a room on the sample residency must never receive: the research material
 * that stays with the facilitators. Read from the sample file itself, so the list follows it.
 */
export interface SampleSecret {
  /** What kind of secret, for a readable failure: 'transcript', 'notes', 'interview id', 'pseudonym', 'unpublished quote'. */
  what: string;
  interviewId: string;
  text: string;
}

/** The sample residency (interviews, transcripts, consents), as a project a room may be opened on. */
export const SAMPLE_PROJECT = join(import.meta.dirname, '..', '..', '..', 'resources', 'sample', 'residence-exemple.tablee');

/** Passages worth searching for: long enough to be this transcript's alone, short enough to stay in one piece. */
const PASSAGE = { min: 60, max: 160 };

const sentences = (text: string): string[] =>
  text
    .split('\n')
    // The interviewer's questions are short and generic; what people said is the secret.
    .filter((line) => !line.trimEnd().endsWith('?'))
    .flatMap((line) => line.replace(/^— /, '').split(/(?<=[.!…])\s+/))
    .map((s) => s.trim());

export function sampleSecrets(file = SAMPLE_PROJECT): SampleSecret[] {
  const loaded = loadProjectText(readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(`the sample does not load: ${loaded.error.detail}`);
  const quotes = readQuotes(loaded.value.doc);
  const out: SampleSecret[] = [];
  for (const interview of readInterviews(loaded.value.doc)) {
    const own = quotes.filter((q) => q.interviewId === interview.id);
    const said = own.map((q) => q.text);
    // Unquoted passages: sentences of the transcript that are no part of any of its quotes.
    const passages = sentences(interview.transcript).filter(
      (s) => s.length >= PASSAGE.min && s.length <= PASSAGE.max && !said.some((q) => q.includes(s) || s.includes(q)),
    );
    if (passages.length < 3) throw new Error(`${interview.id}: too few unquoted passages in its transcript`);
    const picked = [passages[0]!, passages[Math.floor(passages.length / 2)]!, passages[passages.length - 1]!];
    for (const text of picked) out.push({ what: 'transcript', interviewId: interview.id, text });
    const note = interview.notes.split('\n').find((l) => l.length >= 40);
    if (!note) throw new Error(`${interview.id}: its notes have no line to look for`);
    out.push({ what: 'notes', interviewId: interview.id, text: note.slice(0, PASSAGE.max) });
    out.push({ what: 'interview id', interviewId: interview.id, text: interview.id });
    if (interview.consent !== 'quote') out.push({ what: 'pseudonym', interviewId: interview.id, text: interview.pseudonym });
    if (interview.consent === 'none') for (const q of own) out.push({ what: 'unpublished quote', interviewId: interview.id, text: q.text });
  }
  return out;
}

/** The secrets found in `text`, for an assertion that lists what leaked. */
export const leakedIn = (text: string, secrets: readonly SampleSecret[]): string[] =>
  secrets.filter((s) => text.includes(s.text)).map((s) => `${s.what} of ${s.interviewId}: ${s.text}`);
