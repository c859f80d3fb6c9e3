/**
 * A string that depends on a number: one form per plural category of the language
 * (`Intl.PluralRules`; English has `one` and `other`, Japanese only `other`, French and Spanish
 * also `many`). The `count` parameter picks the form.
 */
export type PluralForms = Readonly<Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>> & {other: string}>;
/** A catalogue's text for one key: a string, or its plural forms. */
export type Message = string | PluralForms;
