import type { IpcHostApi } from '@shared/host-api/ipc-channels';
import type { TableeAutomation } from './automation/tablee-hook';

declare global {
  interface Window {
    /** Exposed by the desktop preload: one function per method of the table (answering CallOutcomes), plus onEvent. */
    tableeHost?: IpcHostApi;
    /** Automation hook for end-to-end tests. */
    tablee?: TableeAutomation;
  }
}

export {};
