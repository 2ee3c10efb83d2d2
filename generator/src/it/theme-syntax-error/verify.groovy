// A syntax error in the site theme's layout, which every page imports, is reported in the layout itself.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] templates/layout.ftlh:5:1: syntax error: Encountered \"</#macro>\", but at this place only this can be closed: \"#if\".")
assert log.contains('BUILD FAILURE')
assert log.contains('Site not built: 1 problem in the theme')
assert !log.contains('in content') : 'a theme error is no problem in the content'
assert !log.contains('at org.replyarchive') && !log.contains('at freemarker') : 'no stack trace for a theme error'
assert !new File(basedir, 'public').exists() : 'nothing is published'
return true
