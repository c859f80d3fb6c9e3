import type {Session} from '../session/session.js';

interface Placements {
  /** The elements bound to the session (through context or `for`), such as `<pex-roster>`. */
  readonly elements: Set<Element>;
  readonly watchers: Set<() => void>;
}

const bySession = new WeakMap<Session, Placements>();

function placementsOf(session: Session): Placements {
  let placements = bySession.get(session);
  if (!placements) bySession.set(session, (placements = {elements: new Set(), watchers: new Set()}));
  return placements;
}

function changed(placements: Placements): void {
  for (const watcher of placements.watchers) watcher();
}

/**
 * `element` (`<pex-roster>`, `<pex-chat>`, `<pex-presenter>`) shows `session`, so that the
 * conference leaves out its own built-in one of the same kind. Returns the function that withdraws it.
 */
export function announcePlacement(session: Session, element: Element): () => void {
  const placements = placementsOf(session);
  placements.elements.add(element);
  changed(placements);
  return () => {
    placements.elements.delete(element);
    changed(placements);
  };
}

/** The tag names of the elements bound to `session` that `include` accepts. */
export function placedTags(session: Session, include: (element: Element) => boolean): Set<string> {
  return new Set([...placementsOf(session).elements].filter(include).map((element) => element.localName));
}

/** Calls `watcher` whenever an element comes or goes; returns the function that stops it. */
export function watchPlacements(session: Session, watcher: () => void): () => void {
  const {watchers} = placementsOf(session);
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}
