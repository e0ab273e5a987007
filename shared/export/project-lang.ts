import type * as Y from 'yjs';
import { readItems } from '../board/doc';
import { readProjectLang, type ProjectLang } from '../records/meta';
import { readQuotes } from '../residency/doc';

/**
 * The language a project's exports speak unless the person exporting picks another for one
 * export: the one stored in the project (set when it was created, or chosen in the export
 * dialog), else the language its own words are written in. French when they say nothing either
 * way: Tablée's residencies are French first.
 */
export function projectLang(doc: Y.Doc): ProjectLang {
  return readProjectLang(doc) ?? guessLang(wordsOf(doc)) ?? 'fr';
}

/** Enough text to tell French from English; reading more changes nothing but the time taken. */
const SAMPLE_TEXTS = 300;

function wordsOf(doc: Y.Doc): string[] {
  const texts: string[] = [];
  for (const item of readItems(doc)) {
    if (texts.length >= SAMPLE_TEXTS) break;
    if (item.kind === 'frame' || item.kind === 'proposal' || item.kind === 'experiment') texts.push(item.title);
    if (item.kind === 'note' || item.kind === 'text') texts.push(item.text);
    if (item.kind === 'proposal') texts.push(item.body);
  }
  for (const quote of readQuotes(doc).slice(0, SAMPLE_TEXTS)) texts.push(quote.text);
  return texts;
}

// Short words every sentence of the language uses and the other language hardly ever does.
const FRENCH = new Set('le la les un une des du au aux et est sont pour dans que qui pas sur avec ce cette nous vous ils elles mais ou très leur'.split(' '));
const ENGLISH = new Set('the an and is are for in that who not with this we you they but or very their of to it'.split(' '));

/** French or English by their most common words (and French's accents); null when the text gives no lead. */
export function guessLang(texts: readonly string[]): ProjectLang | null {
  let fr = 0;
  let en = 0;
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^\p{L}’']+/u)) {
      if (FRENCH.has(word) || /[éèêàçùœ]/.test(word)) fr += 1;
      else if (ENGLISH.has(word)) en += 1;
    }
  }
  return fr === en ? null : fr > en ? 'fr' : 'en';
}
