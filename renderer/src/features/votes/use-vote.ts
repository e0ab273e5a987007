import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { DAY_MAP } from '@shared/day/day-timer';
import { readDayVote, type DayVote } from '@shared/day/day-vote';
import { VOTE_RESULTS, type VoteResult } from '@shared/records/votes';
import { readRecord, readRecords, recordsOf } from '@shared/records/y-record';
import { dotsByCard } from '@shared/residency/search';
import type { VoteNews } from '../room/hub-link';
import type { RoomConnection } from '../room/join-room';

/** The vote the `day` map holds (facilitators write it; everyone reads it). */
export function useDayVote(doc: Y.Doc): DayVote | null {
  const [vote, setVote] = useState(() => readDayVote(doc));
  useEffect(() => {
    const map = doc.getMap<unknown>(DAY_MAP);
    const update = (): void => setVote(readDayVote(doc));
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [doc]);
  return vote;
}

/** The frozen result of vote `id`, once the HOST wrote it at the reveal. */
export function useVoteResult(doc: Y.Doc, id: string | null): VoteResult | null {
  const read = (): VoteResult | null => (id ? (readRecord(VOTE_RESULTS, recordsOf(VOTE_RESULTS, doc).get(id)) ?? null) : null);
  const [result, setResult] = useState(read);
  useEffect(() => {
    const map = recordsOf(VOTE_RESULTS, doc);
    const update = (): void => setResult(read());
    update();
    map.observeDeep(update);
    return () => map.unobserveDeep(update);
    // `read` follows `doc` and `id`.
  }, [doc, id]);
  return result;
}

/** What the HOST told this page of the vote: my own dots, a refused cast, and for facilitators how many voted. */
export function useVoteNews(connection: RoomConnection | null): VoteNews | null {
  const [news, setNews] = useState(() => connection?.voteNews() ?? null);
  useEffect(() => {
    if (!connection) return setNews(null);
    setNews(connection.voteNews());
    return connection.subscribe(() => setNews(connection.voteNews()));
  }, [connection]);
  return news;
}

/** Card id → the most dots it got in a revealed vote, for the search bar's `votes:` filter; follows new reveals. */
export function useRevealedDots(doc: Y.Doc): ReadonlyMap<string, number> {
  const [dots, setDots] = useState(() => dotsByCard(readRecords(VOTE_RESULTS, doc)));
  useEffect(() => {
    const map = recordsOf(VOTE_RESULTS, doc);
    const update = (): void => setDots(dotsByCard(readRecords(VOTE_RESULTS, doc)));
    update();
    map.observeDeep(update);
    return () => map.unobserveDeep(update);
  }, [doc]);
  return dots;
}
