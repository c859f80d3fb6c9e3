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
