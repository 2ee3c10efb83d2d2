// Both runs built the site, neither kept a cache, and the empty folder was not taken for the project folder.
assert new File(basedir, 'target/site/zh/replies/2023/x/index.html').isFile() : 'the site was built'
assert !new File(basedir, 'target/reply-archive-cache').exists() : 'no cache was kept'
String log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('overlaps') : 'an empty cacheDirectory is no folder'
assert log.contains('BUILD SUCCESS')
assert log =~ /Built 1 replies: \d+ pages \(\d+ files\) in zh\+en, 0 warnings, .*, (\d+) pages rendered/
return true
