// mvn reply-archive:help -Ddetail names every goal, and each parameter with its user property and default.
String log = new File(basedir, 'build.log').getText('UTF-8')
['reply-archive:build', 'reply-archive:check', 'reply-archive:help', 'reply-archive:import', 'reply-archive:new',
 'reply-archive:serve'].each { assert log.contains(it) : "the help names ${it}" }
['User property: reply-archive.cache', 'User property: reply-archive.cacheDirectory',
 'User property: reply-archive.contentDirectory', 'User property: reply-archive.encoding',
 'User property: reply-archive.serveDirectory', 'Default: ${project.build.directory}/site'].each {
    assert log.contains(it) : "the help shows ${it}"
}
return true
