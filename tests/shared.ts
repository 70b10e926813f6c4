/** Locates ../shared (the corpus and reference pages beside the checkout). Tests skip, saying so, without it. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_DIR = resolve(import.meta.dirname, '../../shared');
export const HAS_SHARED = existsSync(resolve(SHARED_DIR, 'corpus'));
export const SKIP_REASON = `../shared not found at ${SHARED_DIR}: corpus tests skipped`;
if (!HAS_SHARED) console.warn(SKIP_REASON);
