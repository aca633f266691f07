/** A failure caused by the user's input or options: one line for stderr and an exit code. */
export class CitegraphError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'CitegraphError';
  }
}

/** The one line for a path that cannot be opened: `x.md: no such file or directory`, else the system's code. */
export function pathError(path: string, error: unknown): CitegraphError {
  const code = (error as NodeJS.ErrnoException).code;
  return new CitegraphError(`${path}: ${code === 'ENOENT' ? 'no such file or directory' : `cannot read (${String(code)})`}`, 1, { cause: error });
}
