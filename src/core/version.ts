/** mlci's own version, written into every report. Kept equal to package.json by a unit test. */
export const MLCI_VERSION = '0.1.0';
