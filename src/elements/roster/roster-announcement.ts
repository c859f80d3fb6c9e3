import type {StringKey} from '../../i18n/en.js';
import type {StringParams} from '../../i18n/registry.js';

/** A join, a leave or a raised hand (hosts only), as the roster's live region queues them. */
export interface RosterChange {
  readonly kind: 'joined' | 'left' | 'hand-raised';
  readonly name: string;
}

type Translate = (key: StringKey, params?: StringParams) => string;

/** One sentence for one name, another for several. */
function sentence(names: readonly string[], t: Translate, one: StringKey, many: StringKey): string {
  if (names.length === 1) return t(one, {name: names[0]});
  return names.length > 1 ? t(many, {count: names.length}) : '';
}

/**
 * One sentence for the joins, one for the leaves and one for the raised hands, so a batch of 200
 * joins is one announcement, not 200.
 */
export function announcementOf(changes: readonly RosterChange[], t: Translate): string {
  const named = (kind: RosterChange['kind']) => changes.filter((change) => change.kind === kind).map(({name}) => name);
  return [
    sentence(named('joined'), t, 'roster.joined', 'roster.joined-many'),
    sentence(named('left'), t, 'roster.left', 'roster.left-many'),
    sentence(named('hand-raised'), t, 'roster.hand-raised', 'roster.hand-raised-many'),
  ]
    .filter(Boolean)
    .join(' ');
}
