import type {DiagnoseOptions, Finding} from '../../diagnostics/diagnose.js';
import {diagnostics} from '../../i18n/en/diagnostics.js';
import type {LocalizeController} from '../../i18n/localize-controller.js';
import {addEnglish} from '../../i18n/registry.js';

/** A diagnostic finding in words. */
export function findingText(localize: LocalizeController, finding: Finding): string {
  addEnglish(diagnostics);
  return localize.t(`setup.${finding.code}`, finding.params);
}

/** A finding of `diagnose()`, with its message in the element's language. */
export type DiagnosticFinding = Finding & {readonly message: string};

/** Runs the set-up check (loaded when first asked for) and puts each finding in words. */
export async function diagnoseInWords(localize: LocalizeController, options: DiagnoseOptions): Promise<DiagnosticFinding[]> {
  const {diagnose} = await import('../../diagnostics/diagnose.js');
  return (await diagnose(options)).map((finding) => ({...finding, message: findingText(localize, finding)}));
}
