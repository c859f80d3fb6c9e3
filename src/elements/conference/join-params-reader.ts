import {
  parseJoinParams,
  rawParamsFromQuery,
  type JoinParamName,
  type JoinParams,
  type ParamProblem,
} from '../../link/join-params.js';
import {flagConverter, mediaConverter} from './converters.js';

/** The properties that are link parameters: a change means reading the parameters again. */
export const JOIN_PARAM_PROPERTIES = [
  'conference',
  'name',
  'bw',
  'pin',
  'joinRole',
  'autoJoin',
  'media',
  'audioonly',
  'escalate',
  'extension',
  'forceguest',
  'usePageUrl',
  'node',
] as const;

/** What `<pex-conference>` holds that the link parameters are read from. */
export interface JoinParamsSource {
  readonly node: string;
  readonly conference: string;
  readonly name: string;
  readonly bw: number | undefined;
  readonly pin: string;
  readonly joinRole: string;
  readonly autoJoin: boolean;
  readonly media: boolean | undefined;
  readonly audioonly: boolean;
  readonly escalate: boolean;
  readonly extension: string;
  readonly forceguest: boolean;
  readonly usePageUrl: boolean;
  getAttribute(name: string): string | null;
}

/** A value that was not used as given: a link parameter's problem, or a bad `node`. */
export interface AttributeProblem {
  readonly attribute: string;
  readonly value: string;
  readonly code: ParamProblem['code'] | 'node' | 'target' | 'webapp';
  readonly applied?: string;
}

const HTTP_URL = /^https?:\/\/[^\s/]+/i;

/** An http(s) address with a host, which `new URL` accepts. */
export function isNodeUrl(node: string): boolean {
  try {
    return HTTP_URL.test(node.trim()) && Boolean(new URL(node.trim()));
  } catch {
    return false;
  }
}

/** The node's base URL: the `node` attribute when it is an http(s) URL, else the page's origin. */
export function nodeUrlOf(node: string): string {
  return (isNodeUrl(node) ? node.trim() : location.origin).replace(/\/+$/, '');
}

/**
 * The parameters as text, as the page wrote them: the attribute while it still says what the
 * property holds (so a malformed value can be reported as written), else the property (set
 * from script and not reflected yet).
 */
function rawFromElement(source: JoinParamsSource): Partial<Record<JoinParamName, string | null>> {
  const text = (name: string, value: string) => {
    const attribute = source.getAttribute(name);
    return attribute !== null && attribute.trim() === value.trim() ? attribute : value || null;
  };
  const flag = (name: string, value: boolean) => {
    const attribute = source.getAttribute(name);
    return attribute !== null && flagConverter.fromAttribute(attribute) === value ? attribute : value ? '1' : null;
  };
  const {bw, media} = source;
  const mediaAttribute = source.getAttribute('media');
  return {
    conference: text('conference', source.conference),
    name: text('name', source.name),
    bw: bw === undefined ? null : Number.isNaN(bw) ? (source.getAttribute('bw') ?? 'NaN') : String(bw),
    pin: source.pin || null,
    join: flag('join', source.autoJoin),
    role: source.joinRole || source.getAttribute('role'),
    media:
      media === undefined
        ? null
        : mediaAttribute !== null && mediaConverter.fromAttribute(mediaAttribute) === media
          ? mediaAttribute
          : media
            ? '1'
            : '',
    audioonly: flag('audioonly', source.audioonly),
    escalate: flag('escalate', source.escalate),
    extension: text('extension', source.extension),
    forceguest: flag('forceguest', source.forceguest),
  };
}

/** Keeps a PIN or a sign-on token given in the page URL out of the address bar (and so out of bookmarks and shared links). */
function removeFromAddressBar(name: 'pin' | 'ssoToken'): void {
  const url = new URL(location.href);
  url.searchParams.delete(name);
  history.replaceState(history.state, '', url);
}

/** The sign-on token the identity provider's redirect flow put in the page URL; read once. */
let ssoTokenFromPage: string | undefined;

/**
 * The effective link parameters of a conference element: its attributes, and with
 * `use-page-url` the page URL's query string, which wins for what it gives. Never throws; what
 * could not be used as given is listed.
 */
export function readJoinParams(source: JoinParamsSource): {params: JoinParams; problems: AttributeProblem[]} {
  const fromElement = parseJoinParams(rawFromElement(source), 'attribute');
  const query = source.usePageUrl ? rawParamsFromQuery(location.search) : {};
  if (query.pin) removeFromAddressBar('pin');
  const ssoToken = source.usePageUrl ? new URLSearchParams(location.search).get('ssoToken')?.trim() : undefined;
  if (ssoToken) {
    ssoTokenFromPage = ssoToken;
    removeFromAddressBar('ssoToken');
  }
  const fromPage = parseJoinParams(query, 'link');
  const given = Object.fromEntries(Object.keys(query).map((name) => [name, fromPage.params[name as keyof JoinParams]]));
  const problems: AttributeProblem[] = [...fromElement.problems, ...fromPage.problems].map(({param, value, code, applied}) => ({
    attribute: param,
    value,
    code,
    applied,
  }));
  if (source.node.trim() && !isNodeUrl(source.node)) problems.push({attribute: 'node', value: source.node, code: 'node'});
  return {
    params: {...fromElement.params, ...given, ...(source.usePageUrl && ssoTokenFromPage && {ssoToken: ssoTokenFromPage})},
    problems,
  };
}
