import { EXPORT_USAGE, parseExportArgs } from './export-args';
import { runExport } from './run-export';

/**
 * `npm run export -- PROJECT --format md|html|csv|canvas|archive --out FILE [--not-anonymised]`:
 * the data exports for scripts and batch work. One line on stdout when written; errors on
 * stderr with a non-zero exit (2: bad command line, 1: the project or the output).
 */
async function main(): Promise<void> {
  const parsed = parseExportArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`Tablée: ${parsed.error}\n${EXPORT_USAGE}\n`);
    process.exit(2);
  }
  if (parsed.value.help) {
    process.stdout.write(`${EXPORT_USAGE}\n`);
    return;
  }
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  process.once('SIGTERM', () => controller.abort());
  const result = await runExport(parsed.value, {
    signal: controller.signal,
    onProgress: parsed.value.format === 'archive' ? (done, total, part) => process.stderr.write(`Tablée: ${done}/${total} ${part}\n`) : undefined,
  });
  if (!result.ok) {
    process.stderr.write(`Tablée: ${result.error}\n`);
    process.exit(1);
  }
  process.stdout.write(`${result.value.message}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`Tablée: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
