import type {Message} from '../message.js';

/** Strings of "Check my setup" (English, the reference). */
export const diagnostics = {
  'setup.heading': 'Check my setup',
  'setup.checking': 'Checking…',
  'setup.again': 'Check again',
  'setup.status.ok': 'OK',
  'setup.status.warning': 'Warning',
  'setup.status.problem': 'Problem',
  'setup.secure-context': 'The page is served securely ({origin}).',
  'setup.insecure-context':
    'This page is not served over HTTPS, so the browser will not allow camera, microphone or screen sharing. Serve it over https:// (http://localhost also works for testing).',
  'setup.webrtc': 'This browser supports WebRTC.',
  'setup.no-webrtc': 'This browser has no WebRTC (RTCPeerConnection). Use a current Chrome, Edge, Firefox or Safari.',
  'setup.no-media-devices': 'This browser cannot open a camera or microphone on this page (navigator.mediaDevices is missing).',
  'setup.no-screen-sharing':
    'This browser cannot share the screen (getDisplayMedia is missing); images and PDFs can still be shared.',
  'setup.permission-granted': 'Access to the {permission}: allowed.',
  'setup.permission-prompt': 'Access to the {permission}: the browser will ask when you join.',
  'setup.permission-denied':
    "Access to the {permission} is blocked for this site. Allow it in the browser's site settings (the icon at the start of the address bar), then reload the page.",
  'setup.policy-allows': 'The page allows {feature}.',
  'setup.policy-blocks': "This page's Permissions-Policy blocks {feature}. Allow it with: {fix}",
  'setup.policy-unchecked':
    "This browser cannot tell whether the page's Permissions-Policy allows the camera, microphone and screen sharing. If they fail, check the page's Permissions-Policy header, or the allow attribute of the <iframe> it is in.",
  'setup.node-reachable': 'The conferencing server {node} answers.',
  'setup.node-csp-blocked':
    "This page's Content-Security-Policy blocks connections to {node} ({directive}). Add {origin} to the connect-src directive.",
  'setup.node-cors-blocked':
    'The conferencing server {node} answers, but does not allow this page ({origin}) to use it. On the server or its reverse proxy, send Access-Control-Allow-Origin: {origin}, Access-Control-Allow-Methods: GET, POST, OPTIONS and Access-Control-Allow-Headers: content-type, token, pin.',
  'setup.node-unreachable':
    'Cannot reach the conferencing server {node}. Check the node attribute, the network, and any firewall or proxy in between.',

  // Files loaded on demand
  'setup.chunks-loaded':
    'The files loaded on demand (the meeting software, PDF support and its worker) load from where this page serves them.',
  'setup.chunk-missing':
    '{file} could not be loaded: the server answered {status}. Copy the whole dist/ folder, its chunks/ folder included, to the server.',
  'setup.chunk-mime':
    '{file} is served as “{type}”, and browsers run modules only when served as JavaScript. Serve .js and .mjs files as text/javascript.',
  'setup.chunk-cors':
    '{file} is on another server that does not allow this page ({origin}) to load it. That server must send Access-Control-Allow-Origin: {origin} (or *) with its .js and .mjs files.',
  'setup.chunk-csp-blocked':
    "This page's Content-Security-Policy blocks {file} ({directive}). Add {origin} to the script-src directive (and to worker-src for the PDF worker).",
  'setup.chunk-unreachable':
    '{file} could not be loaded: its server does not answer. Check the address the script tag loads pex-connect from, and the network.',
  'setup.chunk-failed': '{file} could not be loaded: {detail}',
} as const;

export type DiagnosticsStrings = Record<keyof typeof diagnostics, Message>;
