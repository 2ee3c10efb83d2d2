// reply-archive.skip leaves everything as it was and says so.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Skipping: reply-archive.skip is set.')
assert new File(basedir, 'public/index.html').getText('UTF-8').contains('previous site')
assert !new File(basedir, 'public/zh').exists()
return true
