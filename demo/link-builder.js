// The link builder page: every change of the form rebuilds the link with buildJoinLink() from
// the bundle, and shows what the Web App would do differently from what was typed.
import {buildJoinLink, buildPexipLink, parseJoinLink} from '../dist/pex-connect.js';

const form = document.querySelector('#link-form');
const output = document.querySelector('#link-output');
const problemsList = document.querySelector('#link-problems');
const open = document.querySelector('#link-open');
const pexipOutput = document.querySelector('#pexip-output');
const readInput = document.querySelector('#link-read');
const parsedOutput = document.querySelector('#link-parsed');

const MESSAGES = {
  'address:invalid': () => 'The Web App address must be an http:// or https:// address.',
  'conference:missing': () => 'Enter the meeting (conference alias).',
  'url:invalid': () => 'That is not a Web App link or a pexip: link.',
  'bw:bandwidth-range': (p) => `Bandwidth must be 256–1864 kbps: ${p.applied} is used.`,
  'bw:not-a-number': (p) => `Bandwidth must be a number: ${p.applied} is used.`,
  'role:role-with-pin': () => 'A PIN decides the role, so the role is left out.',
  'role:role-value': () => 'The role must be host or guest.',
  'pin:pin-format': () => 'A PIN is digits only (and may end with #).',
};

function describe(problem) {
  const message = MESSAGES[`${problem.param}:${problem.code}`];
  return message ? message(problem) : `${problem.param}: ${problem.code}`;
}

function formParams() {
  const data = new FormData(form);
  const text = (name) => String(data.get(name) ?? '').trim() || undefined;
  const media = data.get('media');
  return {
    conference: text('conference') ?? '',
    name: text('name'),
    bw: text('bw') === undefined ? undefined : Number(text('bw')),
    pin: text('pin'),
    role: text('role'),
    media: media === '1' ? true : media === '0' ? false : undefined,
    join: data.has('join'),
    audioonly: data.has('audioonly'),
    escalate: data.has('escalate'),
    forceguest: data.has('forceguest'),
    extension: text('extension'),
  };
}

function update() {
  const {url, problems} = buildJoinLink(form.elements.address.value, formParams());
  output.textContent = url || '—';
  open.hidden = !url;
  open.href = url || '#';
  problemsList.replaceChildren(
    ...problems.map((problem) => Object.assign(document.createElement('li'), {textContent: describe(problem)}))
  );
  pexipOutput.textContent = buildPexipLink(form.elements.conference.value).url || '—';
}

function read() {
  if (!readInput.value.trim()) return (parsedOutput.textContent = '');
  const {kind, address, params, problems} = parseJoinLink(readInput.value);
  parsedOutput.textContent = JSON.stringify({kind, address, params, problems: problems.map(describe)}, null, 2);
}

form.elements.address.value = new URL('../dist/webapp.html', location.href).href;
form.addEventListener('input', update);
form.addEventListener('change', update);
readInput.addEventListener('input', read);
update();
