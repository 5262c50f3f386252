interface ImportMetaEnv {
  /**
   * True only in `npm run bench`'s build (wxt.config.ts): the worker's timing marks for the
   * bench are left out of every other build.
   */
  readonly STILL_US_BENCH?: boolean;
}
