/**
 * The JavaScript a first visit downloads before the app can run, read from the built index.html: the
 * entry module script and the modules it preloads. Lazy chunks (the workbench's screens, the charts) are
 * not named there, so they do not count.
 */
export function initialScripts(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const isEntry = tag.toLowerCase().startsWith('<script') && attributes.type === 'module' && attributes.src;
    const isPreload = attributes.rel?.split(/\s+/).includes('modulepreload') && attributes.href;
    const url = isEntry ? attributes.src : isPreload ? attributes.href : undefined;
    if (url && !found.includes(url)) found.push(url);
  }
  return found;
}

function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const [, name, double, single, bare] = match;
    if (name) attributes[name.toLowerCase()] = double ?? single ?? bare ?? '';
  }
  return attributes;
}
