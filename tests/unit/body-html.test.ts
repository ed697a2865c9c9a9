import { describe, expect, it } from 'vitest';
import { sanitizeBodyHtml } from '../../src/content-model/body-html.ts';

describe('the HTML of a workshop body, as the build publishes it', () => {
  it('loses every element and attribute that could run code, redirect or ask for a password', () => {
    const rendered = [
      '<meta http-equiv="refresh" content="0;url=https://elsewhere.example/">',
      '<form action="https://elsewhere.example/"><label>Password <input type="password"></label><button>Sign in</button></form>',
      '<iframe src="https://elsewhere.example/"></iframe><object data="movie.swf">Fallback</object>',
      '<script>alert(1)</script><style>main { display: none }</style><base href="https://elsewhere.example/">',
      '<p onclick="steal()" style="color: red">Text<img src="x" onerror="steal()"><svg><script>alert(2)</script></svg></p>',
    ].join('\n');
    expect(sanitizeBodyHtml(rendered, '/')).toBe('\nPassword Sign in\nFallback\n\n<p>Text</p>');
  });

  it('keeps links that validate allows, gives internal ones the base path, and unlinks the rest', () => {
    const links = [
      '<a href="javascript:alert(1)">a</a>',
      '<a href="java&#x73;cript:alert(1)">b</a>',
      '<a href="data:text/html,x">c</a>',
      '<a href="http://www.fixture.edu/">d</a>',
      '<a href="//elsewhere.example/">e</a>',
      '<a href="/\\elsewhere.example/">f</a>',
      '<a href="/guides/start-here/" title="Start">g</a>',
      '<a href="https://hr.fixture.edu/">h</a>',
      '<a href="mailto:learning@fixture.edu">i</a>',
      '<a href="#rooms">j</a>',
    ].join(' ');
    expect(sanitizeBodyHtml(`<p>${links}</p>`, '/networking')).toBe(
      '<p><a>a</a> <a>b</a> <a>c</a> <a>d</a> <a>e</a> <a>f</a> <a title="Start" href="/networking/guides/start-here/">g</a> <a href="https://hr.fixture.edu/">h</a> <a href="mailto:learning@fixture.edu">i</a> <a href="#rooms">j</a></p>',
    );
  });

  it('keeps what Markdown renders for headings, lists, quotations, tables and code', () => {
    const rendered =
      '<h2 id="why">Why <em>come</em></h2><ol start="3"><li><strong>x</strong><br><del>y</del></li></ol><blockquote><p>q</p></blockquote><hr><table><thead><tr><th style="text-align: left">a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table><pre><code class="language-js other">x&lt;y</code></pre>';
    expect(sanitizeBodyHtml(rendered, '/')).toBe(
      '<h2 id="why">Why <em>come</em></h2><ol start="3"><li><strong>x</strong><br /><del>y</del></li></ol><blockquote><p>q</p></blockquote><hr /><table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table><pre><code class="language-js">x&lt;y</code></pre>',
    );
  });
});
