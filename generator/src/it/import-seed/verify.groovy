// The GBK text was detected and imported into a draft with the metadata a careful reader takes from it, the text was
// kept as the draft's UTF-8 source, the console named each file written and each field left for a human, and the
// second import refused to overwrite the draft.
File draft = new File(basedir, 'content/replies/2024/2024D10.zh.md')
assert draft.isFile() : 'no draft written'
String text = draft.getText('UTF-8')
assert text.startsWith('---\ntitle: 对省政协第十三届二次会议第2024D10号党派团体提案的答复\n')
assert text.contains('\ndoc_number: 吉科发人才〔2024〕80号\ndate: 2024-05-29\nsession: cppcc-13-2\n')
assert text.contains('\n  kind: party-group\n  title: 关于完善我省青年科技人才培养机制的建议\n  proposers: [rcck-jilin]\n')
assert text.contains('\nhandling:\n  lead: jl-kjt\n  co: [jl-jyt, jl-rst]\ntopics: [TODO]')
assert text.contains('\nsource: sources/2024D10.txt\n---\n\n民革省委会：\n')
assert text.contains('\n## 一、关于持续增加教育基础设施的投入，提高我省高校、科研院所的综合实力。\n')
File source = new File(basedir, 'content/sources/2024D10.txt')
assert source.getText('UTF-8') == new File(basedir, 'input/2024D10.txt').getText('GB18030')

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] Wrote replies\/2024\/2024D10\.zh\.md from 2024D10\.txt .+ to fill in: topics, summary/
assert log =~ /\[INFO\] Wrote sources\/2024D10\.txt .+ the imported text \(read as GB18030\)/
assert log.contains("[WARNING] replies/2024/2024D10.zh.md:14:10: 'topics' is still TODO")
assert log.contains("[WARNING] replies/2024/2024D10.zh.md:16:10: 'summary' is still TODO")
assert log.contains('[INFO] Imported 1 reply; fill in the TODO fields of 1 draft')
assert log.contains('[ERROR] replies/2024/2024D10.zh.md:1:1: the file already exists, so 2024D10.txt was not imported')
assert log.contains('-Dreply-archive.force=true to overwrite it')
assert log.contains('Nothing imported: 2 problems')
assert !log.contains('at org.replyarchive') : 'no stack trace for a refusal'
return true
