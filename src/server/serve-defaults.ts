/** Where the server listens unless told otherwise: loopback only, on roundtrip's own port. */

/** The default address: loopback, so nothing outside this machine reaches the map unless asked. */
export const DEFAULT_HOST = '127.0.0.1';

/** The default port. */
export const DEFAULT_PORT = 4317;
