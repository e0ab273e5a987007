import type { BackupInfo, RecentProject, Session } from '@shared/host-api/contract';

/** What the project panel and the error screen can ask for. Each switch flushes the open board first. */
export interface ProjectActions {
  open(path: string): Promise<Session>;
  create(path: string, title: string): Promise<Session>;
  saveAs(path: string): Promise<Session>;
  restore(backupPath: string): Promise<Session>;
  listRecent(): Promise<RecentProject[]>;
  listBackups(): Promise<BackupInfo[]>;
}
