// An undefined variable in a site theme's partial is reported in the partial, with the variables there are.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] templates/partials/footer.ftlh:2:8: 'site.slogan' is not defined — a page of reply.ftlh has the variables page, site, ui, nav, breadcrumbs, links, reply, body, jsonLd, handling, documentsBefore, documentsAfter, citation, sideBySideUrl (see the README's Theme reference)")
assert log.contains('BUILD FAILURE')
assert log.contains('Site not built: 1 problem in the theme')
assert !log.contains('in content') : 'a theme error is no problem in the content'
assert !log.contains('at org.replyarchive') && !log.contains('at freemarker') : 'no stack trace for a theme error'
assert !new File(basedir, 'public').exists() : 'nothing is published'
return true
