// A partial that does not exist is reported where the site theme includes it.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] templates/partials/header.ftlh:2:1: the partial 'partials/banner.ftlh' does not exist — name one of the theme's templates (404.ftlh, ")
assert log.contains('BUILD FAILURE')
assert log.contains('Site not built: 1 problem in the theme')
assert !log.contains('in content') : 'a theme error is no problem in the content'
assert !log.contains('at org.replyarchive') && !log.contains('at freemarker') : 'no stack trace for a theme error'
assert !new File(basedir, 'public').exists() : 'nothing is published'
return true
