import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Low } from 'lowdb';
import type { RecentProject } from '@shared/host-api/contract';
import { DurableJsonFile } from './durable-json-file';

const MAX_RECENT = 12;

interface RecentData {
  recent: RecentProject[];
}

/** The recent-projects list, `<dataDir>/recent.json`. A corrupt list is started afresh, never fatal. */
export class RecentProjects {
  private readonly db: Low<RecentData>;

  constructor(private readonly dataDir: string) {
    this.db = new Low<RecentData>(new DurableJsonFile(join(dataDir, 'recent.json'), 1), { recent: [] });
  }

  async list(): Promise<RecentProject[]> {
    try {
      await this.db.read();
    } catch {
      this.db.data = { recent: [] };
    }
    const recent = Array.isArray(this.db.data?.recent) ? this.db.data.recent : [];
    return recent.filter((r) => typeof r?.path === 'string' && typeof r.title === 'string' && typeof r.openedAt === 'string');
  }

  /** Puts `path` first. False when the data folder cannot be written: the list is a convenience, never a reason to fail an open. */
  async add(path: string, title: string, now = new Date()): Promise<boolean> {
    const abs = resolve(path);
    const others = (await this.list()).filter((r) => r.path !== abs);
    this.db.data = { recent: [{ path: abs, title, openedAt: now.toISOString() }, ...others].slice(0, MAX_RECENT) };
    try {
      await mkdir(this.dataDir, { recursive: true });
      await this.db.write();
      return true;
    } catch {
      return false;
    }
  }
}
