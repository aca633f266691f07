/** The exit codes citegraph ends with (README, "Errors and exit codes"). */
export const EXIT = {
  ok: 0,
  /** Bad input (a missing path, a binary file, an unreadable graph) or no match. */
  input: 1,
  /** A command line that does not parse: unknown option, missing argument. */
  usage: 2,
  /** Reading or writing failed for a reason outside the input (disk full, permissions of the output). */
  io: 3,
  /** A bug in citegraph (sysexits' EX_SOFTWARE). */
  internal: 70,
} as const;

/** A failure caused by the user's input or options: one line for stderr and an exit code. */
export class CitegraphError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.input,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'CitegraphError';
  }
}

/** A bug met while working on one input: the message names that input, the cause keeps the stack for `--debug`. */
export class InternalError extends CitegraphError {
  constructor(what: string, cause: unknown) {
    super(`${what}: internal error (${describeError(cause)}); please report it with this document`, EXIT.internal, { cause });
    this.name = 'InternalError';
  }
}

/** A failure as it crosses between threads: plain data, since a structured clone keeps no class. */
export interface PortableError {
  message: string;
  exitCode: number;
  stack?: string;
}

/** An input's failure as plain data: a CitegraphError as it is, anything else an InternalError naming the input, with its stack. */
export function toPortableError(path: string, error: unknown): PortableError {
  const known = error instanceof CitegraphError ? error : new InternalError(path, error);
  const stack = known.cause instanceof Error ? known.cause.stack : undefined;
  return { message: known.message, exitCode: known.exitCode, ...(stack ? { stack } : {}) };
}

/** The CitegraphError a `PortableError` stands for, the stack it carried kept as its cause's (for `--debug`). */
export function fromPortableError({ message, exitCode, stack }: PortableError): CitegraphError {
  return new CitegraphError(message, exitCode, stack === undefined ? undefined : { cause: Object.assign(new Error(), { stack }) });
}

/** An error's one-line description: its message's first line, without the class name Node puts on stacks. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return text.split('\n', 1)[0]!;
}

/** Longest text quoted in a message before it is cut: a 50 KB name would bury the line. */
const QUOTE_LIMIT = 200;

/** `text` for a message line: JSON-quoted (so control characters are escaped), cut after 200 characters. */
export function quote(text: string): string {
  const characters = [...text];
  return characters.length > QUOTE_LIMIT ? `${JSON.stringify(characters.slice(0, QUOTE_LIMIT).join(''))}… (${characters.length} characters)` : JSON.stringify(text);
}

/** Words for a failed file system call (`error.code`), as users read them. */
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a parent is not a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return code ?? describeError(error);
  }
}

/** The one line for a path that cannot be opened: `x.md: no such file or directory`, else the system's reason. */
export function pathError(path: string, error: unknown): CitegraphError {
  return new CitegraphError(`${path}: ${ioReason(error)}`, EXIT.input, { cause: error });
}
