// Cross-site scripting vectors, each put into articles the way a hostile
// source could carry it: in HTML pages, in Markdown (raw HTML, links, front
// matter) and in plain text. Every article also carries sentences of real
// text, which must survive compiling and reading word for word.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Each one tries to run `alert`, load something, navigate or frame something. */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>alert(1)</script>',
  '<script src="https://evil.example/x.js"></script>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<img src="https://evil.example/pixel.gif">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">svg link</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<body onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
  '<iframe src="https://evil.example/"></iframe>',
  '<a href="javascript:alert(1)">a javascript link</a>',
  '<a href="&#106;avascript:alert(1)">an entity-encoded link</a>',
  '<a href="data:text/html,<script>alert(1)</script>">a data link</a>',
  '<a href="https://evil.example/" target="_top">a plain link</a>',
  '<form action="javascript:alert(1)"><input type=submit value="Send"></form>',
  '<form action="https://evil.example/"><button>Post</button></form>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<div style="background:url(javascript:alert(1))">a styled block</div>',
  '<div style="width: expression(alert(1))">a CSS expression</div>',
  '<div style="background-image:url(https://evil.example/bg.png)">a styled background</div>',
  "<style>@import 'https://evil.example/x.css'; body { background: url(https://evil.example/b.png) }</style>",
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<audio src=x onerror=alert(1)>',
  '<marquee onstart=alert(1)>marquee</marquee>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<template><script>alert(1)</script></template>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '"><script>alert(1)</script>',
  "'';!--\"<XSS>=&{()}",
  '{{constructor.constructor("alert(1)")()}}',
  'javascript:alert(1)',
  '[a markdown link](javascript:alert(1))',
  '[a markdown data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![a markdown image](https://evil.example/x.png)',
  '<https://evil.example/autolink>',
  // Paths and schemes that images and links must never follow out of the collection.
  '![a climbing image](../../secret.png)',
  '<img src="../../../etc/passwd" alt="a climbing picture">',
  '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="an inline svg">',
  '<img src="//evil.example/x.png" alt="a protocol-relative picture">',
  '[a vbscript link](vbscript:msgbox(1))',
  '<a href="file:///etc/passwd">a file link</a>',
  '[a link out of the folder](../../outside.md#top)',
];

export interface CorpusArticle {
  file: string;
  payload: string;
  /** Sentences that must be on screen, word for word. */
  readable: string[];
}

function sentences(n: number): [string, string] {
  return [
    `Readable sentence ${n} opens the article and must survive the payload intact.`,
    `Closing sentence ${n} comes after the payload and must be kept as well.`,
  ];
}

/**
 * One article per payload and carrier: an HTML page, a Markdown file (raw
 * HTML block, inline, and front matter) and a plain-text file.
 */
export function corpusArticles(): {
  file: string;
  text: string;
  readable: string[];
  payload: string;
}[] {
  const articles: { file: string; text: string; readable: string[]; payload: string }[] = [];
  XSS_PAYLOADS.forEach((payload, i) => {
    const n = String(i + 1).padStart(2, '0');
    const [first, last] = sentences(i + 1);
    articles.push({
      file: `xss-html-${n}.html`,
      payload,
      readable: [first, last],
      // Both sentences come first: some vectors (an unclosed <style> or
      // <audio>) turn everything after them into markup a browser would not
      // show either, by the HTML parsing rules.
      text: `<!doctype html><html><head><title>HTML vector ${n} ${payload}</title></head>
<body ${i % 2 ? 'onload="alert(1)"' : ''}><article><h1>HTML vector ${n}</h1>
<p>${first} It has enough ordinary words around it to be recognised as the main text of the page by the extractor.</p>
<p>${last}</p>
<p>Inline, in a paragraph: ${payload} and then the text goes on with more ordinary words.</p>
${payload}
</article></body></html>`,
    });
    articles.push({
      file: `xss-md-${n}.md`,
      payload,
      readable: [first, last],
      text: `---
title: ${JSON.stringify(`Markdown vector ${n} ${payload}`)}
byline: ${JSON.stringify(payload)}
source: ${JSON.stringify(payload)}
tags: [${JSON.stringify(payload)}, "xss"]
summary: ${JSON.stringify(payload)}
---

${first}

${payload}

Inline, in a paragraph: ${payload} and then the text goes on.

> A quotation with ${payload} inside it.

- a list item with ${payload}

\`\`\`html
${payload}
\`\`\`

${last}
`,
    });
    articles.push({
      file: `xss-txt-${n}.txt`,
      payload,
      readable: [first, last],
      text: `Plain text vector ${n}\n\n${first}\n\n${payload}\n\n${last}\n`,
    });
  });
  return articles;
}

export async function writeCorpus(dir: string): Promise<CorpusArticle[]> {
  await mkdir(dir, { recursive: true });
  const articles = corpusArticles();
  for (const article of articles) await writeFile(join(dir, article.file), article.text);
  return articles.map(({ file, payload, readable }) => ({ file, payload, readable }));
}
