/** Small readers over rendered survey HTML, enough to check the pages without a DOM. */

/** Renders a hono/jsx element to its HTML string. */
export async function render(element: { toString(): string | Promise<string> }): Promise<string> {
  return String(await element.toString());
}

export type Attributes = Record<string, string>;

/** The attributes of every `<tag …>` in the document, in order. */
export function tags(html: string, tag: string): Attributes[] {
  return [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>`, 'g'))].map((m) => attributes(m[1] ?? ''));
}

function attributes(source: string): Attributes {
  const out: Attributes = {};
  for (const m of source.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) out[m[1] ?? ''] = m[2] ?? '';
  return out;
}

/** The radio inputs of one field. */
export function radios(html: string, name: string): Attributes[] {
  return tags(html, 'input').filter((a) => a.type === 'radio' && a.name === name);
}

/** Values of every checked input on the page, as `name=value`. */
export function checkedInputs(html: string): string[] {
  return tags(html, 'input')
    .filter((a) => 'checked' in a)
    .map((a) => `${a.name}=${a.value}`);
}

/** Text of every element `<tag>…</tag>` (tags inside removed, entities left as they are). */
export function texts(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, ''),
  );
}

/** The inner HTML of the element with this id (no nesting of the same tag inside). */
export function byId(html: string, id: string): string | undefined {
  const m = new RegExp(`<(\\w+)[^>]*\\sid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return m?.[2];
}

/** Text with the entities the renderer writes turned back into characters. */
export function decode(text: string): string {
  return text
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}
