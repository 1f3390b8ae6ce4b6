import { AppError } from "../domain/errors";

// Refusals that belong to HTTP itself, not to the domain: the data layer never
// throws these, only the request guards and body reader in lib/api do.

export class PayloadTooLargeError extends AppError {
  constructor(readonly maxBytes: number) {
    super(`The request body is larger than ${maxBytes.toLocaleString("en-US")} bytes`, 413);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message = "Send the request body as JSON (Content-Type: application/json)") {
    super(message, 415);
  }
}
