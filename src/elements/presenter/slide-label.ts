import type {LocalizeController} from '../../i18n/localize-controller.js';
import type {Slide} from '../../slides/types.js';

/** "Slide 3: report.pdf, page 2", for a thumbnail or the slide shown. */
export function slideLabel(localize: LocalizeController, slide: Slide, index: number): string {
  const params = {index: index + 1, name: slide.file.name, page: slide.page ?? 0};
  return localize.t(slide.page ? 'presenter.slide-label-page' : 'presenter.slide-label', params);
}
