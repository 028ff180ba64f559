/** The library's version, sent with each proof-of-consent entry (a test keeps it equal to package.json's). */
export const VERSION = '0.1.0';
