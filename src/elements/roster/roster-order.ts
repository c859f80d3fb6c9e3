import {replacementsBetween} from '../../session/participants.js';
import type {Participant} from '../../session/types.js';

/** Names folded for search: case and accents do not matter ("Åse" matches "ase"). */
const foldedNames = new WeakMap<Participant, string>();
export function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}
export function foldedName(participant: Participant): string {
  let name = foldedNames.get(participant);
  if (name === undefined) foldedNames.set(participant, (name = folded(participant.displayName)));
  return name;
}

/** Who needs attention first: people waiting to be let in, then raised hands, then you. */
export function rank(participant: Participant): number {
  if (participant.waiting) return 0;
  if (participant.handRaised) return 1;
  return participant.isSelf ? 2 : 3;
}

/** The roster's order: by `rank`; raised hands in the order they went up; otherwise join order (the sort is stable). */
export function byAttention(a: Participant, b: Participant): number {
  return rank(a) - rank(b) || (a.handRaisedAt ?? 0) - (b.handRaisedAt ?? 0);
}

/** The roster's list: the participants matching the (folded) search, in `byAttention` order. */
export interface ShownList {
  readonly participants: readonly Participant[];
  readonly query: string;
  /** Changed in place by the next `shownList` when only updates in place came (see there). */
  readonly items: Participant[];
}

const matches = (participant: Participant, query: string) => !query || foldedName(participant).includes(query);

/**
 * The list shown for `participants` and a folded `query`. From the previous list when only a few
 * participants were updated and none of them changed place or whether they match (a microphone,
 * a camera, speaking...): their entries are replaced where they are, in the previous `items`
 * (which the caller must hold alone), with no new sort of thousands; otherwise sorted afresh.
 */
export function shownList(previous: ShownList | undefined, participants: readonly Participant[], query: string): ShownList {
  if (previous && previous.query === query) {
    if (previous.participants === participants) return previous;
    const replaced = replacementsBetween(previous.participants, participants);
    const inPlace = replaced?.every(
      ({before, after}) => byAttention(before, after) === 0 && matches(before, query) === matches(after, query)
    );
    if (replaced && inPlace) {
      // The same array, changed in place: the virtualizer then renders the rows it shows again
      // (those whose participant changed update), where a new array would make it measure and
      // place every row it shows anew.
      const items = previous.items;
      for (const {before, after} of replaced) {
        const at = matches(before, query) ? items.indexOf(before) : -1;
        if (at >= 0) items[at] = after;
      }
      return {participants, query, items};
    }
  }
  const matching = query ? participants.filter((participant) => matches(participant, query)) : [...participants];
  return {participants, query, items: matching.sort(byAttention)};
}
