import {setPdfWorkerUrl} from 'pex-connect';
import 'pex-connect/pex-conference.js';
import 'pex-connect/pex-presenter.js';

// esbuild does not copy files named by `new URL(…, import.meta.url)`: build.mjs copies pdf.js's
// worker next to this bundle, and this says where it is.
setPdfWorkerUrl(new URL('./pdf.worker.min.mjs', import.meta.url));

const status = document.querySelector('#status');
const slide = document.querySelector('#slide');
const conference = document.querySelector('pex-conference');
conference.addEventListener('pex-joined', (event) => (status.textContent = `In the meeting ${event.detail.conference}`));
conference.addEventListener('pex-left', (event) => (status.textContent = `Left: ${event.detail.message}`));
document
  .querySelector('pex-presenter')
  .addEventListener(
    'pex-presentation-slide-change',
    (event) => (slide.textContent = `Slide ${event.detail.index + 1} of ${event.detail.count}`)
  );
