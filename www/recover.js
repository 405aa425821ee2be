// Panic recovery for callers of the datelines wasm module (the app, the widget, a Worker).
//
// The module recovers by itself from a Rust panic: its panic hook (src/web/recovery.rs) throws
// an Error carrying the panic message and has the glue swap in a fresh instance of the same
// compiled module before the next call. What the hook never sees — a trap such as a stack
// overflow or running out of memory — reaches JS as a WebAssembly.RuntimeError; `recoverable`
// turns that into an Error as well and asks the module for a fresh instance, so the next call
// works in every case. Wrap the module with `recoverable` rather than calling it directly: the
// glue of wasm-bindgen 0.2.130 copies string and object arguments into the instance before it
// swaps instances, so the first call after a failure must not pass them (see resetNow below).
//
//   import * as datelines from './pkg/datelines.js';
//   import { recoverable } from './recover.js';
//   await datelines.default();
//   const dl = recoverable(datelines);
//   try { dl.analyze(articles) } catch (e) { show(e.message) }   // the next dl.analyze works

/** Names of the module's exports that run Rust code and so can fail inside the module. */
const CALLS = [
  'analyze', 'sample', 'splitPasted', 'tag', 'exportAnalysis', 'importAnalysis', 'htmlToText', 'readFile', 'debugPanic',
];

/**
 * An object with the module's functions, each wrapped so that a failure inside the module is
 * thrown as an `Error` with a message and leaves the module ready for the next call.
 * @param {object} module the namespace of `pkg/datelines.js` (after its init has run)
 * @returns {object} the same functions, wrapped
 */
export function recoverable(module) {
  const wrapped = {};
  for (const name of CALLS) {
    if (typeof module[name] !== 'function') continue;
    wrapped[name] = (...args) => {
      try {
        return module[name](...args);
      } catch (error) {
        const thrown = asError(module, error);
        resetNow(module);
        throw thrown;
      }
    };
  }
  return wrapped;
}

/**
 * Swap in the fresh instance now, through an export without arguments: wasm-bindgen's glue copies
 * string and object arguments into the instance before it checks for a pending reset, so the
 * call after a failure must not be the one that passes them.
 * @param {object} module the namespace of `pkg/datelines.js`
 */
function resetNow(module) {
  try {
    module.resetIfNeeded?.();
  } catch {
    // Nothing to do: the next call reports the problem.
  }
}

/**
 * The Error to show for something a datelines call threw; after a trap, the module is reset.
 * @param {object} module the namespace of `pkg/datelines.js`
 * @param {unknown} error what the call threw
 * @returns {Error}
 */
export function asError(module, error) {
  if (error instanceof WebAssembly.RuntimeError) {
    try {
      module.scheduleReset?.();
    } catch {
      // The reset request itself failed: the next call reports the problem.
    }
    return new Error(`datelines internal error: ${error.message} (the module has been reset)`, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}
