import { es as case_ } from '../case/case-text.es.js';
import { es as guide } from '../guide/guide-text.es.js';
import { es as problem } from '../problem/problem-text.es.js';
import type { CoreText } from './core-text.js';
import { es as notice } from './notice-text.es.js';

/** Core's wording in Spanish. */
export const es: CoreText = { guide, case: case_, notice, problem };
