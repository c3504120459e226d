import { en as case_ } from '../case/case-text.en.js';
import { en as guide } from '../guide/guide-text.en.js';
import { en as problem } from '../problem/problem-text.en.js';
import type { CoreText } from './core-text.js';
import { en as notice } from './notice-text.en.js';

/** Core's wording in English. */
export const en: CoreText = { guide, case: case_, notice, problem };
