/**
 * Loads pdf.js (the legacy build, the one that runs on Node 20) once per thread, without
 * letting its polyfills slow down everything else on the thread.
 *
 * The legacy build bundles core-js, which on Node 20's V8 replaces Array.prototype.push and
 * JSON.parse/JSON.stringify for every caller on the thread with JavaScript versions, to fix
 * edge cases (pushing onto arrays with a read-only length; JSON.parse source access) that
 * neither pdf.js nor this project relies on. Profiling the corpus showed the replaced push
 * alone costing about a tenth of conversion time, and the JSON parser is many times slower
 * than V8's, which every layout cache read would pay. So we keep the native functions from
 * before pdf.js loads and put them back afterwards. Polyfills that add missing features
 * (Promise.withResolvers, Uint8Array.prototype.toHex, …) are left in place: pdf.js needs them.
 *
 * The worker half of pdf.js is loaded here too, up front: in Node pdf.js runs its worker on
 * the calling thread (a "fake worker") and would otherwise import it, with its own polyfills,
 * on the first getDocument.
 */
export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The worker module's path, in a variable so TypeScript does not look for its (absent) types. */
const WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

let loading: Promise<Pdfjs> | undefined;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined; // let a later call try again rather than fail forever
    throw error;
  });
  return loading;
}

async function load(): Promise<Pdfjs> {
  const restore = keepNativeBuiltins();
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const worker: unknown = await import(WORKER_MODULE);
    if (worker === null || typeof worker !== 'object') throw new Error('pdf.js worker module did not load');
    return pdfjs;
  } finally {
    restore();
  }
}

function isNative(fn: unknown): boolean {
  return typeof fn === 'function' && Function.prototype.toString.call(fn).includes('[native code]');
}

/** Remembers the native built-ins core-js replaces and returns a function that puts them back. */
function keepNativeBuiltins(): () => void {
  const saved: Array<{ target: object; key: string; value: unknown }> = [];
  const keep = (target: object, key: string): void => {
    const value: unknown = Reflect.get(target, key);
    if (isNative(value)) saved.push({ target, key, value });
  };
  keep(Array.prototype, 'push');
  keep(JSON, 'parse');
  keep(JSON, 'stringify');
  return () => {
    for (const { target, key, value } of saved) {
      if (Reflect.get(target, key) === value) continue;
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: descriptor?.enumerable ?? false });
    }
  };
}
