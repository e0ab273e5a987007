import { useEffect, useState } from 'react';
import { DAY_MAP } from '@shared/day/day-timer';
import { readTables, type Table } from '@shared/day/day-tables';
import type { Editor } from '../../canvas/editor';

/** The tables, as the `day` map changes (the map is small: re-read whole). */
export function useTables(editor: Editor): Table[] {
  const [tables, setTables] = useState(() => readTables(editor.doc));
  useEffect(() => {
    const map = editor.doc.getMap<unknown>(DAY_MAP);
    const update = (): void => setTables(readTables(editor.doc));
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [editor]);
  return tables;
}
