/** A formula that cannot be read; `pos` is where in the text (after the leading "=") it goes wrong. */
export class FormulaSyntaxError extends Error {
  constructor(message: string, readonly pos: number) {
    super(message);
  }
}
