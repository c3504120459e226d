import { fr as case_ } from '../case/case-text.fr.js';
import { fr as guide } from '../guide/guide-text.fr.js';
import { fr as problem } from '../problem/problem-text.fr.js';
import type { CoreText } from './core-text.js';
import { fr as notice } from './notice-text.fr.js';

/** Core's wording in French. */
export const fr: CoreText = { guide, case: case_, notice, problem };
