/** Path of the system Chromium: $CHROMIUM_PATH, else /usr/bin/chromium. */
export function chromiumPath(): string;
/** Makes sure a system browser is installed (apt-get as root on Debian), else throws with the command to run. */
export function ensureBrowser(name: 'chromium' | 'firefox'): string;
/** Flags for a headless Chromium that loads the given unpacked extensions. */
export function chromiumExtensionArgs(extensionDirs: string[]): string[];
