/**
 * What differs between the browsers the tests run in (Chromium, and Firefox ESR for the files in
 * web-test-runner.firefox.config.mjs). See the README's "Browser support".
 */

export const inFirefox = navigator.userAgent.includes('Firefox/');

/**
 * Makes `getDisplayMedia` return a canvas that changes colour ten times a second (until its track
 * is stopped, as a real screen capture keeps going), until the returned function restores it.
 * Headless Firefox has no screen to capture (`getDisplayMedia` rejects with NotFoundError, and
 * its fake-device prefs cover only camera and microphone).
 */
export function standInForScreenCapture(): () => void {
  // An own property shadows the prototype's method; deleting it brings that back.
  navigator.mediaDevices.getDisplayMedia = () => {
    const canvas = Object.assign(document.createElement('canvas'), {width: 640, height: 360});
    const context = canvas.getContext('2d')!;
    const stream = canvas.captureStream();
    let hue = 0;
    const paint = (): void => {
      if (stream.getVideoTracks()[0].readyState === 'ended') {
        clearInterval(timer);
        return;
      }
      hue = (hue + 30) % 360;
      context.fillStyle = `hsl(${hue} 80% 50%)`;
      context.fillRect(0, 0, canvas.width, canvas.height);
    };
    const timer = setInterval(paint, 100);
    paint();
    return Promise.resolve(stream);
  };
  return () => {
    delete (navigator.mediaDevices as Partial<MediaDevices>).getDisplayMedia;
  };
}
