import type {LocalizeController} from '../../i18n/localize-controller.js';
import type {AttributeProblem} from '../conference/join-params-reader.js';
import type {Notice} from './notices.js';

/** The longest part of a bad value quoted back in a message (values can be huge). */
const QUOTED_LENGTH = 60;

/** A value an element could not use as given, in words: what was wrong, and a message naming the attribute. */
export function describeAttributeProblem(
  localize: LocalizeController,
  {attribute, value, code, applied}: AttributeProblem
): {problem: string; message: string} {
  const problem = localize.t(`attribute.${code}`, {applied: applied ?? ''});
  const quoted = value.length > QUOTED_LENGTH ? `${value.slice(0, QUOTED_LENGTH)}…` : value;
  return {problem, message: localize.t('attribute.problem', {attribute, value: quoted, problem})};
}

/**
 * The notices for attribute problems (ids `attribute:…`); each problem is also named once in a
 * console warning for the page's developer (`warned` remembers which).
 */
export function attributeProblemNotices(
  localize: LocalizeController,
  problems: readonly AttributeProblem[],
  warned: Set<string>
): Notice[] {
  return problems.map((found) => {
    const {attribute, value} = found;
    const key = `${attribute}=${value}`;
    const {problem, message} = describeAttributeProblem(localize, found);
    if (!warned.has(key)) {
      warned.add(key);
      console.warn(`<pex-conference> attribute "${attribute}": "${value}" — ${problem}`);
    }
    return {id: `attribute:${key}`, text: message, error: true};
  });
}
