import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/pex-conference.js';
import {diagnose} from '../../src/diagnostics/diagnose.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import {inFirefox} from '../helpers/browser.js';
import {devNodeUrl, waitFor} from '../helpers/dev-node.js';
import {deepQuery, deepText} from '../helpers/dom.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

describe('diagnose() and "Check my setup"', () => {
  it('finds nothing wrong with the dev node from a secure page', async () => {
    const el = await fixture<PexConference>(html`<pex-conference node=${devNodeUrl} conference="meet.alice"></pex-conference>`);
    const findings = await el.diagnose();
    const problems = findings.filter(({status}) => status === 'problem');
    expect(problems, JSON.stringify(problems)).to.deep.equal([]);
    expect(findings.find(({code}) => code === 'node-reachable')?.message).to.contain(devNodeUrl);
  });

  it('says when the node cannot be reached', async () => {
    const el = await fixture<PexConference>(
      html`<pex-conference node="http://127.0.0.1:9" conference="meet.alice"></pex-conference>`
    );
    const finding = (await el.diagnose()).find(({subject}) => subject === 'http://127.0.0.1:9');
    expect(finding?.code).to.equal('node-unreachable');
    expect(finding?.message).to.contain('Cannot reach the conferencing server http://127.0.0.1:9');
  });

  it('tells a server that does not allow this origin (CORS) from one that is not there', async () => {
    // The test page's own server, under another host name: it answers, without CORS headers.
    const otherOrigin = `http://127.0.0.1:${location.port}`;
    const finding = (await diagnose({node: otherOrigin})).find(({subject}) => subject === otherOrigin);
    expect(finding?.code).to.equal('node-cors-blocked');
    expect(finding?.params.origin).to.equal(location.origin);
  });

  it('names the Permissions-Policy that blocks screen sharing in a frame', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('allow', "display-capture 'none'");
    frame.src = 'about:blank';
    document.body.append(frame);
    try {
      const findings = await diagnose({node: devNodeUrl, document: frame.contentDocument!});
      if (inFirefox) {
        // Firefox has no API to read a Permissions-Policy: the check says so instead of naming the block.
        expect(findings.find(({code}) => code === 'policy-unchecked')?.status, JSON.stringify(findings)).to.equal('warning');
        return;
      }
      const blocked = findings.find(({code, subject}) => code === 'policy-blocks' && subject === 'display-capture');
      expect(blocked, JSON.stringify(findings)).to.exist;
      expect(blocked!.params.fix).to.equal('allow="display-capture"');
    } finally {
      frame.remove();
    }
  });

  it('shows the findings in a dialog from the pre-join screen, accessibly', async () => {
    const el = await fixture<PexConference>(
      html`<pex-conference node="http://127.0.0.1:9" conference="meet.alice"></pex-conference>`
    );
    [...el.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Check my setup')!.click();
    const panel = deepQuery(el.shadowRoot!, 'pex-setup-check')!;
    await waitFor('the findings', () => panel.shadowRoot?.querySelector('ul'));
    expect(deepText(panel.shadowRoot!)).to.contain('Cannot reach the conferencing server');
    await expect(panel).to.be.accessible();
  });
});
