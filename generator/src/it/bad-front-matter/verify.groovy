// A content error fails the build with every problem at its position, no stack trace, and the old site intact.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] replies/2023/x.zh.md:3:1: unknown key 'doc_numbr' in the front matter — did you mean 'doc_number'?")
assert log.contains("[ERROR] replies/2023/x.zh.md:4:7: 'date' is not a real date: '2023-02-30' — write an existing date as YYYY-MM-DD, e.g. 2023-05-17")
assert log.contains('BUILD FAILURE')
assert log.contains('Site not built: 3 problems in content')
assert !log.contains('at org.replyarchive') : 'no stack trace for a content error'
File previous = new File(basedir, 'public/index.html')
assert previous.getText('UTF-8').contains('previous site') : 'the previous site must stay untouched'
assert !new File(basedir, 'public/zh').exists()
assert !new File(basedir, '.public.staging').exists()
return true
