/** The package version, written into every graph's `generator` attribute. */
export const VERSION = '0.3.0';
