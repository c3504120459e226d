import { pl as case_ } from '../case/case-text.pl.js';
import { pl as guide } from '../guide/guide-text.pl.js';
import { pl as problem } from '../problem/problem-text.pl.js';
import type { CoreText } from './core-text.js';
import { pl as notice } from './notice-text.pl.js';

/** Core's wording in Polish. */
export const pl: CoreText = { guide, case: case_, notice, problem };
