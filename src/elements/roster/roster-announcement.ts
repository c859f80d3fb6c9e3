import type {StringKey} from '../../i18n/en.js';
import type {StringParams} from '../../i18n/registry.js';

/** A join or a leave, as the roster's live region queues them. */
export interface RosterChange {
  readonly joined: boolean;
  readonly name: string;
}

/** One sentence for the joins and one for the leaves, so a batch of 200 joins is one announcement, not 200. */
export function announcementOf(changes: readonly RosterChange[], t: (key: StringKey, params?: StringParams) => string): string {
  const joined = changes.filter((change) => change.joined).map(({name}) => name);
  const left = changes.filter((change) => !change.joined).map(({name}) => name);
  const sentences = [
    joined.length === 1
      ? t('roster.joined', {name: joined[0]})
      : joined.length > 1
        ? t('roster.joined-many', {count: joined.length})
        : '',
    left.length === 1 ? t('roster.left', {name: left[0]}) : left.length > 1 ? t('roster.left-many', {count: left.length}) : '',
  ];
  return sentences.filter(Boolean).join(' ');
}
