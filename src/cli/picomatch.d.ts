/** The part of picomatch (4.x, CommonJS, no bundled types) that `--include` / `--exclude` use. */
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    nocase?: boolean;
  }
  function picomatch(patterns: string | readonly string[], options?: PicomatchOptions): (path: string) => boolean;
  export default picomatch;
}
