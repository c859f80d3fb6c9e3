// A page's code as a consumer of the npm package writes it: the package's types must check.
import {buildJoinLink, PexConference, type ConferenceState} from 'pex-connect';
import {PexRoster} from 'pex-connect/pex-roster.js';

export function describe(conference: PexConference, roster: PexRoster): string {
  const state: ConferenceState = conference.state;
  conference.addEventListener('pex-joined', (event) => console.log(event.detail.conference));
  return `${state.phase} ${roster.for} ${buildJoinLink('https://video.example.com/webapp/', {conference: 'meet.alice'}).url}`;
}
