import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';

/** Largest integration request body: a full batch of 500 contacts is about 250 kB. */
export const maxApiBodyBytes = 1_048_576;

/** A larger body is refused with 413 before it is read, so it is never parsed nor stored. */
export function apiBodyLimit() {
  return bodyLimit({
    maxSize: maxApiBodyBytes,
    onError: () => {
      throw new HTTPException(413, { message: `The body must not exceed ${maxApiBodyBytes} bytes` });
    },
  });
}
