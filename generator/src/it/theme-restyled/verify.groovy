// A site theme that overrides one partial, one UI string and adds a stylesheet changes exactly those.
File site = new File(basedir, 'public')
String read(File site, String path) { new File(site, path).getText('UTF-8') }
def languagePages = ['zh/index.html', 'en/index.html', 'zh/replies/2023/x/index.html', 'en/replies/2023/x/index.html',
                     'en/glossary/index.html', 'zh/years/2023/index.html']
languagePages.each { page ->
    String html = read(site, page)
    assert html.contains('<p class="site-footer__address">Restyled footer: 1 Example Road</p>') : "the site's footer on ${page}"
    assert !html.contains('<p>The Chinese text is official; the English is an unofficial translation.</p>') : "no default footer on ${page}"
    assert html.contains('<p class="site-title">') : "the default header stays on ${page}"
    String depth = '../' * (page.count('/'))
    assert html.contains("<link rel=\"stylesheet\" href=\"${depth}assets/css/site.css\">\n<link rel=\"stylesheet\" href=\"${depth}assets/site.css\">") :
            "the default stylesheet, then the site's, on ${page}"
}
assert read(site, 'index.html').contains('<link rel="stylesheet" href="assets/site.css">') : 'the entry page links it too'
assert read(site, '404.html').contains('<link rel="stylesheet" href="/assets/site.css">') : 'the 404 page links it too'
assert read(site, 'assets/site.css').contains('.site-footer__address')
assert read(site, 'assets/css/site.css').contains('.site-header') : 'the default stylesheet is still there, whole'

String en = read(site, 'en/index.html')
assert en.contains('>Terms</a></li>') : 'the changed English word'
assert !en.contains('>Glossary</a></li>')
assert en.contains('>Home</a></li>') && en.contains('>Years</a></li>') : 'every other English word is the default'
String zh = read(site, 'zh/index.html')
assert zh.contains('>术语表</a></li>') : 'the Chinese words are untouched'

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
return true
