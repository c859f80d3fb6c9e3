import type {Catalogue} from './en.js';
import {conference} from './nb/conference.js';

/** Norsk bokmål. */
export const nb: Catalogue = {...conference};
