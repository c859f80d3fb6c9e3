import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/pex-conference.js';
import type {PexDevicePicker} from '../../src/elements/conference/device-picker.js';
import {FakeSession} from '../helpers/fake-session.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

const camera = {id: 'c1', label: 'Front camera'};
const microphone = {id: 'm1', label: 'Headset microphone'};
const speaker = {id: 's1', label: 'Headset'};

async function pickerWith(speakers: readonly {id: string; label: string}[]) {
  const session = new FakeSession({devices: {cameras: [camera], microphones: [microphone], speakers}});
  const picker = await fixture<PexDevicePicker>(html`<pex-device-picker .session=${session}></pex-device-picker>`);
  return {session, picker};
}

function select(picker: PexDevicePicker, name: string): HTMLSelectElement | null {
  return picker.shadowRoot!.querySelector(`select[name="${name}"]`);
}

describe('<pex-device-picker> speaker choice', () => {
  it('offers the speakers the browser lists where it can route sound (setSinkId), and applies a choice', async () => {
    const {session, picker} = await pickerWith([speaker]);
    const speakers = select(picker, 'speaker')!;
    expect([...speakers.options].map((option) => option.textContent.trim())).to.deep.equal(['Default', 'Headset']);
    speakers.value = 's1';
    speakers.dispatchEvent(new Event('change'));
    expect(session.callsOf('updateSettings')).to.deep.equal([[{speakerId: 's1'}]]);
    await expect(picker).to.be.accessible();
  });

  it('says the speaker cannot be chosen when the browser lists none (Firefox, until its own prompt is used)', async () => {
    const {picker} = await pickerWith([]);
    expect(select(picker, 'speaker')).to.equal(null);
    expect(select(picker, 'camera')).to.exist;
    expect(picker.shadowRoot!.querySelector('.hint')!.textContent).to.contain('the speaker cannot be chosen here');
    await expect(picker).to.be.accessible();
  });

  it('says so in a browser without setSinkId, whatever it lists', async () => {
    const original = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'setSinkId')!;
    delete (HTMLMediaElement.prototype as Partial<HTMLMediaElement>).setSinkId;
    try {
      const {picker} = await pickerWith([speaker]);
      expect(select(picker, 'speaker')).to.equal(null);
      expect(picker.shadowRoot!.querySelector('.hint')!.textContent).to.contain('the speaker cannot be chosen here');
    } finally {
      Object.defineProperty(HTMLMediaElement.prototype, 'setSinkId', original);
    }
  });
});
