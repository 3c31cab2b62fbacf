/**
 * Worker-thread entry for the embedded pool (piscina). pdf.js runs on the calling thread in
 * Node, so every conversion happens here, off the coordinator's event loop.
 */
import { processFile } from './processFile.js';

export default processFile;
