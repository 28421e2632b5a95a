/**
 * A state file the emulator will not start from. The message is one line, names the file and
 * never quotes its content (it holds signing keys and secrets).
 */
export class StateError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(
      `Refusing to start: ${file} is not a valid Cognito emulator state (${reason}). ` +
        'It was left as it is: restore it, or move it away to start afresh.',
    );
    this.name = 'StateError';
  }
}
