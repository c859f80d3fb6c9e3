import type {Session} from '../session/session.js';

interface Sharing {
  /** What opens a file picker for slides, one per element that offers it (`<pex-presenter>`), and what shares files given. */
  readonly choosers: Map<() => void, (files: File[]) => void>;
  readonly watchers: Set<() => void>;
}

const bySession = new WeakMap<Session, Sharing>();

function sharingOf(session: Session): Sharing {
  let sharing = bySession.get(session);
  if (!sharing) bySession.set(session, (sharing = {choosers: new Map(), watchers: new Set()}));
  return sharing;
}

function changed(sharing: Sharing): void {
  for (const watcher of sharing.watchers) watcher();
}

/**
 * An element bound to `session` offers to share files in it (`<pex-presenter>` does), so that
 * the conference's toolbar can offer "Share images or PDFs" (and its stage take dropped files)
 * without looking for the element. Returns the function that withdraws the offer.
 */
export function offerFileSharing(session: Session, chooseFiles: () => void, shareFiles: (files: File[]) => void): () => void {
  const sharing = sharingOf(session);
  sharing.choosers.set(chooseFiles, shareFiles);
  changed(sharing);
  return () => {
    sharing.choosers.delete(chooseFiles);
    changed(sharing);
  };
}

/** Opens the file picker of the first element that offers file sharing in `session`, if any. */
export function fileChooserOf(session: Session): (() => void) | undefined {
  return sharingOf(session).choosers.keys().next().value;
}

/** Shares files (dropped on the conference's stage) through the first element that offers file sharing, if any. */
export function fileSharerOf(session: Session): ((files: File[]) => void) | undefined {
  return sharingOf(session).choosers.values().next().value;
}

/** Calls `watcher` whenever an offer comes or goes; returns the function that stops it. */
export function watchFileSharing(session: Session, watcher: () => void): () => void {
  const {watchers} = sharingOf(session);
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}
