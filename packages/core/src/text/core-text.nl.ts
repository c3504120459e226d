import { nl as case_ } from '../case/case-text.nl.js';
import { nl as guide } from '../guide/guide-text.nl.js';
import { nl as problem } from '../problem/problem-text.nl.js';
import type { CoreText } from './core-text.js';
import { nl as notice } from './notice-text.nl.js';

/** Core's wording in Dutch. */
export const nl: CoreText = { guide, case: case_, notice, problem };
