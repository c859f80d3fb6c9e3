// web-test-runner middleware: forwards the test page's same-origin `/dev/*` requests to the dev
// node. The node refuses cross-site requests to its dev API and sends no CORS headers for it
// (README "Security"), so the test page, served from another origin, reaches it through here.

/** @param {import('node:http').IncomingMessage} req */
async function readAll(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * @param {() => string | undefined} nodeUrl the dev node's URL once it is started
 * @returns {(context: any, next: () => Promise<unknown>) => Promise<unknown>}
 */
export function devApiProxy(nodeUrl) {
  return async (context, next) => {
    const url = nodeUrl();
    if (!context.path.startsWith('/dev/') || !url) return next();
    const hasBody = context.method !== 'GET' && context.method !== 'HEAD';
    const contentType = context.get('content-type');
    const response = await fetch(`${url}${context.url}`, {
      method: context.method,
      headers: contentType ? {'content-type': contentType} : {},
      ...(hasBody ? {body: await readAll(context.req)} : {}),
    });
    context.status = response.status;
    const type = response.headers.get('content-type');
    if (type) context.set('content-type', type);
    context.body = Buffer.from(await response.arrayBuffer());
  };
}
