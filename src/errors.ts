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
