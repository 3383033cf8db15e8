/**
 * Story bodies that try to run script, smuggle a dangerous URL or handler into the page, or make
 * the render throw. The content checker must refuse every one (lib/content/unsafeMarkup.test.ts)
 * and the renderer must keep every one inert (lib/mdx/compileArticle.test.tsx, e2e/xss.spec.ts).
 * Each calls alert(1) or loads evil.example, so a browser test can tell when one gets through.
 */
export const HOSTILE_BODIES: readonly (readonly [name: string, body: string])[] = [
  // Case, entities and characters browsers ignore in a URL's scheme.
  ['attribute name in capitals, tab entity in the scheme', '<a HREF="java&#9;script:alert(1)">x</a>'],
  ['mixed-case attribute, control character before the scheme', '<a Href="&#1;javascript:alert(1)">x</a>'],
  ['plain javascript: href', '<a href="javascript:alert(1)">x</a>'],
  ['scheme in mixed case', '<a href="JaVaScRiPt:alert(1)">x</a>'],
  ['leading space', '<a href=" javascript:alert(1)">x</a>'],
  ['newline entity inside the scheme', '<a href="java&#x0A;script:alert(1)">x</a>'],
  ['carriage return entity inside the scheme', '<a href="java&#13;script:alert(1)">x</a>'],
  ['NUL entity before the scheme', '<a href="&#0;javascript:alert(1)">x</a>'],
  ['letters as numeric entities', '<a href="&#106;&#97;vascript:alert(1)">x</a>'],
  ['colon as a numeric entity', '<a href="javascript&#58;alert(1)">x</a>'],
  ['colon as a named entity', '<a href="javascript&colon;alert(1)">x</a>'],
  ['data: URL', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['vbscript: URL', '<a href="vbscript:msgbox(1)">x</a>'],
  ['element name in capitals', '<A HREF="javascript:alert(1)">x</A>'],
  ['lowercase handler', '<a href="/ok" onclick="alert(1)">x</a>'],
  ['handler in capitals', '<a href="/ok" ONMOUSEOVER="alert(1)">x</a>'],
  ['image error handler', '<img src="/nope.jpg" alt="x" onerror="alert(1)" />'],
  ['image handler in mixed case', '<img src="/nope.jpg" alt="x" OnError="alert(1)" />'],
  ['javascript: image source', '<img src="javascript:alert(1)" alt="x" />'],
  ['srcset', '<img src="/nope.jpg" alt="x" srcset="javascript:alert(1) 1x" />'],
  ['srcSet in JSX case', '<img src="/nope.jpg" alt="x" srcSet="https://evil.example/x.jpg 1x" />'],
  // Elements outside the allowlist.
  ['script element', '<script>alert(1)</script>'],
  ['script element in capitals', '<SCRIPT>alert(1)</SCRIPT>'],
  ['input with formaction', '<input type="submit" FormAction="javascript:alert(1)" />'],
  ['button with formaction', '<button formaction="javascript:alert(1)">x</button>'],
  ['form action', '<form action="javascript:alert(1)"><button>x</button></form>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['iframe javascript: src', '<iframe src="javascript:alert(1)"></iframe>'],
  ['object data', '<object data="javascript:alert(1)"></object>'],
  ['embed src', '<embed src="javascript:alert(1)" />'],
  ['base href', '<base href="https://evil.example/" />'],
  ['meta refresh', '<meta httpEquiv="refresh" content="0;url=javascript:alert(1)" />'],
  ['details toggle handler', '<details open ontoggle="alert(1)">x</details>'],
  ['video source error handler', '<video><source src="/nope.mp4" onerror="alert(1)" /></video>'],
  ['noscript mutation', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">x</p></noscript>'],
  // SVG and MathML.
  ['SVG script', '<svg><script>alert(1)</script></svg>'],
  ['SVG onload', '<svg onload="alert(1)" />'],
  ['SVG xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
  ['SVG animate to a javascript: href', '<svg><a><animate attributeName="href" to="javascript:alert(1)" /></a></svg>'],
  ['MathML link', '<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>'],
  ['MathML href', '<math href="javascript:alert(1)"><mi>x</mi></math>'],
  ['xlink:href on a link', '<a href="/ok" xlink:href="javascript:alert(1)">x</a>'],
  // Styles: a string style makes React throw, and CSS can load URLs.
  ['string style', '<p style="background:url(https://evil.example/x.png)">x</p>'],
  ['string style on a component', '<PullQuote by="Ada" style="color:red">x</PullQuote>'],
  ['style element', "<style>{'body{background:url(https://evil.example/x.png)}'}</style>"],
  ['line break with content, which React refuses to render', '<br>x</br>'],
  ['image with content, which React refuses to render', '<img src="/nope.jpg" alt="x">x</img>'],
  // A payload string for the checker and renderer tests: it is story text under test, never set as HTML.
  ['string dangerouslySetInnerHTML', '<p dangerouslySetInnerHTML="<img src=x onerror=alert(1)>">x</p>'],
  // House components with props they do not have or hostile values.
  ['javascript: Figure source', '<Figure src="javascript:alert(1)" alt="x" />'],
  ['handler on a component', '<Factbox title="x" onClick="alert(1)">y</Factbox>'],
  ['unknown component', '<Evil src="javascript:alert(1)" />'],
  ['hostile link inside a component', '<Factbox title="x"><a href="javascript:alert(1)">y</a></Factbox>'],
  // JavaScript in attributes: blockJS drops it, but the checker says so.
  ['expression attribute value', "<a href={'javascript:alert(1)'}>x</a>"],
  ['spread attribute', "<a {...{ href: 'javascript:alert(1)' }}>x</a>"],
  // Markdown links, images, reference links.
  ['Markdown link', '[x](javascript:alert(1))'],
  ['Markdown link in capitals', '[x](JAVASCRIPT:alert(1))'],
  ['Markdown link in angle brackets', '[x](<javascript:alert(1)>)'],
  ['Markdown link with a tab entity', '[x](java&#9;script:alert(1))'],
  ['Markdown link with a control character', '[x](&#1;javascript:alert(1))'],
  ['Markdown image', '![x](javascript:alert(1))'],
  ['reference link', '[x][evil]\n\n[evil]: javascript:alert(1)'],
  ['collapsed reference link', '[evil][]\n\n[evil]: java&#9;script:alert(1)'],
  ['link inside a list in a quote', '> - [x](data:text/html,alert(1))'],
];
