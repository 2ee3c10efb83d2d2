// An unknown key in a site theme's i18n file is reported at its line, with the nearest key.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] i18n/en.yaml:2:1: unknown UI string key 'nav_glosary' — did you mean 'nav_glossary'?")
assert log.contains('BUILD FAILURE')
assert log.contains('Site not built: 1 problem in the theme')
assert !log.contains('in content') : 'a theme error is no problem in the content'
assert !log.contains('at org.replyarchive') && !log.contains('at freemarker') : 'no stack trace for a theme error'
assert !new File(basedir, 'public').exists() : 'nothing is published'
return true
