/**
 * "Check my setup": what in this page, this browser or the network stands between the user and
 * a meeting. Each finding names exactly what to change. Plain data, no rendering.
 */
import {loadInfinityApiChecks} from '../session/infinity-sdk.js';
import {pdfWorkerUrl} from '../slides/pdf-slides.js';
import {checkChunks, type ChunkProbe} from './chunks.js';
import type {Finding} from './finding.js';

export type {Finding, FindingCode, FindingStatus} from './finding.js';

export interface DiagnoseOptions {
  /** Base URL of the Conferencing Node to check. */
  readonly node: string;
  /** A conference alias to ask about; any alias shows whether the node answers. */
  readonly conference?: string;
  /** How long to wait for the node, in milliseconds. */
  readonly timeoutMs?: number;
  /** The document whose Permissions-Policy applies (an element's `ownerDocument`); default: this one. */
  readonly document?: Document;
  /** The files loaded on demand to check; default: Pexip's SDK and its checks, pdf.js and pdf.js's worker. */
  readonly chunks?: readonly ChunkProbe[];
}

/** What pex-connect loads only when it is needed: each a file of its own in `dist/`. */
const onDemandFiles = (): ChunkProbe[] => [
  {name: "Pexip's SDK", load: () => import('@pex-connect/infinity-sdk-factory')},
  {name: "Pexip's SDK: its checks of host controls and other requests", load: loadInfinityApiChecks},
  {name: 'pdf.js', load: () => import('pdfjs-dist')},
  {name: "pdf.js's worker", url: pdfWorkerUrl()},
];

/** The browser features a meeting page needs, as Permissions-Policy names them. */
const POLICY_FEATURES = ['camera', 'microphone', 'display-capture', 'fullscreen'] as const;

interface PolicyDocument {
  readonly featurePolicy?: {allowsFeature(feature: string): boolean};
  readonly permissionsPolicy?: {allowsFeature(feature: string): boolean};
}

function checkContext(): Finding[] {
  const findings: Finding[] = [];
  findings.push(
    isSecureContext
      ? {code: 'secure-context', status: 'ok', subject: location.origin, params: {}}
      : {code: 'insecure-context', status: 'problem', subject: location.origin, params: {origin: location.origin}}
  );
  findings.push(
    typeof RTCPeerConnection === 'function'
      ? {code: 'webrtc', status: 'ok', subject: 'RTCPeerConnection', params: {}}
      : {code: 'no-webrtc', status: 'problem', subject: 'RTCPeerConnection', params: {}}
  );
  // Absent outside secure contexts, and getDisplayMedia in some mobile browsers; the DOM types say neither.
  const devices = navigator.mediaDevices as Partial<MediaDevices> | undefined;
  if (!devices?.getUserMedia) findings.push({code: 'no-media-devices', status: 'problem', subject: 'getUserMedia', params: {}});
  if (!devices?.getDisplayMedia)
    findings.push({code: 'no-screen-sharing', status: 'warning', subject: 'getDisplayMedia', params: {}});
  return findings;
}

function checkPolicy(target: Document): Finding[] {
  const policyDocument = target as Document & PolicyDocument;
  const policy = policyDocument.permissionsPolicy ?? policyDocument.featurePolicy;
  // Firefox and Safari have neither: say that the policy could not be checked, rather than nothing.
  if (!policy) return [{code: 'policy-unchecked', status: 'warning', subject: 'Permissions-Policy', params: {}}];
  const view = target.defaultView;
  const inFrame = view !== null && view.top !== view;
  return POLICY_FEATURES.map((feature): Finding =>
    policy.allowsFeature(feature)
      ? {code: 'policy-allows', status: 'ok', subject: feature, params: {feature}}
      : {
          code: 'policy-blocks',
          status: feature === 'fullscreen' ? 'warning' : 'problem',
          subject: feature,
          // In a frame the embedding page's <iframe allow> decides; otherwise this page's header.
          params: {feature, fix: inFrame ? `allow="${feature}"` : `Permissions-Policy: ${feature}=(self)`},
        }
  );
}

async function checkPermission(name: 'camera' | 'microphone'): Promise<Finding | undefined> {
  try {
    const status = await navigator.permissions.query({name});
    const code =
      status.state === 'granted' ? 'permission-granted' : status.state === 'denied' ? 'permission-denied' : 'permission-prompt';
    return {code, status: status.state === 'denied' ? 'problem' : 'ok', subject: name, params: {permission: name}};
  } catch {
    return undefined; // This browser cannot say (Firefox for some names): nothing to report.
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

/**
 * Can this page talk to the node? A CORS request that fails while an opaque (no-cors) one
 * succeeds means the node is there but does not allow this origin; a Content-Security-Policy
 * violation for the URL means this page forbids the connection.
 */
async function checkNode({node, conference = 'pex-connect-setup-check', timeoutMs = 8000}: DiagnoseOptions): Promise<Finding> {
  const base = node.replace(/\/+$/, '');
  const url = `${base}/api/client/v2/conferences/${encodeURIComponent(conference)}/conference_status`;
  const blocked: SecurityPolicyViolationEvent[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    if (event.blockedURI && url.startsWith(event.blockedURI.replace(/\/+$/, ''))) blocked.push(event);
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  try {
    await withTimeout(fetch(url, {method: 'GET', cache: 'no-store'}), timeoutMs);
    return {code: 'node-reachable', status: 'ok', subject: base, params: {node: base}};
  } catch {
    // The violation event is queued as a task: give it a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const origin = new URL(base, location.href).origin;
    if (blocked.length)
      return {
        code: 'node-csp-blocked',
        status: 'problem',
        subject: base,
        params: {node: base, origin, directive: blocked[0].effectiveDirective},
      };
    try {
      await withTimeout(fetch(url, {method: 'GET', mode: 'no-cors', cache: 'no-store'}), timeoutMs);
      return {code: 'node-cors-blocked', status: 'problem', subject: base, params: {node: base, origin: location.origin}};
    } catch {
      return {code: 'node-unreachable', status: 'problem', subject: base, params: {node: base}};
    }
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
}

/** Runs every check; the findings come in a stable order, problems and all. */
export async function diagnose(options: DiagnoseOptions): Promise<readonly Finding[]> {
  const [camera, microphone, node, files] = await Promise.all([
    checkPermission('camera'),
    checkPermission('microphone'),
    checkNode(options),
    checkChunks(options.chunks ?? onDemandFiles(), options.timeoutMs ?? 8000),
  ]);
  return [
    ...checkContext(),
    ...checkPolicy(options.document ?? document),
    ...[camera, microphone].filter((finding) => finding !== undefined),
    node,
    ...files,
  ];
}
