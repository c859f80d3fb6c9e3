import {JOIN_PARAM_NAMES, parseJoinParams, rawParamsFromQuery, type JoinParams, type ParamProblem} from './join-params.js';

/** A problem with a link, beyond the parameter problems (which `ParamProblem` describes). */
export interface LinkProblem {
  readonly param: 'conference' | 'address' | 'url';
  /** `missing`: required and not given; `invalid`: not an http(s) address or a `pexip:` link. */
  readonly code: 'missing' | 'invalid';
}

export interface BuiltJoinLink {
  /** The link, or an empty string when it cannot be built (see `problems`). */
  readonly url: string;
  readonly problems: readonly (ParamProblem | LinkProblem)[];
}

export interface ParsedJoinLink {
  /** `webapp`: an Infinity Connect Web App link; `pexip`: a desktop-client `pexip:` link. */
  readonly kind: 'webapp' | 'pexip';
  /** The Web App's base address (without the query), for `webapp` links. */
  readonly address?: string;
  readonly params: JoinParams;
  readonly problems: readonly (ParamProblem | LinkProblem)[];
}

/** The link parameters a page may set; `conference` is required. */
export type JoinLinkParams = Partial<JoinParams> & {readonly conference: string};

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Raw query values for the parameters, in the guide's order, as the Web App reads them. */
function toRawValues(params: JoinLinkParams): Partial<Record<(typeof JOIN_PARAM_NAMES)[number], string>> {
  const flag = (value: boolean | undefined) => (value ? '1' : undefined);
  return {
    conference: params.conference,
    name: params.name,
    bw: params.bw === undefined ? undefined : String(params.bw),
    pin: params.pin,
    join: flag(params.join),
    role: params.role,
    media: params.media === undefined ? undefined : params.media ? '1' : '',
    audioonly: flag(params.audioonly),
    escalate: flag(params.escalate),
    extension: params.extension,
    forceguest: flag(params.forceguest),
  };
}

/**
 * Builds an Infinity Connect preconfigured link, such as
 * `https://conference.example.com/webapp/?conference=meet.alice&name=Bob&join=1`, from the
 * Web App's address and the parameters. Values are checked as `<pex-conference>` checks its
 * attributes (bandwidth range, role with a PIN, …); each problem is returned, and the link uses
 * what the Web App would use instead.
 */
export function buildJoinLink(address: string, params: JoinLinkParams): BuiltJoinLink {
  const linkProblems: LinkProblem[] = [];
  if (!isHttpUrl(address)) linkProblems.push({param: 'address', code: 'invalid'});
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a JavaScript caller may leave it out
  if (!params.conference?.trim()) linkProblems.push({param: 'conference', code: 'missing'});
  const parsed = parseJoinParams(toRawValues(params), 'link');
  const problems = [...linkProblems, ...parsed.problems];
  if (linkProblems.length) return {url: '', problems};

  const url = new URL(address);
  url.search = '';
  const fixed = toRawValues({...parsed.params, conference: parsed.params.conference ?? params.conference});
  for (const name of JOIN_PARAM_NAMES) {
    const value = fixed[name];
    if (value !== undefined) url.searchParams.set(name, value);
  }
  return {url: url.href, problems};
}

/** A link for the Infinity Connect desktop client: `pexip:<alias>`. */
export function buildPexipLink(conference: string): BuiltJoinLink {
  const alias = conference.trim();
  if (!alias) return {url: '', problems: [{param: 'conference', code: 'missing'}]};
  try {
    return {url: `pexip:${encodeURI(alias)}`, problems: []};
  } catch {
    // A lone surrogate cannot be encoded: no alias has one.
    return {url: '', problems: [{param: 'conference', code: 'invalid'}]};
  }
}

/** Reads a Web App link (`https://…/webapp/?conference=…`) or a desktop `pexip:alias` link. */
export function parseJoinLink(link: string): ParsedJoinLink {
  const text = link.trim();
  const pexip = /^pexip:(?:\/\/)?(.+)$/i.exec(text);
  if (pexip) {
    let conference: string;
    try {
      conference = decodeURI(pexip[1]);
    } catch {
      return {kind: 'pexip', params: parseJoinParams({}, 'link').params, problems: [{param: 'url', code: 'invalid'}]};
    }
    const {params, problems} = parseJoinParams({conference}, 'link');
    return {kind: 'pexip', params, problems};
  }
  if (!isHttpUrl(text)) {
    return {kind: 'webapp', params: parseJoinParams({}, 'link').params, problems: [{param: 'url', code: 'invalid'}]};
  }
  const url = new URL(text);
  const {params, problems} = parseJoinParams(rawParamsFromQuery(url.searchParams), 'link');
  const all: (ParamProblem | LinkProblem)[] = [...problems];
  if (!params.conference) all.push({param: 'conference', code: 'missing'});
  return {kind: 'webapp', address: `${url.origin}${url.pathname}`, params, problems: all};
}
