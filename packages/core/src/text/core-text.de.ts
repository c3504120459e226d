import { de as case_ } from '../case/case-text.de.js';
import { de as guide } from '../guide/guide-text.de.js';
import { de as problem } from '../problem/problem-text.de.js';
import type { CoreText } from './core-text.js';
import { de as notice } from './notice-text.de.js';

/** Core's wording in German. */
export const de: CoreText = { guide, case: case_, notice, problem };
