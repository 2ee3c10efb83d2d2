// check reports personal data in published text at its position, masked, and passes over the contacts that
// site.yaml lists as the office's own, document numbers and amounts.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] replies/2023/x.zh.md:21:18: the text holds what looks like a mobile phone number («139******78»), and a proposer's personal information must not be published (State Council General Office notice of 2014 on publishing the handling of proposals and suggestions) — remove it; if it is the office's own published contact, list it under published_contacts in site.yaml")
assert log.contains("[ERROR] replies/2023/x.zh.md:21:34: the text holds what looks like a resident identity card number («110*************2X»)")
assert !log.contains('13912345678') : 'the number itself never reaches the log'
assert !log.contains('x.zh.md:23:') : 'the listed office contacts, the document number and the amount pass'
assert log.contains('BUILD FAILURE')
assert !log.contains('at org.replyarchive') : 'no stack trace'
return true
