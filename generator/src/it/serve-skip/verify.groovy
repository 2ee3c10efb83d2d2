// reply-archive.skip leaves serve without a build, a server or a watcher, and says so.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Skipping: reply-archive.skip is set.')
assert !log.contains('Serving ')
assert !new File(basedir, 'target/reply-archive-serve').exists()
assert log.contains('BUILD SUCCESS')
return true
