// check reports the broken link, the unfaithful text and the impossible date in one run, each at its place in
// the content and as a GitHub annotation, fails the build, and writes no site.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] pages/about.zh.md:5:11: broken link '../missing/' in zh/about/index.html: there is no zh/missing/index.html in the built site")
assert log.contains("[ERROR] replies/2023/x.zh.md:22:4: the text departs from its source sources/x.txt: here «二段。»")
assert log.contains("[ERROR] replies/2023/y.zh.md:4:7: 'date' is not a real date: '2023-02-30' — write an existing date as YYYY-MM-DD")
assert log.contains("\n::error file=content/pages/about.zh.md,line=5,col=11::broken link '../missing/' in zh/about/index.html")
assert log.contains("\n::error file=content/replies/2023/x.zh.md,line=22,col=4::the text departs from its source")
assert log.contains("\n::error file=content/replies/2023/y.zh.md,line=4,col=7::'date' is not a real date")
assert log.contains('Links and fidelity were checked without the 1 files that have errors: replies/2023/y.zh.md')
assert log.contains('BUILD FAILURE')
assert log.contains('Check failed: 3 problems in content, links and fidelity')
assert !log.contains('at org.replyarchive') : 'no stack trace for content problems'
assert !new File(basedir, 'target/site').exists() : 'check builds into a temporary folder only'
return true
