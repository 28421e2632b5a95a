import { expect } from 'vitest';

/** Runs `call` and returns the AWS error it must throw, asserting its `name` (the `__type`). */
export async function expectAwsError(call: () => Promise<unknown>, name: string) {
  let caught: unknown;
  try {
    await call();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected ${name} but the call succeeded`).toBeInstanceOf(Error);
  const error = caught as Error & { $metadata?: { httpStatusCode?: number } };
  expect(error.name).toBe(name);
  return error;
}
