// The goal built the site where the project asked, with the base URL given on the command line.
File site = new File(basedir, 'public')
['index.html', 'zh/index.html', 'en/index.html', 'zh/replies/2023/x/index.html', 'en/replies/2023/x/index.html',
 'zh/years/2023/index.html', 'data/replies.json', 'data/replies.csv', '404.html', 'assets/css/site.css'].each {
    assert new File(site, it).isFile() : "missing ${it}"
}
String reply = new File(site, 'en/replies/2023/x/index.html').getText('UTF-8')
assert reply.contains('<link rel="canonical" href="https://example.org/archive/en/replies/2023/x/">')
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Built 1 replies: \d+ pages \(\d+ files\) in zh\+en, 0 warnings, .* pages rendered/
return true
