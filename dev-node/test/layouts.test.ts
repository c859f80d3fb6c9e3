import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {LAYOUT_NAMES, type LayoutName, layoutSlots, layoutSvg, transformLayout} from '../src/conference/layouts.js';

const SLOTS: Record<LayoutName, number> = {
  '1:0': 1,
  '1:7': 8,
  '1:21': 22,
  '2:21': 23,
  '1:33': 34,
  '4:0': 4,
  '9:0': 9,
  '16:0': 16,
  '25:0': 25,
  ac: 3,
  ac_presentation_in_mix: 4,
};

describe('layouts: slots, previews and transform_layout', () => {
  it('every layout has its number of slots, inside the picture and not overlapping', () => {
    for (const name of LAYOUT_NAMES) {
      const slots = layoutSlots(name);
      assert.equal(slots.length, SLOTS[name], name);
      const mains = slots.filter((slot) => slot.kind === 'main').length;
      assert.ok(mains >= 1, `${name} has a speaker slot`);
      for (const slot of slots) {
        assert.ok(slot.x >= 0 && slot.y >= 0 && slot.x + slot.width <= 1 + 1e-9 && slot.y + slot.height <= 1 + 1e-9, name);
      }
      for (const [i, a] of slots.entries()) {
        for (const b of slots.slice(i + 1)) {
          const overlap =
            Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
            Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
          assert.ok(overlap < 1e-9, `${name}: slots overlap`);
        }
      }
    }
  });

  it('draws one rectangle per slot on a background', () => {
    for (const name of LAYOUT_NAMES) {
      assert.equal(layoutSvg(name).match(/<rect /g)?.length, SLOTS[name] + 1, name);
    }
  });

  it('transform_layout: `layout` sets the room’s layout; per-role layouts are checked but change nothing', () => {
    assert.equal(transformLayout('1:7', {layout: '4:0'}), '4:0');
    assert.equal(transformLayout('4:0', {host_layout: '1:0', guest_layout: '9:0'}), '4:0');
    assert.equal(transformLayout('4:0', {enable_overlay_text: true}), '4:0');
    assert.throws(() => transformLayout('1:7', {layout: '3:3'}), /Unknown layout "3:3"/);
    assert.throws(() => transformLayout('1:7', {guest_layout: 'grid'}), /Unknown layout "grid"/);
  });
});
