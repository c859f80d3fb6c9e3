import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {expect, oneEvent} from '@open-wc/testing';
import '../../src/pex-conference.js';
import {createRoom, waitFor} from '../helpers/dev-node.js';
import {deepQuery} from '../helpers/dom.js';
import {joinCall, menuItem, useMeetingFixture} from '../helpers/meeting.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

// The meeting layout against the dev node: a host chooses from the node's layouts; everyone gets the change.

describe('meeting layout (dev node)', function () {
  this.timeout(40000);
  const meeting = useMeetingFixture();

  it("a host picks a layout from the node's previews; hosts and guests get it", async () => {
    const room = await createRoom({hostPin: '1234', allowGuests: true});
    const ann = await meeting.add({conference: room, name: 'Ann', pin: '1234', media: ''});
    const bob = await meeting.add({conference: room, name: 'Bob', role: 'guest', media: ''});
    await joinCall(ann);
    await joinCall(bob);
    await waitFor('the layout the node starts with', () => ann.state.layout.requested?.host === '1:7');
    await waitFor('the guest gets it too', () => bob.state.layout.requested?.guest === '1:7');
    expect(deepQuery(bob.shadowRoot!, '[part~="host-menu"]')).to.equal(null);

    (await menuItem(ann, 'host-menu', 'Layout')).click();
    const dialog = await waitFor('the previews', () => {
      const found = deepQuery(ann.shadowRoot!, 'pex-layout-dialog');
      return found?.shadowRoot?.querySelectorAll('img').length ? found.shadowRoot : null;
    });
    const radios = [...dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const names = radios.map((radio) => radio.value);
    expect(names).to.include.members(['1:0', '1:7', '1:21', '2:21', '4:0', '9:0', '16:0', '25:0', 'ac']);
    expect(radios.find((radio) => radio.checked)?.value).to.equal('1:7');
    const image = dialog.querySelector('img')!;
    await waitFor('the preview to load', () => image.complete && image.naturalWidth > 0);

    const changed = oneEvent<HTMLElementEventMap['pex-layout-change']>(bob, 'pex-layout-change');
    radios.find((radio) => radio.value === '4:0')!.click();
    expect((await changed).detail).to.deep.equal({host: '4:0', guest: '4:0'});
    await waitFor('the host sees it selected', () => radios.find((radio) => radio.checked)?.value === '4:0');
    expect(ann.state.layout.requested).to.deep.equal({host: '4:0', guest: '4:0'});
  });
});
