/**
 * Page-side check for the end-to-end tests: the frames the remote <video> of the page's
 * <pex-conference> presents in one second (0 when there is none yet). A string, not a function:
 * tsx adds helpers to compiled functions that do not exist in the page.
 */
export const COUNT_REMOTE_FRAMES = `new Promise((resolve) => {
  const video = document.querySelector('pex-conference')?.shadowRoot?.querySelector('pex-stage')?.shadowRoot?.querySelector('[part~="remote-video"]');
  if (!video || video.videoWidth === 0) return resolve(0);
  let frames = 0;
  const onFrame = () => { frames += 1; video.requestVideoFrameCallback(onFrame); };
  video.requestVideoFrameCallback(onFrame);
  setTimeout(() => resolve(frames), 1000);
})`;
