// The second build ran in a child JVM on the plugin's class path, told its progress through Maven's log, and
// left the site in place.
assert new File(basedir, 'target/site/zh/replies/2023/x/index.html').isFile() : 'the site was built'
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('building in a JVM of its own') : 'the build after an unchanged one was forked'
assert log =~ /\[INFO\] Built 1 replies: \d+ pages \(\d+ files\) in zh\+en, 0 warnings, .*, 0 pages rendered/
assert !log.contains('BUILD FAILURE')
return true
