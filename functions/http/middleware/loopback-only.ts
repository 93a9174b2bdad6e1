import type { Context, MiddlewareHandler } from 'hono';
import { NotFoundError } from '../../services/errors.js';

/** 127.0.0.0/8 and ::1, also written as IPv4-mapped IPv6 (`::ffff:127.0.0.1`). */
export function isLoopbackAddress(address: string): boolean {
  const v4 = address.replace(/^::ffff:/i, '');
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4) || address === '::1';
}

/**
 * Lets through only requests whose connection comes from this machine; any other peer (or an
 * unknown one) gets the same 404 as a path that does not exist. `peerAddress` reads the remote
 * address of the connection (getConnInfo on Node), never a header a client could set.
 */
export function loopbackOnly(
  peerAddress: ((c: Context) => string | undefined) | undefined,
): MiddlewareHandler {
  return async (c, next) => {
    const address = peerAddress?.(c);
    if (address === undefined || !isLoopbackAddress(address)) {
      throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
    }
    return next();
  };
}
