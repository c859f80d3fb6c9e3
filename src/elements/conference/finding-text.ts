import type {Finding} from '../../diagnostics/diagnose.js';
import type {LocalizeController} from '../../i18n/localize-controller.js';

/** A diagnostic finding in words. */
export function findingText(localize: LocalizeController, finding: Finding): string {
  return localize.t(`setup.${finding.code}`, finding.params);
}
