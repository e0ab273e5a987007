import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProjectText } from '@shared/project-file/load';
import { backupFolder } from '../../electron/host/backups';
import type { HostCore } from '../../electron/host/host-core-types';
import type { MutatedCase } from './mutate-project';

/** What one mutated file did, and which invariants it broke (none, when all is well). */
export interface CaseOutcome {
  seed: number;
  source: string;
  mutations: string[];
  bytes: number;
  /** 'opened', or 'refused:<code>'. */
  result: string;
  violations: string[];
  ms: number;
}

const prototypeNames = (): string => [Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join()).join('|');
const PRISTINE = prototypeNames();

/**
 * Loads a mutated file with the real loader, then opens it with the real HOST core. Invariants:
 * nothing throws; no prototype is polluted; a refused file is left byte for byte as it was; an
 * opened one saves and its saved file loads again.
 */
export async function runProjectCase(host: HostCore, dataDir: string, workDir: string, c: MutatedCase): Promise<CaseOutcome> {
  const started = performance.now();
  const violations: string[] = [];
  let text: string | null = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(c.bytes);
  } catch {
    // Not UTF-8: the HOST refuses it before the loader; only the HOST part runs.
  }
  if (text !== null) {
    try {
      loadProjectText(text);
    } catch (e) {
      violations.push(`loader threw: ${(e as Error).message.slice(0, 200)}`);
    }
  }

  const path = join(workDir, `case-${c.seed}.tablee`);
  writeFileSync(path, c.bytes);
  let result = 'none';
  try {
    const session = await host.api.openProject(path);
    if (session.failure) {
      result = `refused:${session.failure.error.code}`;
      if (!Buffer.from(readFileSync(path)).equals(Buffer.from(c.bytes))) violations.push('a refused file was changed on disk');
    } else if (session.project) {
      result = 'opened';
      const status = await host.api.flush();
      if (status.state !== 'saved') violations.push(`save failed: ${status.error?.detail ?? status.state}`);
      const again = loadProjectText(readFileSync(path, 'utf8'));
      if (!again.ok) violations.push(`the saved file does not open: ${again.error.code} ${again.error.detail.slice(0, 200)}`);
    } else violations.push('neither a project nor a failure');
  } catch (e) {
    violations.push(`the HOST threw: ${(e as Error).message.slice(0, 200)}`);
  }

  if (prototypeNames() !== PRISTINE || ({} as Record<string, unknown>).polluted !== undefined) violations.push('prototype polluted');
  rmSync(path, { force: true });
  rmSync(backupFolder(dataDir, path), { recursive: true, force: true });
  return { seed: c.seed, source: c.source, mutations: c.mutations, bytes: c.bytes.length, result, violations, ms: performance.now() - started };
}
