import { describe, expect, it } from 'vitest';
import { estimateHtmlDepth, extractHtmlArticle, looksLikeHtmlPage } from './html-article';

const page = `<!doctype html><html lang="es-MX"><head><title>Diario | Un titular</title>
<meta property="og:title" content="Un titular">
<meta property="article:published_time" content="2026-01-17T01:52:41+00:00">
<meta property="og:site_name" content="Diario"><link rel="canonical" href="https://example.org/nota">
<script>window.stolen = document.cookie</script></head>
<body><nav>Inicio &gt; Mundo</nav><article><h1>Un titular</h1>
<p>El canciller dijo que la reunión fue <b>productiva</b> y que habrá otra la próxima semana en la capital.</p>
<p>“No aceptaremos presiones”, afirmó la ministra ante la prensa, según el comunicado oficial del gobierno.</p>
<p>El texto menciona &lt;img src=x onerror=alert(1)&gt; como ejemplo de código malicioso en una página.</p>
</article><footer>Todos los derechos reservados</footer></body></html>`;

describe('extractHtmlArticle', () => {
  it('keeps the article paragraphs, separated by blank lines, under the title', () => {
    const article = extractHtmlArticle(page);
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toBe('Un titular');
    expect(paragraphs).toContain('El canciller dijo que la reunión fue productiva y que habrá otra la próxima semana en la capital.');
    expect(article.text).not.toContain('document.cookie');
    expect(article.text).not.toContain('<b>');
  });

  it('leaves related-link asides, captions, navigation, forms and comment threads out of the text', () => {
    const html = `<!doctype html><html><head><title>Port reopens</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Port reopens</h1>
<figure><img src="a.jpg"><figcaption>Dockworkers march in Puerto Nieve. | Photo by Ana Ruiz</figcaption></figure>
<p>The port of Velmora reopened on Friday after a two-week strike, the harbor authority said in a statement.</p>
<p>Governor Talia Brenn said the docks would run at full capacity by the end of the month, according to her office.</p>
<form><input type="email"><button>Sign up</button></form>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Senators demand answers on the levy</a></li></ul></aside>
<section class="comments"><h2>Comments</h2><p>dockfan77: The governor lies.</p></section>
<div class="more-on"><h2>More on this topic</h2><p>Strike enters third week</p></div>
</body></html>`;
    const { text } = extractHtmlArticle(html);
    expect(text).toContain('The port of Velmora reopened on Friday');
    for (const gone of ['Senators demand', 'Dockworkers march', 'dockfan77', 'Strike enters third week', 'Sign up', 'Home']) expect(text).not.toContain(gone);
  });

  it('keeps the text of a page that is nothing but an aside', () => {
    const { text } = extractHtmlArticle('<html><body><aside><p>The port of Velmora reopened on Friday after a two-week strike, the harbor authority said.</p></aside></body></html>');
    expect(text).toContain('The port of Velmora reopened on Friday');
  });

  it('keeps markup written inside prose as literal text', () => {
    expect(extractHtmlArticle(page).text).toContain('<img src=x onerror=alert(1)>');
  });

  it('reads title, canonical URL, outlet, publication day and language from meta tags', () => {
    const { title, url, outlet, published, language } = extractHtmlArticle(page);
    expect({ title, url, outlet, published, language }).toEqual({ title: 'Un titular', url: 'https://example.org/nota', outlet: 'Diario', published: '2026-01-17', language: 'es' });
  });
});

describe('looksLikeHtmlPage', () => {
  it('recognises a saved page', () => {
    expect(looksLikeHtmlPage(page)).toBe(true);
    expect(looksLikeHtmlPage('\n  <html><body><p>x</p></body></html>')).toBe(true);
  });

  it('does not mistake an article about markup for a page', () => {
    expect(looksLikeHtmlPage('Security flaw found\n\nAttackers used <img src=x onerror=alert(1)> in comments, <html> experts said.')).toBe(false);
  });
});

describe('hostile page shapes', () => {
  it('estimates nesting depth from the tags, ignoring void and self-closed elements', () => {
    expect(estimateHtmlDepth('<html><body><div><p>a<br>b<img src=x></p><div/></div></body></html>')).toBe(4);
    expect(estimateHtmlDepth(`${'<div>'.repeat(5000)}x`)).toBe(5000);
  });

  it('keeps all the text of a page too deep for article detection', () => {
    const deep = `<html><body>${'<div>'.repeat(300)}<p>Senator Marcus Odell said on Monday that the port deal would hurt workers.</p>${'</div>'.repeat(300)}</body></html>`;
    const article = extractHtmlArticle(deep);
    expect(article.articleDetected).toBe(false);
    expect(article.text).toContain('Senator Marcus Odell said on Monday');
  });
});
