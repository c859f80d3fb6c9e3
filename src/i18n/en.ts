import {common} from './en/common.js';
import {conference} from './en/conference.js';

/**
 * English strings: the reference catalogue, one part per element. Every visible string of every
 * element is here; other catalogues translate these keys. `{name}` marks a parameter.
 */
export const en = {...common, ...conference};

export type StringKey = keyof typeof en;
export type Catalogue = Record<StringKey, string>;
