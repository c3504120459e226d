import { addPageMessages } from './i18n.js';
import remediesDe from './remedies.de.json';
import remediesEn from './remedies.en.json';

// The remedies page and the guide's remedies box load on demand; their messages come with them.
addPageMessages({ de: remediesDe, en: remediesEn });
