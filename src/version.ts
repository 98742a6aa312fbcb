/** sendbox's version, in a module of its own so `sendbox --version` and `--help` load nothing else. */
export const SANDBOX_VERSION = '0.1.0';
