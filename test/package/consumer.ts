// A page's code as a consumer of the npm package writes it: the package's types must check.
import {buildJoinLink, PexConference, type ConferenceState} from 'pex-connect';
import {PexRoster} from 'pex-connect/pex-roster.js';

export function describe(conference: PexConference, roster: PexRoster): string {
  const state: ConferenceState = conference.state;
  conference.addEventListener('pex-joined', (event) => console.log(event.detail.conference));
  return `${state.phase} ${roster.for} ${buildJoinLink('https://video.example.com/webapp/', {conference: 'meet.alice'}).url}`;
}

// As the README shows it: the events bubble, so the page listens on the document or the window.
document.addEventListener('pex-joined', (event) => console.log(event.detail.selfId));
window.addEventListener('pex-left', (event) => console.log(event.detail.reason.code, event.detail.message));
document.addEventListener('pex-chat-unread', (event) => console.log(event.detail.count + 1));

// Internal events are not API: they stay out of the page's event maps.
document.addEventListener('pex-prejoin-submit', (event) => {
  // @ts-expect-error -- a plain Event has no detail
  console.log(event.detail);
});
