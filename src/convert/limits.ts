import type { ConvertLimits } from './types.js';

/**
 * Default conversion limits. Sized for council EIAs, which run to tens of pages: a 500-page
 * bundle still converts, and a zip bomb is stopped long before it can exhaust memory.
 */
export const DEFAULT_CONVERT_LIMITS: ConvertLimits = {
  maxPages: 1000,
  maxInflatedBytes: 200 * 1024 * 1024,
};
