/**
 * Typed errors that the one top-level handler turns into a sentence on stderr and an
 * exit code (the spec's table). Their message is already in the user's language.
 */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** Where in a file something is wrong, and what: the top-level handler lists these before the error's sentence. */
export interface LocatedProblem {
  file: string;
  position?: { line: number; column: number };
  message: string;
}

/** A file that cannot be used (a guide, a profile), with each of its problems located. */
export class ProblemsError extends UsageError {
  constructor(
    readonly problems: LocatedProblem[],
    message: string,
  ) {
    super(message);
  }
}

/** The user pressed Ctrl-C or closed the prompt. */
export class InterruptedError extends Error {
  readonly exitCode = 130;
}

/** A run that finished and has something to report through its exit code only. */
export class ExitCode extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

type CliError = UsageError | InterruptedError | ExitCode;

export function isCliError(e: unknown): e is CliError {
  return e instanceof UsageError || e instanceof InterruptedError || e instanceof ExitCode;
}
