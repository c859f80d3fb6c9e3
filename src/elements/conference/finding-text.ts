import type {Finding} from '../../diagnostics/diagnose.js';
import {diagnostics} from '../../i18n/en/diagnostics.js';
import type {LocalizeController} from '../../i18n/localize-controller.js';
import {addEnglish} from '../../i18n/registry.js';

/** A diagnostic finding in words. */
export function findingText(localize: LocalizeController, finding: Finding): string {
  addEnglish(diagnostics);
  return localize.t(`setup.${finding.code}`, finding.params);
}
