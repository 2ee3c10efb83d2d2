// The reply was scaffolded with what the registries tell, TODO elsewhere, and the second run left it as it was.
File reply = new File(basedir, 'content/replies/2023/2023D51.zh.md')
assert reply.isFile() : 'no reply scaffolded'
String text = reply.getText('UTF-8')
assert text.startsWith('---\ntitle: 关于对省政协十三届一次会议第2023D51号党派团体提案的答复\ndoc_number: TODO  #')
assert text.contains('\nsession: cppcc-13-1\nproposal:\n  number: 2023D51\n  kind: party-group\n  title: TODO  #')
assert text.contains('\n  proposers: [caapd-jilin]\nhandling:\n  lead: jl-kjt\n')
assert text.endsWith('---\n\n民进省委会：\n\nTODO\n')

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Created replies/2023/2023D51.zh.md — fill in the TODO values: doc_number, date, proposal.title,')
assert log.contains('[ERROR] replies/2023/2023D51.zh.md:1:1: the file exists already and is never overwritten')
assert log.contains('Reply not created: 1 problem')
assert !log.contains('at org.replyarchive') : 'no stack trace for a refusal'
return true
