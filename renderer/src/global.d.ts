import type { HostApi } from '@shared/host-api/contract';
import type { TableeAutomation } from './automation/tablee-hook';

declare global {
  interface Window {
    /** Exposed by the desktop preload: one function per HostApi method, plus onEvent. */
    tableeHost?: HostApi;
    /** Automation hook for end-to-end tests. */
    tablee?: TableeAutomation;
  }
}

export {};
