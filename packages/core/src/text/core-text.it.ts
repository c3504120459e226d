import { it as case_ } from '../case/case-text.it.js';
import { it as guide } from '../guide/guide-text.it.js';
import { it as problem } from '../problem/problem-text.it.js';
import type { CoreText } from './core-text.js';
import { it as notice } from './notice-text.it.js';

/** Core's wording in Italian. */
export const it: CoreText = { guide, case: case_, notice, problem };
