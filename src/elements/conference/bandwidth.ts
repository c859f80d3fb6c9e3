import type {StringKey} from '../../i18n/en.js';

export interface BandwidthChoice {
  readonly kbps: number;
  readonly label: StringKey;
}

/** The named bandwidths offered, as in Infinity Connect; 576 kbps is the default. */
const NAMED_CHOICES: readonly BandwidthChoice[] = [
  {kbps: 256, label: 'bandwidth.low'},
  {kbps: 576, label: 'bandwidth.medium'},
  {kbps: 1264, label: 'bandwidth.high'},
  {kbps: 1864, label: 'bandwidth.maximum'},
];

/** The choices, plus the current value when it is not one of them (set by an attribute or link). */
export function bandwidthChoices(current: number): readonly BandwidthChoice[] {
  if (NAMED_CHOICES.some(({kbps}) => kbps === current)) return NAMED_CHOICES;
  const custom: BandwidthChoice = {kbps: current, label: 'bandwidth.option'};
  return [...NAMED_CHOICES, custom].sort((a, b) => a.kbps - b.kbps);
}
