import type { FlowClient } from './sign-in-flow';

/** What every part of the page needs to make a test user's calls. */
export interface TestRun {
  client: FlowClient;
  poolId: string;
  poolName: string;
  /** The client's PreventUserExistenceErrors is ENABLED. */
  hidesUserExistence: boolean;
  /** A user of the pool changed: the console's user pages must show it. */
  usersChanged: () => Promise<unknown>;
}

/** Epoch seconds a little before now: messages sent by the next request are newer. */
export const codesSince = () => Math.floor(Date.now() / 1000) - 5;
