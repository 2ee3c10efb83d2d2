// An output path that is a file is refused: the path or value, the fix, no stack trace, nothing deleted.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("The output path " + new File(basedir, 'public').canonicalPath + " is a file, not a folder, and a build replaces the output whole — remove or rename the file, or choose another outputDirectory")
assert !log.contains('at org.replyarchive') : 'no stack trace for a configuration error'
assert new File(basedir, 'public').text == 'an ordinary file where the site would go\n' : 'the file is left as it was'
return true
