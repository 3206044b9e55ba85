/** Thrown for input the generator cannot use; `message` is one line a person can act on. */
export class GenerateError extends Error {
  constructor(message: string) {
    super(message.replace(/\s+/g, " ").trim());
    this.name = "GenerateError";
  }
}
